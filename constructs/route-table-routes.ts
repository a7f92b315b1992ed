/**
 * `RouteTableRoutes`: the custom route entries of a VPC's route table. A next hop is an instance
 * (a NetworkInstance or an instance ID) for now (gateways come with the connectivity work). Checked at synth time: at most 40 custom
 * routes, each destination once, not inside 100.64.0.0/10 or a VSwitch's block, and the next hop
 * in the same VPC.
 */
import { Construct } from 'constructs';
import { routeEntry } from './generated';
import type { Network } from './network';
import type { NetworkInstance } from './network-instance';
import { checkNextHopId, checkNextHopNetwork, checkRouteCount, checkRouteDestination } from './validation';
import { Token } from 'cdktf';

export interface RouteOptions {
  /** The destination block, e.g. "0.0.0.0/0". A bare address means /32. */
  readonly destination: string;
  /**
   * The instance that receives the traffic; it must be in the same VPC. Either a NetworkInstance
   * (checked at synth time to be in this network) or an instance ID string, such as "i-bp1abc" or a
   * token (an instance made elsewhere; only its form is checked, the VPC is checked at deploy time).
   */
  readonly nextHop: NetworkInstance | string;
  /**
   * The route entry's name.
   * @default the construct id
   */
  readonly name?: string;
  /** @default none */
  readonly description?: string;
}

export interface RouteTableRoutesProps {
  /** The network whose system route table holds the routes. */
  readonly network: Network;
}

/** One custom route entry. */
export class NetworkRoute extends Construct {
  public readonly resource: routeEntry.RouteEntry;
  public readonly destination: string;
  public readonly nextHop: NetworkInstance | string;

  constructor(table: RouteTableRoutes, id: string, options: RouteOptions) {
    super(table, id);
    this.destination = options.destination;
    this.nextHop = options.nextHop;
    const network = table.network;
    this.resource = new routeEntry.RouteEntry(this, 'Resource', {
      routeTableId: network.routeTableId,
      destinationCidrblock: options.destination,
      nexthopType: 'Instance',
      nexthopId: typeof options.nextHop === 'string' ? options.nextHop : options.nextHop.instanceId,
      name: options.name ?? id,
      description: options.description,
      provider: network.provider,
    });
    this.node.addValidation({
      validate: () => {
        const out: string[] = [];
        const facts = { name: id, destination: options.destination };
        if (!Token.isUnresolved(options.destination)) {
          const earlier = table.routes.slice(0, table.routes.indexOf(this)).filter((r) => !Token.isUnresolved(r.destination));
          out.push(
            ...checkRouteDestination(
              facts,
              network.vswitches.map((v) => ({ name: v.node.id, cidrBlock: v.cidrBlock })),
              earlier.map((r) => ({ name: r.node.id, destination: r.destination })),
            ),
          );
        }
        const hop = options.nextHop;
        if (typeof hop === 'string') {
          if (!Token.isUnresolved(hop)) out.push(...checkNextHopId(facts, hop));
        } else {
          out.push(...checkNextHopNetwork(facts, hop.node.path, hop.network.node.path, network.node.path));
        }
        return out;
      },
    });
  }
}

export class RouteTableRoutes extends Construct {
  public readonly network: Network;
  private readonly _routes: NetworkRoute[] = [];

  constructor(scope: Construct, id: string, props: RouteTableRoutesProps) {
    super(scope, id);
    this.network = props.network;
    this.node.addValidation({ validate: () => checkRouteCount(this._routes.length, `${this.network.vpcName} (system)`) });
  }

  public get routes(): readonly NetworkRoute[] {
    return this._routes;
  }

  public addRoute(id: string, options: RouteOptions): NetworkRoute {
    const route = new NetworkRoute(this, id, options);
    this._routes.push(route);
    return route;
  }
}
