/**
 * alicloud_instance arguments the sandbox stores and shows back without running them: user data
 * (DescribeUserData), the key pair name, the system disk's name and description, data disks
 * (DescribeDisks), the primary NIC's IPv6 addresses, and the spot, HPC-cluster and CPU-credit
 * options (DescribeInstances). Sent at launch as the real provider sends
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
  // Kept and shown by DescribeInstances, so an imported spot instance plans no replacement; the
  // sandbox never reclaims a spot instance, places nothing in an HPC cluster and counts no credits.
  spot_strategy: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'The spot strategy: NoSpot (the API default), SpotWithPriceLimit or SpotAsPriceGo. Kept; the sandbox never reclaims an instance.',
    validators: [oneOf(['NoSpot', 'SpotWithPriceLimit', 'SpotAsPriceGo'])],
  },
  spot_price_limit: { type: 'number', optional: true, computed: true, forceNew: true, description: 'The highest hourly price of a SpotWithPriceLimit instance.' },
  spot_duration: { type: 'number', optional: true, computed: true, description: 'The protection period of a spot instance in hours (0 to 6).', validators: [intBetween(0, 6, 'spot_duration')] },
  spot_interruption_behavior: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'What happens to an interrupted spot instance: Terminate (the API default) or Stop.',
    validators: [oneOf(['Terminate', 'Stop'])],
  },
  hpc_cluster_id: { type: 'string', optional: true, forceNew: true, description: 'The HPC cluster of the instance (kept; the sandbox places nothing).' },
  credit_specification: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'The CPU credit mode of a burstable (t5, t6) instance: Standard or Unlimited. Kept and changed in place (ModifyInstanceAttribute); no credits are counted.',
    validators: [oneOf(['Standard', 'Unlimited'])],
  },
  // Assigned to the primary ENI after launch and changed in place (Assign/UnassignPrivateIpAddresses
  // on it), read back from DescribeInstances' primary NIC: the real provider's calls and reads.
  secondary_private_ips: {
    type: ['set', 'string'],
    optional: true,
    computed: true,
    useStateForUnknown: true,
    description: 'Secondary private IPv4 addresses of the primary NIC, inside its VSwitch. Conflicts with secondary_private_ip_address_count. Changes in place.',
  },
  secondary_private_ip_address_count: {
    type: 'number',
    optional: true,
    computed: true,
    useStateForUnknown: true,
    description: 'How many secondary private IPv4 addresses the primary NIC gets from its VSwitch. Conflicts with secondary_private_ips. Changes in place.',
    validators: [intBetween(0, 49, 'secondary_private_ip_address_count')],
  },
  // The metadata service's options: sent at launch, read back from DescribeInstances'
  // MetadataOptions, endpoint and tokens changed in place (ModifyInstanceMetadataOptions). Kept only.
  http_endpoint: { type: 'string', optional: true, computed: true, description: 'Whether the metadata service is reachable: enabled (the API default) or disabled. Kept; the sandbox serves no metadata.', validators: [oneOf(['enabled', 'disabled'])] },
  http_tokens: { type: 'string', optional: true, computed: true, description: 'Whether the metadata service requires tokens: optional (the API default) or required. Kept.', validators: [oneOf(['optional', 'required'])] },
  http_put_response_hop_limit: { type: 'number', optional: true, computed: true, forceNew: true, description: 'The hop limit of metadata PUT responses (1 to 64, the API default 1). Kept.', validators: [intBetween(1, 64, 'http_put_response_hop_limit')] },
  stopped_mode: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'Whether a stopped instance keeps being billed: StopCharging, KeepCharging or Not-applicable. Sent with StopInstance and kept as configured; left out, it is DescribeInstances\' StoppedMode, read again when the status changes (the sandbox bills nothing).',
    validators: [oneOf(['StopCharging', 'KeepCharging', 'Not-applicable'])],
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
    SpotStrategy: str(planned.spot_strategy) || undefined,
    SpotPriceLimit: num(planned.spot_price_limit) !== undefined ? String(num(planned.spot_price_limit)) : undefined,
    SpotDuration: num(planned.spot_duration),
    SpotInterruptionBehavior: str(planned.spot_interruption_behavior) || undefined,
    HpcClusterId: str(planned.hpc_cluster_id) || undefined,
    CreditSpecification: str(planned.credit_specification) || undefined,
    HttpEndpoint: str(planned.http_endpoint) || undefined,
    HttpTokens: str(planned.http_tokens) || undefined,
    HttpPutResponseHopLimit: num(planned.http_put_response_hop_limit),
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

/** The prior value when there is one (a create or a refresh), else the API's default (an import). */
function kept(prior: Value | undefined, dflt: Value): Value {
  return known(prior) ? prior! : dflt;
}

/** The stored attributes' state values from DescribeInstances and DescribeDisks. */
export function storedState(inst: any, disks: { system: any | null; data: any[] }, userData: string | null, prior: ObjectValue): ObjectValue {
  const nics = unwrapList(inst?.NetworkInterfaces, 'NetworkInterface');
  const primary: any = nics.find((n: any) => n?.Type === 'Primary') ?? nics[0];
  const ipv6 = unwrapList(primary?.Ipv6Sets, 'Ipv6Set').map((x: any) => String(x.Ipv6Address)).sort();
  const secondary = unwrapList(primary?.PrivateIpSets, 'PrivateIpSet')
    .filter((x: any) => x?.Primary !== true && x?.Primary !== 'true')
    .map((x: any) => String(x.PrivateIpAddress))
    .sort();
  const sys = disks.system;
  return {
    user_data: userData,
    key_name: inst.KeyPairName ?? '',
    system_disk_name: sys?.DiskName ?? (known(prior.system_disk_name) ? prior.system_disk_name : ''),
    system_disk_description: sys?.Description ?? (known(prior.system_disk_description) ? prior.system_disk_description : ''),
    network_interface_id: known(prior.network_interface_id) ? prior.network_interface_id : (primary?.NetworkInterfaceId ?? ''),
    ipv6_address_count: ipv6.length,
    ipv6_addresses: ipv6,
    secondary_private_ips: secondary,
    secondary_private_ip_address_count: secondary.length,
    system_disk_id: sys?.DiskId ?? '',
    deployment_set_group_no: inst.DeploymentSetGroupNo !== undefined ? String(inst.DeploymentSetGroupNo) : '',
    expired_time: inst.ExpiredTime ?? '',
    data_disks: dataDisksState(disks.data, prior.data_disks),
    spot_strategy: inst.SpotStrategy || kept(prior.spot_strategy, 'NoSpot'),
    // The API keeps a price limit and a protection period only for a spot strategy that uses them;
    // one configured anyway stays as configured (as on the real cloud, where it is ignored).
    spot_price_limit: inst.SpotPriceLimit !== undefined ? Number(inst.SpotPriceLimit) : kept(prior.spot_price_limit, 0),
    spot_duration: inst.SpotDuration !== undefined ? Number(inst.SpotDuration) : kept(prior.spot_duration, 0),
    spot_interruption_behavior: inst.SpotInterruptionBehavior || kept(prior.spot_interruption_behavior, ''),
    hpc_cluster_id: inst.HpcClusterId || (known(prior.hpc_cluster_id) ? prior.hpc_cluster_id : null),
    credit_specification: inst.CreditSpecification || kept(prior.credit_specification, ''),
    http_endpoint: inst.MetadataOptions?.HttpEndpoint || kept(prior.http_endpoint, ''),
    http_tokens: inst.MetadataOptions?.HttpTokens || kept(prior.http_tokens, ''),
    http_put_response_hop_limit: inst.MetadataOptions?.HttpPutResponseHopLimit !== undefined ? Number(inst.MetadataOptions.HttpPutResponseHopLimit) : kept(prior.http_put_response_hop_limit, 0),
    // The real provider reads StoppedMode, the billing state of a stopped instance ("Not-applicable"
    // while it runs). A configured value is sent with every stop and kept, so the plan does not flip
    // with the power state; an unconfigured one is re-read whenever the status changes (modifyPlan
    // plans it unknown then), and an import reads the API's.
    stopped_mode: kept(prior.stopped_mode, inst.StoppedMode ?? ''),
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
  if (known(planned.credit_specification) && planned.credit_specification !== prior.credit_specification && str(planned.credit_specification)) {
    await run('changing the CPU credit mode', () => api(ctx, 'ecs', 'ModifyInstanceAttribute', { InstanceId: id, CreditSpecification: str(planned.credit_specification) }));
  }
  const endpointChanged = known(planned.http_endpoint) && str(planned.http_endpoint) && planned.http_endpoint !== prior.http_endpoint;
  const tokensChanged = known(planned.http_tokens) && str(planned.http_tokens) && planned.http_tokens !== prior.http_tokens;
  if (endpointChanged || tokensChanged) {
    await run('changing the metadata options', () =>
      api(ctx, 'ecs', 'ModifyInstanceMetadataOptions', {
        InstanceId: id,
        HttpEndpoint: endpointChanged ? str(planned.http_endpoint) : undefined,
        HttpTokens: tokensChanged ? str(planned.http_tokens) : undefined,
      }),
    );
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

/** The primary NIC's ID: DescribeInstances lists it with Type Primary. */
async function primaryNicId(ctx: ResourceContext, id: string): Promise<string> {
  const out = await api(ctx, 'ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([id]) });
  const inst = unwrapList(out?.Instances, 'Instance')[0];
  const nics = unwrapList(inst?.NetworkInterfaces, 'NetworkInterface');
  const primary: any = nics.find((n: any) => n?.Type === 'Primary') ?? nics[0];
  if (!primary?.NetworkInterfaceId) throw new Error(`alicloud_instance ${id}: DescribeInstances shows no primary network interface`);
  return String(primary.NetworkInterfaceId);
}

/**
 * Secondary private IPs of the primary NIC, as the real provider reconciles them (at the end of a
 * create, and on update): a changed secondary_private_ips set unassigns what left it and assigns
 * what joined; otherwise a changed secondary_private_ip_address_count assigns the difference or
 * unassigns the surplus from the end of the current list.
 */
export async function reconcileSecondaryIps(ctx: ResourceContext, id: string, prior: ObjectValue, planned: ObjectValue, run: (doing: string, fn: () => Promise<unknown>) => Promise<unknown>): Promise<void> {
  const before = strList(prior.secondary_private_ips) ?? [];
  const listed = known(planned.secondary_private_ips) ? strList(planned.secondary_private_ips) : undefined;
  const listChanged = listed !== undefined && (listed.length !== before.length || listed.some((a) => !before.includes(a)));
  const count = known(planned.secondary_private_ip_address_count) ? num(planned.secondary_private_ip_address_count) : undefined;
  if (!listChanged && (count === undefined || count === before.length)) return;
  const eni = await primaryNicId(ctx, id);
  const call = (action: string, params: Params) => api(ctx, 'ecs', action, { NetworkInterfaceId: eni, ...params }, { retryCodes: ['InvalidOperation.InvalidEniState'] });
  const numbered = (ips: string[]) => Object.fromEntries(ips.map((a, i) => [`PrivateIpAddress.${i + 1}`, a]));
  if (listChanged) {
    const gone = before.filter((a) => !listed!.includes(a));
    const added = listed!.filter((a) => !before.includes(a));
    if (gone.length) await run('unassigning secondary private IPs', () => call('UnassignPrivateIpAddresses', numbered(gone)));
    if (added.length) await run('assigning secondary private IPs', () => call('AssignPrivateIpAddresses', numbered(added)));
    return;
  }
  if (count! > before.length) {
    await run('assigning secondary private IPs', () => call('AssignPrivateIpAddresses', { SecondaryPrivateIpAddressCount: count! - before.length }));
  } else {
    await run('unassigning secondary private IPs', () => call('UnassignPrivateIpAddresses', numbered(before.slice(count!))));
  }
}
