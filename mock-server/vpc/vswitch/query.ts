/**
 * Where other families answer questions about a VSwitch for its read shape, without the VSwitch
 * family importing them: which route table it uses (a custom table it is associated with, else
 * its VPC's system table) and which network ACL it is bound to. The route-table and network-ACL
 * families bind their answers here (their links.ts); the first defined answer wins.
 */
import { HookPoint } from '../../domain/hooks';
import type { Transaction } from '../../store/store';
import type { VpcRecord } from '../vpc/records';
import type { VSwitchRecord } from './records';

export interface VSwitchRouteTable {
  RouteTableId: string;
  RouteTableType: 'System' | 'Custom';
}

export const VSWITCH_QUERIES = {
  /** The custom route table the VSwitch is associated with, undefined when it has none. */
  customRouteTable: new HookPoint<[VSwitchRecord], VSwitchRouteTable | undefined>('vswitch.customRouteTable'),
  /** The id of the network ACL the VSwitch is bound to, undefined when unbound. */
  networkAclId: new HookPoint<[VSwitchRecord], string | undefined>('vswitch.networkAclId'),
};

function firstDefined<T>(answers: Array<T | undefined>): T | undefined {
  return answers.find((a) => a !== undefined);
}

/** The table that routes the VSwitch's traffic, as DescribeVSwitches shows it in `RouteTable`. */
export function routeTableOf(tx: Transaction, vsw: VSwitchRecord, vpc: VpcRecord | undefined): VSwitchRouteTable {
  return firstDefined(VSWITCH_QUERIES.customRouteTable.run(tx, vsw)) ?? { RouteTableId: vpc?.routeTableId ?? '', RouteTableType: 'System' };
}

/** The bound ACL's id, '' when unbound (the real API's answer for an unbound VSwitch). */
export function networkAclIdOf(tx: Transaction, vsw: VSwitchRecord): string {
  return firstDefined(VSWITCH_QUERIES.networkAclId.run(tx, vsw)) ?? '';
}
