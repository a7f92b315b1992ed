/**
 * Helpers for the VPC-product tests: a fresh sandbox per test, error assertions that also check
 * nothing changed, and ECS instance rows inserted straight into the store (the route and VSwitch
 * rules only need an instance to exist in a VSwitch).
 */
import { strict as assert } from 'node:assert';
import type { Sandbox, SandboxOptions } from '../../../mock-server/app';
import { DEFAULT_ACCOUNT } from '../../../mock-server/accounts';
import { INSTANCES, type InstanceRecord } from '../../../mock-server/ecs/instance/records';
import { newId } from '../../../mock-server/domain/ids';
import { ok, rpc, startTestSandbox } from '../../helpers/rpc';
import { assertErrorShape } from '../../helpers/assertions';

export const REGION = 'cn-hangzhou';
export const ZONE = 'cn-hangzhou-b';
export const ZONE2 = 'cn-hangzhou-g';

type Scalar = string | number | boolean | undefined;

/** Starts a sandbox before each test of the enclosing suite and closes it after. */
export function withSandbox(options: SandboxOptions = {}): { sb: Sandbox } {
  const holder = {} as { sb: Sandbox };
  beforeEach(async () => {
    holder.sb = await startTestSandbox(options);
  });
  afterEach(async () => {
    await holder.sb?.close();
  });
  return holder;
}

/**
 * Calls an action that must fail with `code` (and `status`), and checks that the store is exactly
 * as it was: a rejected request changes nothing.
 */
export async function expectError(sb: Sandbox, action: string, params: Record<string, Scalar>, code: string, status = 400): Promise<string> {
  const before = JSON.stringify(sb.store.exportState());
  const r = await rpc(sb, 'vpc', action, params);
  assert.equal(r.status, status, `${action}: expected HTTP ${status} ${code}, got ${r.status}: ${r.text}`);
  assertErrorShape(r.body, code, 'vpc.aliyuncs.com');
  assert.equal(JSON.stringify(sb.store.exportState()), before, `${action} was rejected but changed the store`);
  return r.body.Message as string;
}

export function call(sb: Sandbox, action: string, params: Record<string, Scalar> = {}): Promise<any> {
  return ok(sb, 'vpc', action, params);
}

export async function createVpc(sb: Sandbox, params: Record<string, Scalar> = {}): Promise<{ VpcId: string; VRouterId: string; RouteTableId: string }> {
  return call(sb, 'CreateVpc', { CidrBlock: '192.168.0.0/16', ...params });
}

export async function createVSwitch(sb: Sandbox, vpcId: string, cidr: string, params: Record<string, Scalar> = {}): Promise<string> {
  const r = await call(sb, 'CreateVSwitch', { VpcId: vpcId, ZoneId: ZONE, CidrBlock: cidr, ...params });
  return r.VSwitchId as string;
}

/** Inserts an ECS instance row (what RunInstances would store) directly into the store. */
export async function putInstance(
  sb: Sandbox,
  fields: { vpcId: string; vswitchId: string; privateIp: string; id?: string; status?: string; zoneId?: string },
): Promise<string> {
  const id = fields.id ?? newId('i');
  const row: InstanceRecord = {
    id,
    name: id,
    description: '',
    hostName: id,
    imageId: 'ubuntu_22_04_x64_20G_alibase_20240101.vhd',
    instanceType: 'ecs.g7.large',
    zoneId: fields.zoneId ?? ZONE,
    vpcId: fields.vpcId,
    vswitchId: fields.vswitchId,
    privateIp: fields.privateIp,
    securityGroupIds: [],
    internetMaxBandwidthOut: 0,
    internetChargeType: 'PayByTraffic',
    instanceChargeType: 'PostPaid',
    publicIp: '',
    createdAt: Date.now(),
    lifecycle: { status: fields.status ?? 'Running' },
    startedSinceLastNetworkChange: true,
    tags: {},
  };
  await sb.store.transact(DEFAULT_ACCOUNT.accountId, REGION, (tx) => tx.table<InstanceRecord>(INSTANCES).put(row));
  return id;
}

export async function deleteRow(sb: Sandbox, table: string, id: string): Promise<void> {
  await sb.store.transact(DEFAULT_ACCOUNT.accountId, REGION, (tx) => tx.table(table).delete(id));
}

export async function putRow(sb: Sandbox, table: string, row: { id: string; [k: string]: unknown }): Promise<void> {
  await sb.store.transact(DEFAULT_ACCOUNT.accountId, REGION, (tx) => tx.table(table).put(row));
}
