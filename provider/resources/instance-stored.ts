/**
 * alicloud_instance arguments the sandbox stores and shows back without running them: user data
 * (DescribeUserData), the key pair name, the system disk's name and description, data disks
 * (DescribeDisks), and the primary NIC's IPv6 addresses. Sent at launch as the real provider sends
 * them, and read back from the API, so import and drift behave as on the real cloud.
 */
import type { AttributeSchema, NestedBlockSchema, ObjectValue, ResourceContext, Value } from '../framework/types';
import type { Params } from '../client/api-client';
import { api } from '../shared/api';
import { intBetween, oneOf } from '../shared/validators';
import { bool, known, num, optional, str, strList, unwrapList } from '../shared/values';
import { acceptedOnly } from './parity';

const DATA_DISK_CATEGORIES = ['cloud', 'cloud_efficiency', 'cloud_ssd', 'cloud_essd', 'cloud_auto', 'cloud_essd_entry', 'ephemeral_ssd'] as const;

export const instanceStoredAttributes: { [name: string]: AttributeSchema } = {
  user_data: {
    type: 'string',
    optional: true,
    description:
      'User data: plain text is sent Base64-encoded, Base64 text as is. The sandbox keeps it (DescribeUserData shows it) and runs nothing. ' +
      'Changes in place (ModifyInstanceAttribute).',
  },
  key_name: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'The key pair to log in with, kept as given (the sandbox has no key pairs and no guest OS). Changing it replaces the instance here (the real provider re-binds the key pair in place).',
  },
  system_disk_name: { type: 'string', optional: true, computed: true, description: 'The name of the system disk (ModifyDiskAttribute changes it in place).' },
  system_disk_description: { type: 'string', optional: true, computed: true, description: 'The description of the system disk (ModifyDiskAttribute changes it in place).' },
  network_interface_id: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'The ID of the primary network interface. A configured value (an existing ENI to use) is kept and not sent: the sandbox models only the primary NIC it creates.',
  },
  ipv6_address_count: {
    type: 'number',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'How many IPv6 addresses the primary NIC gets from the VSwitch\'s /64.',
    validators: [intBetween(1, 10, 'ipv6_address_count')],
  },
  ipv6_addresses: {
    type: ['set', 'string'],
    optional: true,
    computed: true,
    forceNew: true,
    description: 'The IPv6 addresses of the primary NIC, inside the VSwitch\'s /64. Changing them replaces the instance here (the real provider assigns and unassigns in place).',
  },
  system_disk_id: { type: 'string', computed: true, useStateForUnknown: true, description: 'The ID of the system disk.' },
  deployment_set_group_no: { type: 'string', computed: true, useStateForUnknown: true, description: 'The group number in the deployment set ("" outside one).' },
  expired_time: { type: 'string', computed: true, useStateForUnknown: true, description: 'When a PrePaid instance expires.' },
};

const fn = { forceNew: true };
export const dataDisksBlock: NestedBlockSchema = {
  nesting: 'list',
  maxItems: 16,
  block: {
    description: 'A data disk created with the instance. The sandbox keeps it as a record (DescribeDisks lists it) with no storage behind it.',
    attributes: {
      size: { type: 'number', required: true, forceNew: true, description: 'The size in GiB (20 to 32768).', validators: [intBetween(20, 32768, 'data_disks.size')] },
      category: {
        type: 'string',
        optional: true,
        computed: true,
        forceNew: true,
        default: 'cloud_efficiency',
        description: 'The disk category (default cloud_efficiency).',
        validators: [oneOf(DATA_DISK_CATEGORIES)],
      },
      name: { type: 'string', optional: true, forceNew: true, description: 'The name of the disk.' },
      description: { type: 'string', optional: true, forceNew: true, description: 'The description of the disk.' },
      performance_level: { type: 'string', optional: true, computed: true, forceNew: true, description: 'The performance level of an ESSD disk.' },
      encrypted: { type: 'bool', optional: true, computed: true, forceNew: true, default: false, description: 'Whether the disk is encrypted (default false).' },
      kms_key_id: { type: 'string', optional: true, description: 'The KMS key of an encrypted disk.' },
      snapshot_id: { type: 'string', optional: true, forceNew: true, description: 'The snapshot the disk starts from (kept; the sandbox has no snapshots).' },
      delete_with_instance: { type: 'bool', optional: true, computed: true, forceNew: true, default: true, description: 'Whether the disk is released with the instance (default true).' },
      device: { type: 'string', optional: true, forceNew: true, description: 'The device name, e.g. /dev/xvdb (the API picks one when left out).' },
      auto_snapshot_policy_id: acceptedOnly('string', 'The automatic snapshot policy of the disk.', fn),
      provisioned_iops: acceptedOnly('number', 'Provisioned IOPS of an ESSD AutoPL disk.', fn),
      bursting_enabled: acceptedOnly('bool', 'Whether an ESSD AutoPL disk may burst.', fn),
    },
  },
};

function isBase64(s: string): boolean {
  return s.length > 0 && s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s);
}

/** What the real provider sends as UserData: Base64 text as is, anything else encoded. */
export function userDataParam(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  return isBase64(v) ? v : Buffer.from(v, 'utf8').toString('base64');
}

/** The state value of user_data: the configured spelling while it still encodes to the API's value. */
export function userDataState(apiValue: string, prior: Value | undefined): string | null {
  if (!apiValue) return prior === '' ? '' : null;
  if (typeof prior === 'string' && userDataParam(prior) === apiValue) return prior;
  const text = Buffer.from(apiValue, 'base64').toString('utf8');
  return Buffer.from(text, 'utf8').toString('base64') === apiValue ? text : apiValue;
}

/** The RunInstances parameters of the stored arguments. */
export function storedLaunchParams(planned: ObjectValue): Params {
  const params: Params = {
    UserData: userDataParam(str(planned.user_data)),
    KeyPairName: str(planned.key_name),
    'SystemDisk.DiskName': str(planned.system_disk_name),
    'SystemDisk.Description': str(planned.system_disk_description),
    Ipv6AddressCount: num(planned.ipv6_address_count) !== undefined ? String(num(planned.ipv6_address_count)) : undefined,
  };
  (strList(planned.ipv6_addresses) ?? []).forEach((a, i) => (params[`Ipv6Address.${i + 1}`] = a));
  const disks = Array.isArray(planned.data_disks) ? (planned.data_disks as ObjectValue[]) : [];
  disks.forEach((d, i) => {
    const p = `DataDisk.${i + 1}.`;
    Object.assign(params, {
      [`${p}Size`]: num(d.size),
      [`${p}Category`]: str(d.category),
      [`${p}DiskName`]: str(d.name),
      [`${p}Description`]: str(d.description),
      [`${p}PerformanceLevel`]: str(d.performance_level),
      [`${p}Encrypted`]: bool(d.encrypted),
      [`${p}KMSKeyId`]: str(d.kms_key_id),
      [`${p}SnapshotId`]: str(d.snapshot_id),
      [`${p}DeleteWithInstance`]: bool(d.delete_with_instance),
      [`${p}Device`]: str(d.device),
    });
  });
  return params;
}

/** The instance's disks (system and data) in one DescribeDisks call. */
export async function describeDisks(ctx: ResourceContext, id: string): Promise<{ system: any | null; data: any[] }> {
  const out = await api(ctx, 'ecs', 'DescribeDisks', { InstanceId: id, DiskType: 'all', PageSize: 100 });
  const disks = unwrapList(out?.Disks, 'Disk').filter((d: any) => d?.InstanceId === id);
  return { system: disks.find((d: any) => d?.Type === 'system') ?? null, data: disks.filter((d: any) => d?.Type === 'data') };
}

/** data_disks as state: the API's disks in launch order, with the prior state's spelling of what the API leaves blank. */
export function dataDisksState(disks: any[], prior: Value | undefined): ObjectValue[] {
  const before = Array.isArray(prior) ? (prior as ObjectValue[]) : [];
  return disks.map((d, i) => {
    const p: ObjectValue = before[i] ?? {};
    return {
      size: Number(d.Size),
      category: d.Category ?? 'cloud_efficiency',
      name: optional(d.DiskName, p.name),
      description: optional(d.Description, p.description),
      performance_level: d.PerformanceLevel ?? '',
      encrypted: d.Encrypted === true || d.Encrypted === 'true',
      kms_key_id: optional(d.KMSKeyId, p.kms_key_id),
      snapshot_id: optional(d.SourceSnapshotId, p.snapshot_id),
      delete_with_instance: d.DeleteWithInstance !== false && d.DeleteWithInstance !== 'false',
      // The API always names a device; one the configuration left out stays null.
      device: known(p.device) ? (d.Device ?? null) : null,
      auto_snapshot_policy_id: known(p.auto_snapshot_policy_id) ? p.auto_snapshot_policy_id : null,
      provisioned_iops: known(p.provisioned_iops) ? p.provisioned_iops : null,
      bursting_enabled: known(p.bursting_enabled) ? p.bursting_enabled : null,
    };
  });
}

/** Reads user data only when it matters: configured, or an import (nothing known yet). */
export async function readUserData(ctx: ResourceContext, id: string, prior: ObjectValue): Promise<string | null> {
  const importing = !known(prior.instance_type);
  if (!importing && typeof prior.user_data !== 'string') return null;
  const out = await api(ctx, 'ecs', 'DescribeUserData', { InstanceId: id });
  return userDataState(String(out?.UserData ?? ''), prior.user_data);
}

/** The stored attributes' state values from DescribeInstances and DescribeDisks. */
export function storedState(inst: any, disks: { system: any | null; data: any[] }, userData: string | null, prior: ObjectValue): ObjectValue {
  const nics = unwrapList(inst?.NetworkInterfaces, 'NetworkInterface');
  const primary: any = nics.find((n: any) => n?.Type === 'Primary') ?? nics[0];
  const ipv6 = unwrapList(primary?.Ipv6Sets, 'Ipv6Set').map((x: any) => String(x.Ipv6Address)).sort();
  const sys = disks.system;
  return {
    user_data: userData,
    key_name: inst.KeyPairName ?? '',
    system_disk_name: sys?.DiskName ?? (known(prior.system_disk_name) ? prior.system_disk_name : ''),
    system_disk_description: sys?.Description ?? (known(prior.system_disk_description) ? prior.system_disk_description : ''),
    network_interface_id: known(prior.network_interface_id) ? prior.network_interface_id : (primary?.NetworkInterfaceId ?? ''),
    ipv6_address_count: ipv6.length,
    ipv6_addresses: ipv6,
    system_disk_id: sys?.DiskId ?? '',
    deployment_set_group_no: inst.DeploymentSetGroupNo !== undefined ? String(inst.DeploymentSetGroupNo) : '',
    expired_time: inst.ExpiredTime ?? '',
    data_disks: dataDisksState(disks.data, prior.data_disks),
  };
}

/** In-place changes of stored arguments: user data (ModifyInstanceAttribute) and the system disk's name and description (ModifyDiskAttribute). */
export async function updateStored(ctx: ResourceContext, id: string, prior: ObjectValue, planned: ObjectValue, run: (doing: string, fn: () => Promise<unknown>) => Promise<unknown>): Promise<void> {
  if (planned.user_data !== prior.user_data && typeof planned.user_data === 'string') {
    await run('updating the user data', () => api(ctx, 'ecs', 'ModifyInstanceAttribute', { InstanceId: id, UserData: userDataParam(str(planned.user_data)) }));
  } else if (planned.user_data === null && known(prior.user_data)) {
    // Removing user_data from the configuration clears it, as the real provider does.
    await run('clearing the user data', () => api(ctx, 'ecs', 'ModifyInstanceAttribute', { InstanceId: id, UserData: '' }));
  }
  const nameChanged = known(planned.system_disk_name) && planned.system_disk_name !== prior.system_disk_name;
  const descChanged = known(planned.system_disk_description) && planned.system_disk_description !== prior.system_disk_description;
  const diskId = str(prior.system_disk_id);
  if ((nameChanged || descChanged) && diskId) {
    await run('renaming the system disk', () =>
      api(ctx, 'ecs', 'ModifyDiskAttribute', {
        DiskId: diskId,
        DiskName: nameChanged ? str(planned.system_disk_name) : undefined,
        Description: descChanged ? str(planned.system_disk_description) : undefined,
      }),
    );
  }
}
