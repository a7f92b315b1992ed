/**
 * `RouteTableRoutes`: the custom route entries of a VPC's route table. A next hop is an instance
 * (a NetworkInstance or an instance ID) for now; gateways come with the connectivity work, as new
 * `NextHop` kinds in network-registry.ts. Checked at synth time: at most 40 custom routes, each
 * destination once, not inside 100.64.0.0/10 or a VSwitch's block, the next hop in the same VPC,
 * and a name the API accepts.
 */
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { routeEntry } from './generated';
import { routeEntryName } from './names';
import type { INetwork, INetworkRoute, INetworkRouteTable, NextHop, RouteOptions } from './network-registry';
import { checkDescription, checkName, checkNextHopId, checkNextHopNetwork, checkRouteCount, checkRouteDestination } from './validation';

export type { NextHop, RouteOptions };

export interface RouteTableRoutesProps {
  /** The network whose system route table holds the routes. */
  readonly network: INetwork;
}

/** One custom route entry. */
export class NetworkRoute extends Construct implements INetworkRoute {
  public readonly resource: routeEntry.RouteEntry;
  public readonly destination: string;
  public readonly nextHop: NextHop;

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
      name: options.name ?? routeEntryName(id),
      description: options.description,
      provider: network.provider,
    });
    this.node.addValidation({
      validate: () => {
        const out: string[] = [];
        const facts = { name: id, destination: options.destination };
        if (options.name !== undefined && !Token.isUnresolved(options.name)) out.push(...checkName(`route "${id}"`, options.name, 'route-entry', 'name'));
        if (options.description !== undefined && !Token.isUnresolved(options.description)) out.push(...checkDescription(`route "${id}"`, options.description));
        if (!Token.isUnresolved(options.destination)) {
          const earlier = table.routes.slice(0, table.routes.indexOf(this)).filter((r) => !Token.isUnresolved(r.destination));
          out.push(
            ...checkRouteDestination(
              facts,
              network.registry.vswitches.map((v) => ({ name: v.node.id, cidrBlock: v.cidrBlock })),
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

/** The custom routes of a network's system route table. */
export class RouteTableRoutes extends Construct implements INetworkRouteTable {
  public readonly network: INetwork;
  public readonly routeTableId: string;
  private readonly _routes: NetworkRoute[] = [];

  constructor(scope: Construct, id: string, props: RouteTableRoutesProps) {
    super(scope, id);
    this.network = props.network;
    this.routeTableId = props.network.routeTableId;
    props.network.registry.registerRouteTable(this);
    this.node.addValidation({ validate: () => checkRouteCount(this._routes.length, this.tableName) });
  }

  /** How messages name the table: "<vpc name> (system)". */
  public get tableName(): string {
    return `${this.network.vpcName} (system)`;
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
