/** DescribeInstances' filters. */
import { matchesTags } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import { EIPS, type EipRecord } from '../../vpc/eip/records';
import { given } from '../../domain/values';
import { instances, statusOf } from './domain';
import { INSTANCES_IN_ORDER, INSTANCES_IN_VPC, INSTANCES_IN_VSWITCH, type InstanceRecord } from './records';

export interface InstanceFilter {
  instanceIds?: string[];
  vpcId?: string;
  vswitchId?: string;
  zoneId?: string;
  securityGroupId?: string;
  privateIpAddresses?: string[];
  publicIpAddresses?: string[];
  /** Addresses of EIPs bound to the instance. */
  eipAddresses?: string[];
  status?: string;
  instanceName?: string;
  imageId?: string;
  instanceType?: string;
  instanceChargeType?: string;
  internetChargeType?: string;
  resourceGroupId?: string;
  tags?: Array<{ Key?: string; Value?: string }>;
  createdFrom?: number;
  createdTo?: number;
}

/** `InstanceName` supports `*` as a wildcard, as the real filter does. */
function nameMatches(name: string, pattern: string): boolean {
  if (!pattern.includes('*')) return name === pattern;
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(name);
}

/** Rows read from an index, in table order, and the filter they already satisfy. */
interface Narrowed {
  rows: readonly InstanceRecord[];
  by: 'instanceIds' | 'vpcId' | 'vswitchId' | undefined;
}

/**
 * The smallest set of rows that the InstanceIds, VpcId and VSwitchId filters allow (all of them
 * when none is given), read from the ordered indexes (records.ts) in the order a scan of the
 * table gives, so paging and TotalCount do not change; undefined when this transaction has itself
 * changed instances (the indexes hold committed rows: such a caller is a write, and scans).
 */
function narrowed(tx: Transaction, f: InstanceFilter): Narrowed | undefined {
  const inOrder = tx.derived(INSTANCES_IN_ORDER);
  if (inOrder.changes.length > 0) return undefined;
  const all = inOrder.committed;
  const options: Narrowed[] = [];
  if (given(f.vswitchId)) options.push({ rows: tx.derived(INSTANCES_IN_VSWITCH).committed.rows(f.vswitchId), by: 'vswitchId' });
  if (given(f.vpcId)) options.push({ rows: tx.derived(INSTANCES_IN_VPC).committed.rows(f.vpcId), by: 'vpcId' });
  if (f.instanceIds) {
    const table = instances(tx);
    const rows = [...new Set(f.instanceIds)].map((id) => table.get(id)).filter((i): i is InstanceRecord => i !== undefined);
    rows.sort((a, b) => all.place(a.id)! - all.place(b.id)!);
    options.push({ rows, by: 'instanceIds' });
  }
  if (options.length === 0) return { rows: all.rows(''), by: undefined };
  return options.reduce((best, o) => (o.rows.length < best.rows.length ? o : best));
}

/**
 * The instances that pass every given filter, in the table's order. The checks are chosen once
 * per request, not per row: with 10,000 instances in a region, testing all sixteen filters on
 * every row (most of them absent) cost about 8 ms a request, and a request with no filter now only
 * takes the list as the store keeps it. InstanceIds, VpcId and VSwitchId are answered from
 * indexes (see narrowed), and the other filters test only the rows those leave. The result may be
 * an index's frozen array, shared with other readers: callers copy it before changing it.
 */
export function filterInstances(tx: Transaction, f: InstanceFilter): InstanceRecord[] {
  const checks: Array<(i: InstanceRecord) => boolean> = [];
  // Instances whose bound EIP has one of the addresses (only read when the filter is given).
  if (f.eipAddresses && f.eipAddresses.length > 0) {
    const byEip = new Set(tx.table<EipRecord>(EIPS).filter((e) => e.binding?.instanceType === 'EcsInstance' && f.eipAddresses!.includes(e.ipAddress)).map((e) => e.binding!.instanceId));
    checks.push((i) => byEip.has(i.id));
  }
  const { vpcId, vswitchId, zoneId, securityGroupId, status, instanceName, imageId, instanceType, instanceChargeType, internetChargeType, resourceGroupId } = f;
  const narrow = narrowed(tx, f);
  if (f.instanceIds && narrow?.by !== 'instanceIds') {
    const ids = new Set(f.instanceIds);
    checks.push((i) => ids.has(i.id));
  }
  if (given(vpcId) && narrow?.by !== 'vpcId') checks.push((i) => i.vpcId === vpcId);
  if (given(vswitchId) && narrow?.by !== 'vswitchId') checks.push((i) => i.vswitchId === vswitchId);
  if (given(zoneId)) checks.push((i) => i.zoneId === zoneId);
  if (given(securityGroupId)) checks.push((i) => i.securityGroupIds.includes(securityGroupId));
  if (f.privateIpAddresses && f.privateIpAddresses.length > 0) {
    const ips = new Set(f.privateIpAddresses);
    checks.push((i) => ips.has(i.privateIp));
  }
  if (f.publicIpAddresses && f.publicIpAddresses.length > 0) {
    const ips = new Set(f.publicIpAddresses);
    checks.push((i) => ips.has(i.publicIp));
  }
  if (given(status)) checks.push((i) => statusOf(i, tx.now) === status);
  if (given(instanceName)) checks.push((i) => nameMatches(i.name, instanceName));
  if (given(imageId)) checks.push((i) => i.imageId === imageId);
  if (given(instanceType)) checks.push((i) => i.instanceType === instanceType);
  if (given(instanceChargeType)) checks.push((i) => i.instanceChargeType === instanceChargeType);
  if (given(internetChargeType)) checks.push((i) => i.internetChargeType === internetChargeType);
  if (given(resourceGroupId)) checks.push((i) => (i.resourceGroupId ?? '') === resourceGroupId);
  const { createdFrom, createdTo } = f;
  if (createdFrom !== undefined) checks.push((i) => i.createdAt >= createdFrom);
  if (createdTo !== undefined) checks.push((i) => i.createdAt <= createdTo);
  if (f.tags && f.tags.length > 0) {
    const tags = f.tags;
    checks.push((i) => matchesTags(i.tags, tags));
  }
  const rows = narrow ? narrow.rows : instances(tx).all();
  if (checks.length === 0) return rows as InstanceRecord[];
  if (checks.length === 1) return rows.filter(checks[0]);
  return rows.filter((i) => checks.every((check) => check(i)));
}
