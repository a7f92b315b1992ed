/**
 * alicloud_instance — the network-related subset of aliyun/alicloud's ECS instance.
 *
 * Create: RunInstances (Amount 1, one ClientToken across retries) → wait Running (Pending/Starting
 * pass first); when status = "Stopped" is asked for, StopInstance → wait Stopped.
 * Read: DescribeInstances(InstanceIds = JSON array).
 * Update in place:
 *   - instance_name, description, host_name, deletion_protection, password: ModifyInstanceAttribute;
 *   - tags: ECS TagResources/UntagResources (ResourceType instance);
 *   - vswitch_id, private_ip (and vpc_id): StopInstance → wait Stopped → ModifyInstanceVpcAttribute
 *     → wait until VpcAttributes show the change → StartInstance → wait Running (the API only
 *     re-addresses stopped instances);
 *   - security_groups: JoinSecurityGroup / LeaveSecurityGroup;
 *   - internet_max_bandwidth_out, internet_charge_type: ModifyInstanceNetworkSpec;
 *   - status: StartInstance / StopInstance.
 * image_id, instance_type, availability_zone, system_disk_size, instance_charge_type and
 * resource_group_id force a new instance here (the real provider swaps system disks and specs,
 * resizes disks, converts billing and moves resource groups in place, which the sandbox does not
 * model).
 * The system disk is read with DescribeDisks(InstanceId, DiskType=system), as the real provider
 * does: DescribeInstances has no system disk fields.
 * Delete: DeleteInstance(Force=true) → wait until DescribeInstances no longer lists it. Deletion
 * protection makes DeleteInstance fail with the API's InvalidOperation.DeletionProtection.
 */
import { hasCode } from '../client/api-client';
import {
  AttributeError,
  isUnknown,
  UNKNOWN,
  type AttributeSchema,
  type Diagnostic,
  type ObjectValue,
  type ResourceContext,
  type ResourceDefinition,
  type Validator,
  type Value,
} from '../framework/types';
import { waitFor } from '../framework/wait';
import {
  api,
  bool,
  complete,
  deleteAndWaitGone,
  describeById,
  error,
  ID_ATTR,
  importByPrefixedId,
  intBetween,
  isIpv4,
  known,
  lengthBetween,
  notUrl,
  num,
  oneOf,
  optional,
  prefixed,
  resourceGroupAttr,
  step,
  str,
  strList,
  strMap,
  tagParams,
  TAGS_ATTR,
  tagsFromApi,
  tagsState,
  unwrapList,
  updateTags,
  zoneId,
  keepComputedOnUpdate,
} from './common';
import type { Params } from '../client/api-client';

const TYPE = 'alicloud_instance';

const ipv4: Validator = (v) =>
  isIpv4(String(v)) ? undefined : `"${String(v)}" is not an IPv4 address; write it as a.b.c.d, inside the VSwitch's CIDR block`;

const hostName: Validator = (v) => {
  const s = String(v);
  if (s.length < 2 || s.length > 64) return `host_name "${s}" is ${s.length} characters; use 2 to 64`;
  if (!/^[A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9]$/.test(s) || /\.\.|--|\.-|-\./.test(s)) {
    return `host_name "${s}" may hold letters, digits, "." and "-" only, not at either end and not twice in a row`;
  }
  return undefined;
};

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
    forceNew: true,
    description: 'The zone of the instance; taken from the VSwitch when left out.',
    validators: [zoneId],
  },
  vswitch_id: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'The VSwitch of the instance. Changing it stops the instance, moves it and starts it again.',
    validators: [prefixed('vsw-', 'VSwitch')],
  },
  private_ip: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'The primary private IPv4 address, inside the VSwitch CIDR. Changing it stops and restarts the instance.',
    validators: [ipv4],
  },
  vpc_id: { type: 'string', optional: true, computed: true, description: 'The VPC of the instance (the VSwitch\'s VPC).', validators: [prefixed('vpc-', 'VPC')] },
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
    validators: [lengthBetween(2, 128, 'instance_name'), notUrl],
  },
  description: {
    type: 'string',
    optional: true,
    description: 'The description of the instance (2 to 256 characters).',
    validators: [lengthBetween(2, 256, 'description'), notUrl],
  },
  host_name: { type: 'string', optional: true, computed: true, description: 'The host name of the instance.', validators: [hostName] },
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
});

export async function describeInstance(ctx: ResourceContext, id: string): Promise<any | null> {
  return describeById(ctx, 'ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([id]), PageSize: 10 }, {
    listKey: 'Instances',
    itemKey: 'Instance',
    idField: 'InstanceId',
    id,
  });
}

/** The system disk as DescribeDisks reports it, or null when the API lists none. */
async function describeSystemDisk(ctx: ResourceContext, id: string): Promise<any | null> {
  const out = await api(ctx, 'ecs', 'DescribeDisks', { InstanceId: id, DiskType: 'system', PageSize: 10 });
  return unwrapList(out?.Disks, 'Disk').find((d: any) => d?.InstanceId === id && d?.Type === 'system') ?? null;
}

function primaryIpOf(inst: any): string | null {
  const nics = unwrapList(inst?.NetworkInterfaces, 'NetworkInterface');
  const primary = nics.find((n: any) => n?.Type === 'Primary') ?? nics[0];
  return primary?.PrimaryIpAddress ?? privateIpOf(inst);
}

function privateIpOf(inst: any): string | null {
  const ips = unwrapList(inst?.VpcAttributes?.PrivateIpAddress, 'IpAddress');
  return ips[0] ?? null;
}

function publicIpOf(inst: any): string {
  const ips = unwrapList(inst?.PublicIpAddress, 'IpAddress');
  return ips[0] ?? inst?.EipAddress?.IpAddress ?? '';
}

function toState(inst: any, disk: any | null, prior: ObjectValue): ObjectValue {
  const groups = unwrapList<string>(inst.SecurityGroupIds, 'SecurityGroupId').slice().sort();
  // password and force_delete are never read back: they keep their prior (configured) values.
  return complete(instanceAttributes, {
    ...prior,
    id: inst.InstanceId,
    image_id: inst.ImageId ?? null,
    instance_type: inst.InstanceType ?? null,
    availability_zone: inst.ZoneId ?? null,
    vswitch_id: inst.VpcAttributes?.VSwitchId ?? null,
    private_ip: privateIpOf(inst),
    vpc_id: inst.VpcAttributes?.VpcId ?? null,
    security_groups: groups,
    instance_name: inst.InstanceName ?? '',
    description: optional(inst.Description, prior.description),
    host_name: inst.HostName ?? '',
    internet_max_bandwidth_out: Number(inst.InternetMaxBandwidthOut ?? 0),
    status: inst.Status ?? null,
    internet_charge_type: inst.InternetChargeType ?? null,
    instance_charge_type: inst.InstanceChargeType ?? null,
    system_disk_category: disk?.Category ?? (known(prior.system_disk_category) ? prior.system_disk_category : null),
    system_disk_size: disk?.Size !== undefined ? Number(disk.Size) : (known(prior.system_disk_size) ? prior.system_disk_size : null),
    deletion_protection: inst.DeletionProtection === true || inst.DeletionProtection === 'true',
    resource_group_id: inst.ResourceGroupId ?? '',
    tags: tagsState(tagsFromApi(inst.Tags), prior.tags),
    public_ip: publicIpOf(inst),
    primary_ip_address: primaryIpOf(inst),
    cpu: inst.Cpu !== undefined ? Number(inst.Cpu) : null,
    memory: inst.Memory !== undefined ? Number(inst.Memory) : null,
    os_type: inst.OSType ?? null,
    os_name: inst.OSName ?? null,
    create_time: inst.CreationTime ?? null,
    start_time: inst.StartTime ?? '',
  });
}

async function readInstance(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const id = str(prior.id)!;
  const inst = await describeInstance(ctx, id);
  if (!inst) return null;
  const disk = await describeSystemDisk(ctx, id);
  return toState(inst, disk, prior);
}

function waitStatus(ctx: ResourceContext, id: string, status: 'Running' | 'Stopped') {
  return step(TYPE, id, `waiting for the instance to be ${status}`, () =>
    waitFor(ctx, () => describeInstance(ctx, id), (i) => {
      if (i === null) throw new Error(`instance ${id} disappeared while waiting for it to be ${status}`);
      return i.Status === status;
    }, { what: `instance ${id} to be ${status}` }),
  );
}

async function stop(ctx: ResourceContext, id: string) {
  await step(TYPE, id, 'stopping the instance', () => api(ctx, 'ecs', 'StopInstance', { InstanceId: id }));
  await waitStatus(ctx, id, 'Stopped');
}

async function start(ctx: ResourceContext, id: string) {
  await step(TYPE, id, 'starting the instance', () => api(ctx, 'ecs', 'StartInstance', { InstanceId: id }));
  await waitStatus(ctx, id, 'Running');
}

function changed(planned: Value, prior: Value): boolean {
  return !isUnknown(planned) && planned !== null && planned !== prior;
}

export const instanceResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'An ECS instance (network-related arguments).', attributes: instanceAttributes },
  timeouts: { create: 10 * 60_000, update: 10 * 60_000, delete: 20 * 60_000 },

  validateConfig(config) {
    const diags: Diagnostic[] = [];
    if (config.image_id === null) diags.push(error('image_id', 'missing image_id', 'Set image_id to the image to start from, e.g. "ubuntu_22_04_x64_20G_alibase_20240130.vhd".'));
    if (config.instance_type === null) diags.push(error('instance_type', 'missing instance_type', 'Set instance_type, e.g. "ecs.g7.large".'));
    if (config.vswitch_id === null) diags.push(error('vswitch_id', 'missing vswitch_id', 'Instances in the sandbox live in a VPC: set vswitch_id to one of your VSwitches.'));
    return diags;
  },

  modifyPlan({ config, prior, planned }) {
    if (!prior || !planned) return;
    // Moving to another VSwitch gives the instance a new address (unless one is configured) and,
    // possibly, another VPC: those are only known after the move.
    const vswitchMoves = isUnknown(planned.vswitch_id) || (planned.vswitch_id !== null && planned.vswitch_id !== prior.vswitch_id);
    if (vswitchMoves) {
      if (config.private_ip === null) planned.private_ip = UNKNOWN;
      if (config.vpc_id === null) planned.vpc_id = UNKNOWN;
    }
    // The primary NIC's address is the private IP.
    if (vswitchMoves || changed(planned.private_ip, prior.private_ip) || isUnknown(planned.private_ip)) {
      planned.primary_ip_address = isUnknown(planned.private_ip) ? UNKNOWN : planned.private_ip;
    }
    // A move stops and starts the instance, and so does a Stopped → Running change: StartTime moves.
    const starts = vswitchMoves || changed(planned.private_ip, prior.private_ip) || isUnknown(planned.status) ||
      (changed(planned.status, prior.status) && planned.status === 'Running');
    if (starts) planned.start_time = UNKNOWN;
    // A new bandwidth may add or drop the public address; a move or a power cycle may renumber it.
    if (
      vswitchMoves ||
      isUnknown(planned.internet_max_bandwidth_out) ||
      changed(planned.internet_max_bandwidth_out, prior.internet_max_bandwidth_out) ||
      changed(planned.status, prior.status)
    ) {
      planned.public_ip = UNKNOWN;
    }
  },

  async create(ctx, planned) {
    const groups = strList(planned.security_groups) ?? [];
    const params: Params = {
      ImageId: str(planned.image_id),
      InstanceType: str(planned.instance_type),
      VSwitchId: str(planned.vswitch_id),
      PrivateIpAddress: str(planned.private_ip),
      ZoneId: str(planned.availability_zone),
      InstanceName: str(planned.instance_name),
      Description: str(planned.description),
      HostName: str(planned.host_name),
      InternetMaxBandwidthOut: num(planned.internet_max_bandwidth_out),
      InternetChargeType: str(planned.internet_charge_type),
      InstanceChargeType: str(planned.instance_charge_type),
      'SystemDisk.Category': str(planned.system_disk_category),
      'SystemDisk.Size': num(planned.system_disk_size),
      Password: str(planned.password),
      DeletionProtection: bool(planned.deletion_protection),
      ResourceGroupId: str(planned.resource_group_id),
      Amount: 1,
      ...tagParams(strMap(planned.tags)),
    };
    if (groups.length === 1) params.SecurityGroupId = groups[0];
    else groups.forEach((g, i) => (params[`SecurityGroupIds.${i + 1}`] = g));
    const out = await step(TYPE, null, 'launching the instance', () =>
      api(ctx, 'ecs', 'RunInstances', params, { idempotent: true }),
    );
    const id: string | undefined = unwrapList(out?.InstanceIdSets, 'InstanceIdSet')[0];
    if (!id) throw new Error(`${TYPE}: RunInstances answered without an instance ID (InstanceIdSets.InstanceIdSet is empty)`);
    ctx.log('info', 'launched instance', { id });
    ctx.created?.({ id });
    await waitStatus(ctx, id, 'Running');
    if (str(planned.status) === 'Stopped') await stop(ctx, id);
    const state = await step(TYPE, id, 'reading the new instance', () => readInstance(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the instance disappeared right after it was launched`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the instance', () => readInstance(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const wantStatus = (str(planned.status) ?? str(prior.status) ?? 'Running') as 'Running' | 'Stopped';

    // Names and descriptions.
    const attrs: Params = { InstanceId: id };
    let any = false;
    if (changed(planned.instance_name, prior.instance_name)) (attrs.InstanceName = str(planned.instance_name)), (any = true);
    if (planned.description !== prior.description && !isUnknown(planned.description)) (attrs.Description = str(planned.description) ?? ''), (any = true);
    if (changed(planned.host_name, prior.host_name)) (attrs.HostName = str(planned.host_name)), (any = true);
    if (changed(planned.deletion_protection, prior.deletion_protection)) (attrs.DeletionProtection = bool(planned.deletion_protection)), (any = true);
    // A new password: the real provider also reboots a running instance so it takes effect; the
    // sandbox has no guest OS, so there is nothing to reboot. Removing it from the config sends
    // nothing (a password cannot be unset).
    if (changed(planned.password, prior.password)) (attrs.Password = str(planned.password)), (any = true);
    if (any) await step(TYPE, id, 'updating the instance attributes', () => api(ctx, 'ecs', 'ModifyInstanceAttribute', attrs));

    await step(TYPE, id, 'updating the instance tags', () => updateTags(ctx, 'ecs', 'instance', id, strMap(prior.tags), strMap(planned.tags)));

    // Network moves need a stopped instance.
    const newVSwitch = str(planned.vswitch_id) ?? str(prior.vswitch_id)!;
    const vswitchChanged = newVSwitch !== prior.vswitch_id;
    const ipChanged = changed(planned.private_ip, prior.private_ip);
    const vpcChanged = changed(planned.vpc_id, prior.vpc_id);
    const priorGroups = (strList(prior.security_groups) ?? []).slice().sort();
    const plannedGroups = strList(planned.security_groups);
    let groupsHandled = false;
    if (vswitchChanged || ipChanged || vpcChanged) {
      const current = await describeInstance(ctx, id);
      if (!current) throw new Error(`${TYPE} ${id}: the instance disappeared before it could be moved`);
      if (current.Status === 'Stopping') {
        await waitStatus(ctx, id, 'Stopped');
      } else if (current.Status !== 'Stopped') {
        if (current.Status !== 'Running') await waitStatus(ctx, id, 'Running');
        await stop(ctx, id);
      }
      const params: Params = { InstanceId: id, VSwitchId: newVSwitch };
      const ip = str(planned.private_ip);
      if (ip && (ipChanged || vswitchChanged)) params.PrivateIpAddress = ip;
      if (vpcChanged) {
        // Changing VPC takes the new VPC's security groups in the same call.
        params.VpcId = str(planned.vpc_id);
        (plannedGroups ?? []).forEach((g, i) => (params[`SecurityGroupId.${i + 1}`] = g));
        groupsHandled = true;
      }
      await step(TYPE, id, `moving the instance to ${newVSwitch}${ip ? ` / ${ip}` : ''}`, async () => {
        const move = () => api(ctx, 'ecs', 'ModifyInstanceVpcAttribute', params, { retryCodes: ['InvalidPrivateIp.Changing'], noRetryCodes: ['IncorrectInstanceStatus'] });
        try {
          await move();
        } catch (err) {
          // The instance is Stopped (we waited), so IncorrectInstanceStatus here means the rule
          // that an instance must run once between two moves: start it, stop it, try once more.
          if (!hasCode(err, 'IncorrectInstanceStatus')) throw err;
          ctx.log('info', 'instance must run once between two VPC attribute changes; cycling it', { id });
          await start(ctx, id);
          await stop(ctx, id);
          await move();
        }
      });
      await step(TYPE, id, 'waiting for the new address', () =>
        waitFor(ctx, () => describeInstance(ctx, id), (i) => {
          if (i === null) throw new Error(`instance ${id} disappeared while it was being moved`);
          return i.VpcAttributes?.VSwitchId === newVSwitch && (!params.PrivateIpAddress || privateIpOf(i) === params.PrivateIpAddress);
        }, { what: `instance ${id} to move to ${newVSwitch}` }),
      );
      if (wantStatus === 'Running') await start(ctx, id);
    }

    if (!groupsHandled && plannedGroups) {
      const want = plannedGroups.slice().sort();
      for (const g of want.filter((x) => !priorGroups.includes(x))) {
        await step(TYPE, id, `joining security group ${g}`, () => api(ctx, 'ecs', 'JoinSecurityGroup', { InstanceId: id, SecurityGroupId: g }));
      }
      for (const g of priorGroups.filter((x) => !want.includes(x))) {
        await step(TYPE, id, `leaving security group ${g}`, () => api(ctx, 'ecs', 'LeaveSecurityGroup', { InstanceId: id, SecurityGroupId: g }));
      }
    }

    const bandwidthChanged = changed(planned.internet_max_bandwidth_out, prior.internet_max_bandwidth_out);
    const chargeChanged = changed(planned.internet_charge_type, prior.internet_charge_type);
    if (bandwidthChanged || chargeChanged) {
      await step(TYPE, id, 'changing the outbound bandwidth and its billing', () =>
        api(ctx, 'ecs', 'ModifyInstanceNetworkSpec', {
          InstanceId: id,
          InternetMaxBandwidthOut: bandwidthChanged ? num(planned.internet_max_bandwidth_out) : undefined,
          NetworkChargeType: chargeChanged ? str(planned.internet_charge_type) : undefined,
        }),
      );
    }

    // Finally the wanted power state.
    const now = await describeInstance(ctx, id);
    if (!now) throw new Error(`${TYPE} ${id}: the instance disappeared during the update`);
    if (wantStatus === 'Stopped' && now.Status !== 'Stopped') {
      if (now.Status === 'Stopping') await waitStatus(ctx, id, 'Stopped');
      else {
        if (now.Status !== 'Running') await waitStatus(ctx, id, 'Running');
        await stop(ctx, id);
      }
    } else if (wantStatus === 'Running' && now.Status !== 'Running') {
      if (now.Status === 'Stopping') await waitStatus(ctx, id, 'Stopped');
      if (now.Status === 'Starting' || now.Status === 'Pending') await waitStatus(ctx, id, 'Running');
      else await start(ctx, id);
    }

    const state = await step(TYPE, id, 'reading the instance', () => readInstance(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the instance disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    if (str(state.instance_charge_type) === 'PrePaid' && bool(state.force_delete) !== true) {
      // As the real provider: a subscription instance is released only when force_delete says so.
      throw new AttributeError(
        ['force_delete'],
        'PrePaid instance not deleted',
        // Changing instance_charge_type would not help here: it forces a replacement, which deletes.
        `${TYPE} ${id} is PrePaid; set force_delete = true, apply, then destroy again to release it.`,
      );
    }
    // With force_delete, the real provider first converts a PrePaid instance to PostPaid
    // (ModifyInstanceChargeType); the sandbox bills nothing and DeleteInstance releases it as is.
    const remove = () => api(ctx, 'ecs', 'DeleteInstance', { InstanceId: id, Force: true });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the instance' }, remove, () => describeInstance(ctx, id));
  },

  importState: importByPrefixedId(TYPE, instanceAttributes, 'i', 'an instance'),
};
