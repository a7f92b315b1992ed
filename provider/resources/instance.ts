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
 * The disks are read with DescribeDisks(InstanceId), as the real provider does: DescribeInstances
 * has no disk fields. User data, the key pair, the system disk's name and description, data disks
 * and IPv6 addresses are kept and read back (instance-stored.ts), launch-time ENIs too (instance-network-
 * interfaces.ts); the other documented arguments are only accepted (instance-accepted.ts). Renewal, maintenance, volume_tags
 * and the system disk's performance level are read and changed as the real provider does
 * (instance-upkeep.ts).
 * Delete: DeleteInstance(Force=true) → wait until DescribeInstances no longer lists it. Deletion
 * protection makes DeleteInstance fail with the API's InvalidOperation.DeletionProtection.
 * The schema is in instance-schema.ts.
 */
import { hasCode } from '../client/api-client';
import {
  AttributeError,
  isUnknown,
  UNKNOWN,
  type Diagnostic,
  type ObjectValue,
  type ResourceContext,
  type ResourceDefinition,
  type Value,
} from '../framework/types';
import { waitFor } from '../framework/wait';
import { valuesEqual } from '../framework/values';
import { api } from '../shared/api';
import { bool, known, num, optional, str, strList, strMap, unwrapList } from '../shared/values';
import { complete, deleteAndWaitGone, describeById, error, importByPrefixedId, step, tagsState, updateTags } from './common';
import { tagParams, tagsFromApi } from '../shared/tags';
import { instanceAttributes, instanceBlocks } from './instance-schema';
import { keepAcceptedNullsOnUpdate } from './instance-accepted';
import { exclusiveWays, keptValues } from './parity';
import { describeDisks, readUserData, reconcileSecondaryIps, storedLaunchParams, storedState, updateStored } from './instance-stored';
import { readUpkeep, updateUpkeep, upkeepLaunchParams } from './instance-upkeep';
import { networkInterfaceLaunchParams, readNetworkInterfaces } from './instance-network-interfaces';
import type { Params } from '../client/api-client';

const TYPE = 'alicloud_instance';

export async function describeInstance(ctx: ResourceContext, id: string): Promise<any | null> {
  return describeById(ctx, 'ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([id]), PageSize: 10 }, {
    listKey: 'Instances',
    itemKey: 'Instance',
    idField: 'InstanceId',
    id,
  });
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

/**
 * The system public IP only, as the real provider reads it: a bound EIP is the EIP resource's
 * ip_address, and reading it here would make public_ip change whenever an association comes or
 * goes, outside this resource's plan.
 */
function publicIpOf(inst: any): string {
  return unwrapList<string>(inst?.PublicIpAddress, 'IpAddress')[0] ?? '';
}

function toState(inst: any, disks: { system: any | null; data: any[] }, userData: string | null, upkeep: ObjectValue, prior: ObjectValue): ObjectValue {
  const groups = unwrapList<string>(inst.SecurityGroupIds, 'SecurityGroupId').slice().sort();
  const disk = disks.system;
  const stored = storedState(inst, disks, userData, prior);
  // password, force_delete and the accepted-only arguments (instance-accepted.ts) are never read
  // back: they keep their prior (configured) values, and so do the accepted-only blocks.
  const state = complete(instanceAttributes, {
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
    ...stored,
    ...upkeep,
    ...keptValues(instanceAttributes, prior),
  });
  for (const name of Object.keys(instanceBlocks)) state[name] = prior[name] ?? [];
  state.data_disks = stored.data_disks;
  state.maintenance_time = upkeep.maintenance_time;
  return state;
}

async function readInstance(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const id = str(prior.id)!;
  const inst = await describeInstance(ctx, id);
  if (!inst) return null;
  const disks = await describeDisks(ctx, id);
  const userData = await readUserData(ctx, id, prior);
  const upkeep = await readUpkeep(ctx, inst, disks.system, prior);
  const state = toState(inst, disks, userData, upkeep, prior);
  state.network_interfaces = await readNetworkInterfaces(ctx, inst);
  return state;
}

function waitStatus(ctx: ResourceContext, id: string, status: 'Running' | 'Stopped') {
  return step(TYPE, id, `waiting for the instance to be ${status}`, () =>
    waitFor(ctx, () => describeInstance(ctx, id), (i) => {
      if (i === null) throw new Error(`instance ${id} disappeared while waiting for it to be ${status}`);
      return i.Status === status;
    }, { what: `instance ${id} to be ${status}` }),
  );
}

/** StopInstance with the configured stopped_mode, as the real provider sends it on every stop. */
async function stop(ctx: ResourceContext, id: string, planned: ObjectValue) {
  const mode = known(planned.stopped_mode) ? str(planned.stopped_mode) : undefined;
  const StoppedMode = mode === 'StopCharging' || mode === 'KeepCharging' ? mode : undefined;
  await step(TYPE, id, 'stopping the instance', () => api(ctx, 'ecs', 'StopInstance', { InstanceId: id, StoppedMode }));
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
  schema: { description: 'An ECS instance.', attributes: instanceAttributes, blocks: instanceBlocks },
  timeouts: { create: 10 * 60_000, update: 10 * 60_000, delete: 20 * 60_000 },

  validateConfig(config) {
    const diags: Diagnostic[] = [];
    if (config.image_id === null) diags.push(error('image_id', 'missing image_id', 'Set image_id to the image to start from, e.g. "ubuntu_22_04_x64_20G_alibase_20240130.vhd".'));
    if (config.instance_type === null) diags.push(error('instance_type', 'missing instance_type', 'Set instance_type, e.g. "ecs.g7.large".'));
    // "" passes the real schema (no validator) and then means a classic-network instance, which the
    // sandbox does not model: it refuses at plan, naming the value.
    if (config.vswitch_id === null || config.vswitch_id === '') diags.push(error('vswitch_id', 'missing vswitch_id', `vswitch_id is ${config.vswitch_id === '' ? '""' : 'not set'}: instances in the sandbox live in a VPC (no classic network); set vswitch_id to one of your VSwitches.`));
    // ConflictsWith in the real schema: one of the two says what the primary NIC holds.
    diags.push(...exclusiveWays(config, [['secondary_private_ips'], ['secondary_private_ip_address_count']], 'giving the primary NIC its secondary addresses: listed, or how many to assign'));
    return diags;
  },

  modifyPlan({ config, prior, planned, requiresReplace }) {
    if (!prior || !planned) return;
    if (requiresReplace.length === 0) keepAcceptedNullsOnUpdate(config, prior, planned);
    // Moving to another VSwitch gives the instance a new address (unless one is configured) and,
    // possibly, another VPC: those are only known after the move.
    const vswitchMoves = isUnknown(planned.vswitch_id) || (planned.vswitch_id !== null && planned.vswitch_id !== prior.vswitch_id);
    if (vswitchMoves) {
      if (config.private_ip === null || config.private_ip === '') planned.private_ip = UNKNOWN;
      if (config.vpc_id === null || config.vpc_id === '') planned.vpc_id = UNKNOWN;
    }
    // One of the two secondary-IP arguments changes: the other follows (a new count gives
    // addresses only known after the apply; a new list gives its own length).
    if (known(planned.secondary_private_ips) && Array.isArray(planned.secondary_private_ips) && config.secondary_private_ips !== null &&
      !valuesEqual(planned.secondary_private_ips, prior.secondary_private_ips)) {
      planned.secondary_private_ip_address_count = planned.secondary_private_ips.length;
    } else if (changed(planned.secondary_private_ip_address_count, prior.secondary_private_ip_address_count)) {
      planned.secondary_private_ips = UNKNOWN;
    }
    // The primary NIC's address is the private IP.
    if (vswitchMoves || changed(planned.private_ip, prior.private_ip) || isUnknown(planned.private_ip)) {
      planned.primary_ip_address = isUnknown(planned.private_ip) ? UNKNOWN : planned.private_ip;
    }
    // A move stops and starts the instance, and so does a Stopped → Running change: StartTime moves.
    const starts = vswitchMoves || changed(planned.private_ip, prior.private_ip) || isUnknown(planned.status) ||
      (changed(planned.status, prior.status) && planned.status === 'Running');
    if (starts) planned.start_time = UNKNOWN;
    // A stop or a start changes the API's StoppedMode: left out of the configuration, it is read again.
    if ((config.stopped_mode === null || config.stopped_mode === undefined) && (isUnknown(planned.status) || changed(planned.status, prior.status))) {
      planned.stopped_mode = UNKNOWN;
    }
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
      ...storedLaunchParams(planned),
      ...upkeepLaunchParams(planned),
      ...networkInterfaceLaunchParams(planned),
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
    // Secondary private IPs go on the primary NIC once it exists, as the real provider does.
    await reconcileSecondaryIps(ctx, id, {}, planned, (doing, fn) => step(TYPE, id, doing, fn));
    // Maintenance attributes and volume_tags are set after launch, as the real provider's create does.
    await updateUpkeep(ctx, id, {}, planned, (doing, fn) => step(TYPE, id, doing, fn));
    if (str(planned.status) === 'Stopped') await stop(ctx, id, planned);
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
    await updateStored(ctx, id, prior, planned, (doing, fn) => step(TYPE, id, doing, fn));
    await updateUpkeep(ctx, id, prior, planned, (doing, fn) => step(TYPE, id, doing, fn));
    // Before any move: the sandbox re-addresses no instance that holds secondary IPs.
    await reconcileSecondaryIps(ctx, id, prior, planned, (doing, fn) => step(TYPE, id, doing, fn));

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
        await stop(ctx, id, planned);
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
          await stop(ctx, id, planned);
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
        await stop(ctx, id, planned);
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
