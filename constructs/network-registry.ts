/**
 * What the constructs of one network share: the VPC's facts, its VSwitches, instances, route
 * tables and any other part placed in it, behind interfaces. `Network` implements `INetwork` and
 * owns a `NetworkRegistry`; `NetworkInstance`, `RouteTableRoutes` and the connectivity constructs
 * to come (NAT gateway, EIP, VPN gateway, peering) depend on this module only, never on
 * network.ts, so the construct modules import one way: network.ts → (network-instance.ts,
 * route-table-routes.ts) → network-registry.ts. This module imports no other L2 module.
 *
 * A new construct that lives in a network takes an `INetwork` (or finds it with
 * `NetworkRegistry.of(scope)`), reads the VPC's ids from it, looks parts up in `network.registry`,
 * and registers itself (`registerPart('NatGateway', this)`) so others can find it and so its
 * child id joins the network's namespace (`checkChildId`).
 */
import type { TerraformProvider } from 'cdktf';
import type { IConstruct } from 'constructs';
import type { securityGroup } from './generated';

/** A network: one VPC, with the facts the constructs placed in it need. */
export interface INetwork extends IConstruct {
  /** Everything registered in this network. */
  readonly registry: NetworkRegistry;
  /** The VPC's ID (known after deploy). */
  readonly vpcId: string;
  /** The VPC's name in the cloud (may be a token). */
  readonly vpcName: string;
  /** The VPC's block (may be a token). */
  readonly cidrBlock: string;
  /** The VPC's vRouter, created with the VPC. */
  readonly routerId: string;
  /** The VPC's system route table, created with the VPC. */
  readonly routeTableId: string;
  /** The provider the network's resources use; undefined for the stack's default. */
  readonly provider?: TerraformProvider;
  /** Tags for the network's resources. */
  readonly tags?: { [key: string]: string };
  /** A security group in this VPC for instances that name none (created on first use). */
  readonly defaultSecurityGroup: securityGroup.SecurityGroup;
}

/** A VSwitch of a network. */
export interface INetworkVSwitch extends IConstruct {
  readonly network: INetwork;
  /** The VSwitch's ID (known after deploy). */
  readonly vswitchId: string;
  /** The VSwitch's block (may be a token). */
  readonly cidrBlock: string;
  readonly zoneId: string;
  /** The block's size minus the 4 reserved addresses (a number token when the block is one). */
  readonly usableAddressCount: number;
}

/** An ECS instance placed in a VSwitch of a network. */
export interface INetworkInstance extends IConstruct {
  readonly network: INetwork;
  readonly vswitch: INetworkVSwitch;
  /** The instance's ID (known after deploy). */
  readonly instanceId: string;
  /** The instance's primary private IP (known after deploy unless fixed). */
  readonly privateIp: string;
  /** The fixed private IP asked for, if any. */
  readonly requestedPrivateIp?: string;
}

/**
 * Where a route sends traffic: an instance of the network (checked at synth time to be in the
 * route table's network), or an instance ID string such as "i-bp1abc" or a token (only its form is
 * checked; the cloud checks its VPC at deploy time).
 */
export type NextHop = INetworkInstance | string;

export interface RouteOptions {
  /** The destination block, e.g. "0.0.0.0/0". A bare address means /32. */
  readonly destination: string;
  /** The instance that receives the traffic; it must be in the same VPC. */
  readonly nextHop: NextHop;
  /**
   * The route entry's name: 2 to 128 characters, not starting with http:// or https://.
   * @default the construct id, or "route-<construct id>" when the id is shorter than 2 characters
   */
  readonly name?: string;
  /** @default none */
  readonly description?: string;
}

/** One custom route entry. */
export interface INetworkRoute extends IConstruct {
  readonly destination: string;
  readonly nextHop: NextHop;
}

/** A route table of a network and its custom routes. */
export interface INetworkRouteTable extends IConstruct {
  readonly network: INetwork;
  /** The table's ID (a token for the system table, known after deploy). */
  readonly routeTableId: string;
  /** How messages name the table, e.g. "main (system)". */
  readonly tableName: string;
  readonly routes: readonly INetworkRoute[];
  addRoute(id: string, options: RouteOptions): INetworkRoute;
}

export interface NetworkRegistryOptions {
  /** Child ids the network keeps for its own parts (made now or on first use). */
  readonly reservedIds: readonly string[];
  /** Makes the VPC's system route table on first use (the network decides where it lives). */
  readonly systemRouteTable: () => INetworkRouteTable;
}

/** The registry of one network's parts. Parts register themselves from their constructors. */
export class NetworkRegistry {
  /** The registry of the network that `scope` is, or lies in; undefined outside any network. */
  public static of(scope: IConstruct): NetworkRegistry | undefined {
    for (let s: IConstruct | undefined = scope; s; s = s.node.scope) {
      const registry: unknown = (s as Partial<INetwork>).registry;
      if (registry instanceof NetworkRegistry && registry.network === s) return registry;
    }
    return undefined;
  }

  private readonly _vswitches: INetworkVSwitch[] = [];
  private readonly _instances: INetworkInstance[] = [];
  private readonly _routeTables: INetworkRouteTable[] = [];
  private readonly _parts = new Map<string, IConstruct[]>();
  private _systemRouteTable?: INetworkRouteTable;

  constructor(
    public readonly network: INetwork,
    private readonly options: NetworkRegistryOptions,
  ) {}

  /** The VSwitches, in the order they were added. */
  public get vswitches(): readonly INetworkVSwitch[] {
    return this._vswitches;
  }

  /** The instances, in the order they were placed. */
  public get instances(): readonly INetworkInstance[] {
    return this._instances;
  }

  /** The route tables made so far (the system table appears once it is first used). */
  public get routeTables(): readonly INetworkRouteTable[] {
    return this._routeTables;
  }

  /** The VPC's system route table (its construct is made on first use). */
  public get systemRouteTable(): INetworkRouteTable {
    this._systemRouteTable ??= this.options.systemRouteTable();
    return this._systemRouteTable;
  }

  /** The VSwitch with this construct id, if any. */
  public findVSwitch(id: string): INetworkVSwitch | undefined {
    return this._vswitches.find((v) => v.node.id === id);
  }

  /** The instances placed in one VSwitch. */
  public instancesIn(vswitch: INetworkVSwitch): readonly INetworkInstance[] {
    return this._instances.filter((i) => i.vswitch === vswitch);
  }

  public registerVSwitch(vswitch: INetworkVSwitch): void {
    this._vswitches.push(vswitch);
  }

  public registerInstance(instance: INetworkInstance): void {
    this._instances.push(instance);
  }

  public registerRouteTable(table: INetworkRouteTable): void {
    this._routeTables.push(table);
  }

  /** Registers any other part by kind, e.g. registerPart('NatGateway', gateway). */
  public registerPart(kind: string, part: IConstruct): void {
    const list = this._parts.get(kind) ?? [];
    list.push(part);
    this._parts.set(kind, list);
  }

  /** The parts registered under a kind, in order. */
  public partsOf<T extends IConstruct = IConstruct>(kind: string): readonly T[] {
    return (this._parts.get(kind) ?? []) as T[];
  }

  /**
   * Throws a path/value/rule/fix error when `id` cannot name a new child of the network (a
   * VSwitch, an instance, or another part made under the network): the network's children share
   * one namespace of ids with its own parts.
   */
  public checkChildId(id: string, what: string): void {
    const where = `${this.network.node.path}/${id}`;
    const reserved = this.options.reservedIds;
    if (reserved.includes(id)) {
      throw new Error(`${where}: ${what} id "${id}" is a name the Network keeps for its own parts (${reserved.join(', ')}). Fix: pick another id, such as "${id.toLowerCase()}-1".`);
    }
    const existing = this.network.node.tryFindChild(id);
    if (existing) {
      const kind = this._vswitches.includes(existing as INetworkVSwitch) ? 'a VSwitch' : this._instances.includes(existing as INetworkInstance) ? 'an instance' : 'another construct';
      throw new Error(
        `${where}: ${what} id "${id}" is already taken by ${kind} of this network: VSwitches and instances of a network share one namespace of ids. Fix: give the ${what} another id.`,
      );
    }
  }
}
