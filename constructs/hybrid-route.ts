/**
 * `HybridRoute`: a custom route entry whose next hop is a router interface or a VPN gateway, made
 * by the hybrid-connectivity constructs (VpcPeering, VpnToIdc, LeasedLineToIdc) in a network's
 * system route table. It registers in the network's registry (kind `HybridRoute`), so that it is
 * checked together with the table's instance routes: each destination once (except the members of
 * one ECMP group), outside 100.64.0.0/10 and every VSwitch, at most 40 custom routes per table.
 * Routes in a VBR's table (which belongs to no network) are made with `routeEntry.RouteEntry`
 * directly by LeasedLineToIdc. `regionOf` gives the region a network's resources go to (a router
 * interface names its peer's region).
 */
import { TerraformStack, Token, type ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { MAX_CUSTOM_ROUTE_ENTRIES } from '../network-rules/limits';
import { provider, routeEntry } from './generated';
import { routeEntryName } from './names';
import type { INetwork } from './network-registry';
import { checkRouteCount, checkRouteDestination } from './validation';

/** The registry kind hybrid routes register under. */
export const HYBRID_ROUTE_PART = 'HybridRoute';

export interface HybridRouteOptions {
  readonly network: INetwork;
  readonly destination: string;
  readonly nextHopType: 'RouterInterface' | 'VpnGateway';
  readonly nextHopId: string;
  /** Routes of one ECMP group share a destination; give them the same group. @default none */
  readonly ecmpGroup?: string;
  readonly dependsOn?: ITerraformDependable[];
}

export class HybridRoute extends Construct {
  public readonly resource: routeEntry.RouteEntry;
  public readonly destination: string;
  public readonly ecmpGroup?: string;

  constructor(scope: Construct, id: string, options: HybridRouteOptions) {
    super(scope, id);
    const network = options.network;
    this.destination = options.destination;
    this.ecmpGroup = options.ecmpGroup;
    this.resource = new routeEntry.RouteEntry(this, 'Resource', {
      routeTableId: network.routeTableId,
      destinationCidrblock: options.destination,
      nexthopType: options.nextHopType,
      nexthopId: options.nextHopId,
      name: routeEntryName(id),
      dependsOn: options.dependsOn,
      provider: network.provider,
    });
    network.registry.registerPart(HYBRID_ROUTE_PART, this);
    this.node.addValidation({
      validate: () => {
        if (Token.isUnresolved(options.destination)) return [];
        const mine = network.registry.partsOf<HybridRoute>(HYBRID_ROUTE_PART);
        const table = network.registry.routeTables.flatMap((t) => t.routes);
        // Instance routes come first in the comparison, then the hybrid routes before this one.
        const earlier = [
          ...table.map((r) => ({ name: r.node.id, destination: r.destination })),
          ...mine.slice(0, mine.indexOf(this)).filter((r) => !(this.ecmpGroup && r.ecmpGroup === this.ecmpGroup)).map((r) => ({ name: r.node.path, destination: r.destination })),
        ].filter((r) => !Token.isUnresolved(r.destination));
        const out = checkRouteDestination({ name: this.node.path, destination: options.destination }, network.registry.vswitches.map((v) => ({ name: v.node.id, cidrBlock: v.cidrBlock })), earlier);
        // The count is reported once per network, on its first hybrid route.
        if (mine[0] === this && table.length + mine.length > MAX_CUSTOM_ROUTE_ENTRIES) out.push(...checkRouteCount(table.length + mine.length, `${network.vpcName} (system)`));
        return out;
      },
    });
  }
}

/** The region a network's resources go to: its provider's, the stack's alicloud provider's, or cn-hangzhou. */
export function regionOf(scope: Construct, network: INetwork): string {
  const own = network.provider instanceof provider.AlicloudProvider ? network.provider.region : undefined;
  if (own) return own;
  const stackProvider = TerraformStack.of(scope).node.findAll().find((c): c is provider.AlicloudProvider => c instanceof provider.AlicloudProvider);
  return stackProvider?.region ?? 'cn-hangzhou';
}
