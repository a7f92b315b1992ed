/**
 * What the HaVip family registers about the families it joins: its address in its VSwitch's pool
 * (instances, ENIs and NAT gateways never get it; the VSwitch's free count drops), its rows in the
 * dependency table (DeleteVSwitch refused while it holds a HaVip; a HaVip refused deletion while a
 * route points at it or an EIP is bound to it; an associated instance cannot move to another VPC),
 * the next-hop type HaVip of route entries, the EIP binding target HaVip, the SNAT rule on source
 * VSwitches, and what happens when an associated instance or ENI is released (it leaves the HaVip).
 */
import type { CascadeRow, DependantRow } from '../../domain/dependants';
import { bind, type HookBinding } from '../../domain/hooks';
import { OperationDenied } from '../../errors';
import { ADDRESS_HOOKS } from '../../ecs/instance/addresses';
import { eipTargetType } from '../eip/domain';
import { InvalidAssociationDuplicated, InvalidInstanIdNotFoundForEip } from '../eip/errors';
import { eipsBoundTo, type EipRecord } from '../eip/records';
import { nextHopType } from '../route-table/domain';
import { InvalidNextHopIdNotFound } from '../route-table/errors';
import { LOOKUP_HOOKS } from '../route-table/lookup';
import { ROUTE_ENTRIES, type RouteEntryRecord } from '../route-table/records';
import { SNAT_HOOKS } from '../snat/domain';
import { ForbiddenSourceVSwitchIdIncludeHaVip } from '../snat/errors';
import { countPerVSwitch, VSWITCH_ADDRESS_HOOKS } from '../vswitch/address-holders';
import { withoutInstance } from './domain';
import { CountLimitExceedHaVipRouteEntry, DependencyViolationHaVip, DependencyViolationHaVipAssociatedWithEip, DependencyViolationHaVipReferedByRouteEntry, IncorrectHaVipStatus } from './errors';
import { haVips, haVipsAssociatedWith, haVipStatus, masterOf, type HaVipRecord } from './records';
import { MAX_ROUTES_PER_HAVIP } from '../../../network-rules/quotas';

export { MAX_ROUTES_PER_HAVIP };

function routesTo(tx: Parameters<DependantRow['find']>[0], haVipId: string): RouteEntryRecord[] {
  return tx.table<RouteEntryRecord>(ROUTE_ENTRIES).filter((e) => e.nextHopType === 'HaVip' && e.nextHopId === haVipId);
}

export const haVipDependants: DependantRow<any>[] = [
  {
    // A HaVip's address is in its VSwitch; the DeleteVSwitch reference names this code.
    parent: 'vswitch',
    what: 'HaVips',
    // Before the instances (20): the HaVip is unassociated from them and deleted first.
    order: 15,
    find: (tx, vswitchId) => haVips(tx).filter((h) => h.vswitchId === vswitchId).slice(0, 1),
    error: (vswitchId, [h]: HaVipRecord[]) =>
      new DependencyViolationHaVip(`The VSwitch "${vswitchId}" still holds HaVip ${h.id} (${h.ipAddress}). Unassociate its instances and delete it with DeleteHaVip before deleting the VSwitch.`),
  },
  {
    parent: 'haVip',
    what: 'route entries whose next hop is the HaVip',
    order: 10,
    find: routesTo,
    error: (id, routes: RouteEntryRecord[]) =>
      new DependencyViolationHaVipReferedByRouteEntry(`HaVip ${id} is the next hop of route entr${routes.length === 1 ? 'y' : 'ies'} ${routes.map((r) => `${r.destinationCidrBlock} in ${r.routeTableId}`).join(', ')}. Delete those route entries first.`),
  },
  {
    parent: 'haVip',
    what: 'a bound EIP',
    order: 20,
    find: (tx, id) => eipsBoundTo(tx, id),
    error: (id, [e]: EipRecord[]) =>
      new DependencyViolationHaVipAssociatedWithEip(`HaVip ${id} has EIP ${e.id} (${e.ipAddress}) bound. Unbind it with UnassociateEipAddress first.`),
  },
  {
    // ModifyInstanceVpcAttribute's documented precondition: no HaVip on the instance.
    parent: 'instance',
    what: 'associated HaVips',
    order: 17,
    blocks: ['move-vpc'],
    find: (tx, instanceId) => haVipsAssociatedWith(tx, instanceId),
    error: (instanceId, [h]: HaVipRecord[]) =>
      new OperationDenied(`The instance ${instanceId} is associated with HaVip ${h.id}: unassociate it with UnassociateHaVip before moving the instance to another VPC.`),
  },
];

/** A released instance or ENI leaves its HaVips at once (the next associated one becomes master). */
function leave(tx: Parameters<CascadeRow['remove']>[0], instanceId: string): void {
  for (const h of haVipsAssociatedWith(tx, instanceId)) haVips(tx).put(withoutInstance(h, instanceId, tx.now, 0));
}

export const haVipCascades: CascadeRow[] = [
  { parent: 'instance', what: 'HaVip associations (dropped)', remove: leave },
  { parent: 'networkInterface', what: 'HaVip associations (dropped)', remove: leave },
];

export const haVipHooks: HookBinding[] = [
  bind(ADDRESS_HOOKS.privateInUse, (tx, vswitchId) => haVips(tx).filter((h) => h.vswitchId === vswitchId).map((h) => h.ipAddress)),
  bind(VSWITCH_ADDRESS_HOOKS.holders, (tx) => ({ perVSwitch: countPerVSwitch(haVips(tx).all(), (h) => h.vswitchId) })),
  nextHopType('HaVip', {
    check(tx, table, nextHopId) {
      const h = haVips(tx).get(nextHopId);
      if (!h || h.vpcId !== table.vpcId) {
        throw new InvalidNextHopIdNotFound(`The HaVip "${nextHopId}" given as NextHopId ${h ? `is in VPC ${h.vpcId}, not in ${table.vpcId} that owns route table ${table.id}` : 'does not exist in this region'}: a next hop must be in the same VPC. DescribeHaVips lists your HaVips.`);
      }
      // The sandbox's reading of IncorrectHaVipStatus here: a route may point at a HaVip once an instance holds it.
      const status = haVipStatus(h, tx.now);
      if (status !== 'InUse') {
        throw new IncorrectHaVipStatus(`HaVip ${h.id} is ${status}: a route can point at a HaVip once it is associated with an instance and InUse. Associate it (AssociateHaVip), wait for InUse, then retry.`);
      }
      const routes = routesTo(tx, h.id);
      if (routes.length >= MAX_ROUTES_PER_HAVIP) {
        throw new CountLimitExceedHaVipRouteEntry(`HaVip ${h.id} is already the next hop of ${routes.length} custom routes (${routes.map((r) => r.destinationCidrBlock).join(', ')}), the most one HaVip may have (${MAX_ROUTES_PER_HAVIP}).`);
      }
    },
  }),
  eipTargetType('HaVip', (tx, instanceId) => {
    const h = haVips(tx).get(instanceId);
    if (!h) throw new InvalidInstanIdNotFoundForEip(`The HaVip "${instanceId}" does not exist in region ${tx.region}. DescribeHaVips lists your HaVips.`);
    const status = haVipStatus(h, tx.now);
    if (status !== 'Available' && status !== 'InUse') {
      throw new IncorrectHaVipStatus(`HaVip ${h.id} is ${status}: an EIP binds to a HaVip that is Available or InUse. Wait until it settles and retry.`);
    }
    const other = eipsBoundTo(tx, h.id)[0];
    if (other) throw new InvalidAssociationDuplicated(`HaVip ${h.id} already has EIP ${other.id} (${other.ipAddress}): unbind it first.`);
    return { instanceId: h.id, instanceType: 'HaVip', privateIpAddress: h.ipAddress, vpcId: h.vpcId };
  }),
  bind(SNAT_HOOKS.sourceVSwitch, (tx, vsw) => {
    const h = haVips(tx).find((x) => x.vswitchId === vsw.id);
    if (h) {
      throw new ForbiddenSourceVSwitchIdIncludeHaVip(`The VSwitch ${vsw.id} holds HaVip ${h.id} (${h.ipAddress}), so it cannot be a SNAT entry's source VSwitch. Use SourceCIDR with the blocks you need instead, or move the HaVip to another VSwitch.`);
    }
  }),
  bind(LOOKUP_HOOKS.resolveNextHop, (tx, entry) => {
    if (entry.nextHopType !== 'HaVip') return undefined;
    const h = haVips(tx).get(entry.nextHopId);
    if (!h) return undefined;
    return { Type: 'HaVip', HaVipId: h.id, IpAddress: h.ipAddress, Status: haVipStatus(h, tx.now), MasterInstanceId: masterOf(h), AssociatedInstanceType: h.instanceType };
  }),
];
