/**
 * alicloud_instance's arguments and attributes (names and flags as in aliyun/alicloud), with
 * their validators: the modelled ones here, those kept by the sandbox in instance-stored.ts and
 * instance-upkeep.ts, those only accepted in instance-accepted.ts. The lifecycle is in instance.ts.
 */
import { descriptionProblem, ecsNameProblem, hostNameProblem } from '../../network-rules/limits';
import type { AttributeSchema, NestedBlockSchema, Validator } from '../framework/types';
import { TAGS_ATTR } from '../shared/tags';
import { followsRule, intBetween, isIpv4, oneOf, prefixed, zoneId } from '../shared/validators';
import { ID_ATTR, keepComputedOnUpdate, resourceGroupAttr } from './common';
import { instanceAcceptedAttributes, instanceAcceptedBlocks } from './instance-accepted';
import { dataDisksBlock, instanceStoredAttributes } from './instance-stored';
import { networkInterfacesBlock } from './instance-network-interfaces';
import { instanceUpkeepAttributes, maintenanceTimeBlock } from './instance-upkeep';

const ipv4: Validator = (v) =>
  isIpv4(String(v)) ? undefined : `"${String(v)}" is not an IPv4 address; write it as a.b.c.d, inside the VSwitch's CIDR block`;

/** The categories the real provider accepts that the sandbox models (local ephemeral_ssd is not). */
export const SYSTEM_DISK_CATEGORIES = ['cloud', 'cloud_efficiency', 'cloud_ssd', 'cloud_essd', 'cloud_auto', 'cloud_essd_entry'] as const;

/**
 * The API's password rule: 8 to 30 characters, with at least three of upper-case letters,
 * lower-case letters, digits and the special characters ()`~!@#$%^&*-_+=|{}[]:;'<>,.?/.
 */
const password: Validator = (v) => {
  const s = String(v);
  // The value is sensitive: the message describes it but never repeats it.
  if (s.length < 8 || s.length > 30) return `password is ${s.length} characters long; it must be 8 to 30 characters`;
  const special = /[()`~!@#$%^&*\-_+=|{}[\]:;'<>,.?/]/;
  if (/[^A-Za-z0-9()`~!@#$%^&*\-_+=|{}[\]:;'<>,.?/]/.test(s)) {
    return 'password may hold only letters, digits and the special characters ()`~!@#$%^&*-_+=|{}[]:;\'<>,.?/';
  }
  const kinds = [/[A-Z]/, /[a-z]/, /[0-9]/, special].filter((re) => re.test(s)).length;
  if (kinds < 3) return 'password must contain at least three of: upper-case letters, lower-case letters, digits, special characters';
  return undefined;
};

export const instanceAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  image_id: { type: 'string', optional: true, computed: true, forceNew: true, description: 'The image to start the instance from.' },
  instance_type: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'The instance type, e.g. ecs.g7.large.',
    validators: [prefixed('ecs.', 'instance type')],
  },
  availability_zone: {
    type: 'string',
    optional: true,
    computed: true,
    emptyIsUnset: true,
    forceNew: true,
    description: 'The zone of the instance; taken from the VSwitch when left out.',
    validators: [zoneId],
  },
  vswitch_id: {
    type: 'string',
    optional: true,
    computed: true,
    emptyIsUnset: true,
    description: 'The VSwitch of the instance. Changing it stops the instance, moves it and starts it again.',
    validators: [prefixed('vsw-', 'VSwitch')],
  },
  private_ip: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'The primary private IPv4 address, inside the VSwitch CIDR. Changing it stops and restarts the instance.',
    // The real provider (SDKv2) cannot tell "" from unset: the ECS-instance module passes "" by default.
    emptyIsUnset: true,
    validators: [ipv4],
  },
  vpc_id: { type: 'string', optional: true, computed: true, emptyIsUnset: true, description: 'The VPC of the instance (the VSwitch\'s VPC).', validators: [prefixed('vpc-', 'VPC')] },
  security_groups: {
    type: ['set', 'string'],
    optional: true,
    computed: true,
    description: 'The security groups of the instance (in the VSwitch\'s VPC).',
  },
  instance_name: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'The name of the instance (2 to 128 characters).',
    validators: [followsRule('instance_name', ecsNameProblem)],
  },
  description: {
    type: 'string',
    optional: true,
    description: 'The description of the instance (2 to 256 characters).',
    validators: [followsRule('description', (s) => descriptionProblem(s, 2))],
  },
  host_name: { type: 'string', optional: true, computed: true, description: 'The host name of the instance.', validators: [followsRule('host_name', hostNameProblem)] },
  internet_max_bandwidth_out: {
    type: 'number',
    optional: true,
    computed: true,
    description: 'The maximum outbound public bandwidth in Mbit/s (0 to 100); above 0 the instance gets a public IP.',
    validators: [intBetween(0, 100, 'internet_max_bandwidth_out')],
  },
  internet_charge_type: {
    type: 'string',
    optional: true,
    computed: true,
    default: 'PayByTraffic',
    description: 'How public traffic is billed: PayByTraffic (default) or PayByBandwidth. Changes in place (ModifyInstanceNetworkSpec).',
    validators: [oneOf(['PayByBandwidth', 'PayByTraffic'])],
  },
  instance_charge_type: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    default: 'PostPaid',
    // The real provider converts between the two in place (ModifyInstanceChargeType), which the
    // sandbox does not have.
    description: 'The billing method: PostPaid (default) or PrePaid. Changing it replaces the instance in this provider (the real one converts in place).',
    validators: [oneOf(['PrePaid', 'PostPaid'])],
  },
  system_disk_category: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    default: 'cloud_efficiency',
    description: `The category of the system disk: ${SYSTEM_DISK_CATEGORIES.join(', ')}. Default cloud_efficiency.`,
    validators: [oneOf(SYSTEM_DISK_CATEGORIES)],
  },
  system_disk_size: {
    type: 'number',
    optional: true,
    computed: true,
    forceNew: true,
    description:
      'The size of the system disk in GiB, 20 to 2048 (at least the image size); the API defaults to max{40, image size}. ' +
      'Changing it replaces the instance in this provider (the real one resizes the disk in place).',
    validators: [intBetween(20, 2048, 'system_disk_size')],
  },
  password: {
    type: 'string',
    optional: true,
    sensitive: true,
    description: 'The login password (8 to 30 characters, three of: upper case, lower case, digits, specials). Sent to the API, never read back.',
    // "" means no password, as in the real provider (the ECS-instance module passes "" by default).
    emptyIsUnset: true,
    validators: [password],
  },
  deletion_protection: {
    type: 'bool',
    optional: true,
    computed: true,
    default: false,
    description: 'Whether the API refuses to delete the instance (default false). While true, destroy fails with InvalidOperation.DeletionProtection.',
  },
  force_delete: {
    type: 'bool',
    optional: true,
    description: 'Lets destroy release a PrePaid instance (without it, destroying a PrePaid instance is refused). Used by the provider only.',
  },
  resource_group_id: resourceGroupAttr('instance'),
  status: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'The wanted status: Running (default) or Stopped. Changing it stops or starts the instance in place and waits for the new status.',
    validators: [oneOf(['Running', 'Stopped'])],
  },
  tags: TAGS_ATTR,
  public_ip: { type: 'string', computed: true, useStateForUnknown: true, description: 'The public IP address ("" when there is none).' },
  primary_ip_address: { type: 'string', computed: true, useStateForUnknown: true, description: 'The primary private IP address of the primary network interface.' },
  cpu: { type: 'number', computed: true, useStateForUnknown: true, description: 'The number of vCPUs.' },
  memory: { type: 'number', computed: true, useStateForUnknown: true, description: 'The memory size in MiB.' },
  os_type: { type: 'string', computed: true, useStateForUnknown: true, description: 'The operating system type: linux or windows.' },
  os_name: { type: 'string', computed: true, useStateForUnknown: true, description: 'The operating system name.' },
  create_time: { type: 'string', computed: true, useStateForUnknown: true, description: 'The time the instance was created.' },
  start_time: { type: 'string', computed: true, useStateForUnknown: true, description: 'The time the instance last started.' },
  ...instanceStoredAttributes,
  ...instanceUpkeepAttributes,
  ...instanceAcceptedAttributes,
}, {
  // A move to another VSwitch renumbers the instance and may change its VPC (modifyPlan keeps a
  // known private_ip as primary_ip_address, and marks start_time for a Stopped → Running change).
  private_ip: ['vswitch_id'],
  vpc_id: ['vswitch_id'],
  primary_ip_address: ['vswitch_id', 'private_ip'],
  start_time: ['vswitch_id', 'private_ip'],
  // A bandwidth above 0 brings a public address, 0 drops it; a move or a power cycle may renumber it.
  public_ip: ['internet_max_bandwidth_out', 'vswitch_id', 'status'],
});

export const instanceBlocks: { [name: string]: NestedBlockSchema } = {
  data_disks: dataDisksBlock,
  maintenance_time: maintenanceTimeBlock,
  network_interfaces: networkInterfacesBlock,
  ...instanceAcceptedBlocks,
};
