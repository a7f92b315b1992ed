/**
 * Shared set-up for the ECS tests: a sandbox plus VPC and VSwitch rows written straight into the
 * store (so these tests depend on the ECS code only, not on the VPC actions), and small helpers.
 */
import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../../mock-server/app';
import { newId } from '../../../mock-server/domain/ids';
import type { Lifecycle } from '../../../mock-server/domain/lifecycle';
import { ROUTE_ENTRIES, type RouteEntryRecord } from '../../../mock-server/vpc/route-table/records';
import { VPCS, type VpcRecord } from '../../../mock-server/vpc/vpc/records';
import { VSWITCHES, type VSwitchRecord } from '../../../mock-server/vpc/vswitch/records';
import { ok, rpc } from '../../helpers/rpc';

export const ACCOUNT = '1000000000000001';
export const REGION = 'cn-hangzhou';

export async function addVpc(sb: Sandbox, opts: { cidr?: string; isDefault?: boolean; region?: string; lifecycle?: Lifecycle } = {}): Promise<string> {
  const id = newId('vpc');
  const row: VpcRecord = {
    id,
    name: 'test-vpc',
    description: '',
    cidrBlock: opts.cidr ?? '192.168.0.0/16',
    userCidrs: [],
    isDefault: opts.isDefault ?? false,
    vrouterId: newId('vrt'),
    routeTableId: newId('vtb'),
    resourceGroupId: '',
    createdAt: Date.now(),
    lifecycle: opts.lifecycle ?? { status: 'Available' },
    tags: {},
  };
  await sb.store.transact(ACCOUNT, opts.region ?? REGION, (tx) => tx.table<VpcRecord>(VPCS).put(row));
  return id;
}

export async function addVSwitch(
  sb: Sandbox,
  vpcId: string,
  cidr: string,
  opts: { zoneId?: string; region?: string; lifecycle?: Lifecycle } = {},
): Promise<string> {
  const id = newId('vsw');
  const row: VSwitchRecord = {
    id,
    vpcId,
    zoneId: opts.zoneId ?? 'cn-hangzhou-h',
    cidrBlock: cidr,
    name: 'test-vsw',
    description: '',
    isDefault: false,
    createdAt: Date.now(),
    lifecycle: opts.lifecycle ?? { status: 'Available' },
    tags: {},
  };
  await sb.store.transact(ACCOUNT, opts.region ?? REGION, (tx) => tx.table<VSwitchRecord>(VSWITCHES).put(row));
  return id;
}

/** A custom route entry whose next hop is the instance (as M1's CreateRouteEntry would write it). */
export async function addRouteToInstance(sb: Sandbox, routeTableId: string, destination: string, instanceId: string): Promise<string> {
  const id = newId('rte');
  const row: RouteEntryRecord = {
    id,
    routeTableId,
    destinationCidrBlock: destination,
    type: 'Custom',
    nextHopType: 'Instance',
    nextHopId: instanceId,
    name: '',
    description: '',
    createdAt: Date.now(),
    lifecycle: { status: 'Available' },
  };
  await sb.store.transact(ACCOUNT, REGION, (tx) => tx.table<RouteEntryRecord>(ROUTE_ENTRIES).put(row));
  return id;
}

/** A VPC with one /24 VSwitch in cn-hangzhou-h. */
export async function network(sb: Sandbox, opts: { isDefault?: boolean } = {}) {
  const vpcId = await addVpc(sb, { isDefault: opts.isDefault, cidr: opts.isDefault ? '172.31.0.0/16' : '192.168.0.0/16' });
  const vswitchId = await addVSwitch(sb, vpcId, opts.isDefault ? '172.31.0.0/20' : '192.168.1.0/24');
  return { vpcId, vswitchId };
}

export const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240130.vhd';
export const TYPE = 'ecs.g7.large';

export async function runOne(sb: Sandbox, vswitchId: string, extra: Record<string, string | number | boolean | undefined> = {}): Promise<string> {
  const out = await ok(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId, ...extra });
  return out.InstanceIdSets.InstanceIdSet[0];
}

export async function describeOne(sb: Sandbox, id: string): Promise<any> {
  const out = await ok(sb, 'ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([id]) });
  return out.Instances.Instance[0];
}

export async function createGroup(sb: Sandbox, vpcId: string, extra: Record<string, string | undefined> = {}): Promise<string> {
  const out = await ok(sb, 'ecs', 'CreateSecurityGroup', { VpcId: vpcId, ...extra });
  return out.SecurityGroupId;
}

/** Asserts that the call fails with the code and HTTP status. */
export async function fails(
  sb: Sandbox,
  action: string,
  params: Record<string, string | number | boolean | undefined>,
  code: string,
  status?: number,
): Promise<any> {
  const r = await rpc(sb, 'ecs', action, params);
  assert.equal(r.body?.Code, code, `${action} should fail with ${code}; got ${r.status} ${r.text}`);
  if (status !== undefined) assert.equal(r.status, status, `${action} ${code} should be HTTP ${status}`);
  return r.body;
}

/** Asserts that the call fails with `code` and leaves the whole store exactly as it was. */
export async function failsWithoutChange(
  sb: Sandbox,
  action: string,
  params: Record<string, string | number | boolean | undefined>,
  code: string,
  status?: number,
): Promise<void> {
  const before = JSON.stringify(sb.store.exportState());
  await fails(sb, action, params, code, status);
  assert.equal(JSON.stringify(sb.store.exportState()), before, `${action} failing with ${code} changed the store`);
}
