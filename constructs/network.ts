/**
 * `Network`: one VPC and its VSwitches across zones, with the VPC's route table, custom routes and
 * instances placed in it. CIDR blocks are given, or carved from the VPC block by mask size or host
 * count. Every network rule the sandbox enforces is checked at synth time (see validation.ts).
 */
import { TerraformOutput, Token, type ITerraformDependable, type TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { securityGroup, vpc, vswitch } from './generated';
import { carve, parseCidr, prefixForHostCount, usableAddressCount, VSWITCH_MAX_PREFIX, VSWITCH_MIN_PREFIX, type Cidr } from './cidr';
import { checkVpcCidr, checkVSwitchCidr } from './validation';
import { NetworkInstance, type NetworkInstanceOptions } from './network-instance';
import { RouteTableRoutes, type RouteOptions, type NetworkRoute } from './route-table-routes';

/** Where a VSwitch goes and how large it is. Give at most one of cidrBlock, maskLength, hostCount. */
export interface VSwitchOptions {
  /**
   * The zone of the VSwitch, e.g. "cn-hangzhou-b". Spread VSwitches across zones for disaster
   * recovery.
   */
  readonly zoneId: string;
  /**
   * The VSwitch's block, inside the VPC block, mask /16 to /29.
   * @default carved from the VPC block (see maskLength and hostCount)
   */
  readonly cidrBlock?: string;
  /**
   * Carve a block of this mask (16 to 29) from the VPC block: the lowest free aligned block.
   * @default 24 when neither cidrBlock nor hostCount is given
   */
  readonly maskLength?: number;
  /**
   * Carve the smallest block with at least this many usable addresses (the first and the last three
   * addresses of a VSwitch are reserved).
   * @default none
   */
  readonly hostCount?: number;
  /**
   * The VSwitch's name in the cloud.
   * @default "<vpc name>-<construct id>"
   */
  readonly vswitchName?: string;
  /** @default none */
  readonly description?: string;
  /** @default none */
  readonly tags?: { [key: string]: string };
}

export interface NetworkProps {
  /**
   * The VPC block: inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, mask /8 to /28.
   * @default "172.16.0.0/12"
   */
  readonly cidrBlock?: string;
  /**
   * The VPC's name in the cloud.
   * @default the construct id
   */
  readonly vpcName?: string;
  /** @default none */
  readonly description?: string;
  /** Tags for the VPC and its VSwitches. @default none */
  readonly tags?: { [key: string]: string };
  /**
   * VSwitches to create now, keyed by construct id (which is also the VSwitch name suffix). Given
   * blocks are reserved first; carved blocks follow, in key order.
   * @default none: add them with addVSwitch
   */
  readonly vswitches?: { [id: string]: VSwitchOptions };
  /**
   * Emit TerraformOutputs for the VPC, its route table and vRouter, and each VSwitch.
   * @default true
   */
  readonly outputs?: boolean;
  /** @default the stack's default provider */
  readonly provider?: TerraformProvider;
}

/** A VSwitch of a Network. */
export class NetworkVSwitch extends Construct {
  /** The generated resource, for anything the L2 does not expose. */
  public readonly resource: vswitch.Vswitch;
  public readonly network: Network;
  /** The VSwitch's ID (known after deploy). */
  public readonly vswitchId: string;
  /** The VSwitch's block, e.g. "172.16.0.0/24". */
  public readonly cidrBlock: string;
  public readonly zoneId: string;
  /** Addresses instances can use: the block's size minus the 4 reserved ones. */
  public readonly usableAddressCount: number;

  constructor(network: Network, id: string, block: string, options: VSwitchOptions) {
    super(network, id);
    this.network = network;
    this.cidrBlock = block;
    this.zoneId = options.zoneId;
    const parsed = parseCidr(block);
    this.usableAddressCount = typeof parsed === 'string' ? 0 : usableAddressCount(parsed.prefix);
    this.resource = new vswitch.Vswitch(this, 'Resource', {
      vpcId: network.vpcId,
      cidrBlock: block,
      zoneId: options.zoneId,
      vswitchName: options.vswitchName ?? `${network.vpcName}-${id}`,
      description: options.description,
      tags: network.tags || options.tags ? { ...network.tags, ...options.tags } : undefined,
      provider: network.provider,
    });
    this.vswitchId = this.resource.id;
    this.node.addValidation({
      validate: () => {
        // Blocks only known at deploy time cannot be checked here.
        if (Token.isUnresolved(block)) return [];
        const earlier = network.vswitches.slice(0, network.vswitches.indexOf(this)).filter((v) => !Token.isUnresolved(v.cidrBlock));
        const vpcBlock = Token.isUnresolved(network.cidrBlock) ? undefined : network.cidrBlock;
        return checkVSwitchCidr({ name: id, cidrBlock: block }, vpcBlock, earlier.map((v) => ({ name: v.node.id, cidrBlock: v.cidrBlock })));
      },
    });
  }
}

export class Network extends Construct {
  /** The generated VPC resource, for anything the L2 does not expose. */
  public readonly vpc: vpc.Vpc;
  public readonly cidrBlock: string;
  public readonly vpcName: string;
  public readonly tags?: { [key: string]: string };
  public readonly provider?: TerraformProvider;
  /** The VPC's ID (known after deploy). */
  public readonly vpcId: string;
  /** The VPC's vRouter, created with the VPC. */
  public readonly routerId: string;
  /** The VPC's system route table, created with the VPC; custom routes go here. */
  public readonly routeTableId: string;
  private readonly _vswitches: NetworkVSwitch[] = [];
  private readonly _instances: NetworkInstance[] = [];
  private _routes?: RouteTableRoutes;
  private _securityGroup?: securityGroup.SecurityGroup;
  private readonly outputs: boolean;

  constructor(scope: Construct, id: string, props: NetworkProps = {}) {
    super(scope, id);
    this.cidrBlock = props.cidrBlock ?? '172.16.0.0/12';
    this.vpcName = props.vpcName ?? id;
    this.tags = props.tags;
    this.provider = props.provider;
    this.outputs = props.outputs ?? true;
    this.vpc = new vpc.Vpc(this, 'Vpc', {
      cidrBlock: this.cidrBlock,
      vpcName: this.vpcName,
      description: props.description,
      tags: props.tags,
      provider: props.provider,
    });
    this.vpcId = this.vpc.id;
    this.routerId = this.vpc.routerId;
    this.routeTableId = this.vpc.routeTableId;
    this.node.addValidation({ validate: () => (Token.isUnresolved(this.cidrBlock) ? [] : checkVpcCidr(this.cidrBlock)) });

    const entries = Object.entries(props.vswitches ?? {});
    // Given blocks first, so carving steers around them; then carved ones in key order.
    const given = entries.filter(([, o]) => o.cidrBlock !== undefined);
    const carved = entries.filter(([, o]) => o.cidrBlock === undefined);
    const pending = new Set(given.map(([, o]) => o.cidrBlock!));
    for (const [vid, o] of [...given, ...carved]) {
      this.addVSwitch(vid, o, [...pending]);
      if (o.cidrBlock) pending.delete(o.cidrBlock);
    }

    if (this.outputs) {
      new TerraformOutput(this, 'VpcId', { value: this.vpcId, description: `ID of VPC ${this.vpcName}` });
      new TerraformOutput(this, 'RouteTableId', { value: this.routeTableId, description: `ID of the system route table of ${this.vpcName}` });
      new TerraformOutput(this, 'RouterId', { value: this.routerId, description: `ID of the vRouter of ${this.vpcName}` });
    }
  }

  /** The VSwitches, in the order they were added. */
  public get vswitches(): readonly NetworkVSwitch[] {
    return this._vswitches;
  }

  /** The instances placed with addInstance (or NetworkInstance), in order. */
  public get instances(): readonly NetworkInstance[] {
    return this._instances;
  }

  /** The custom routes of the VPC's route table. */
  public get routes(): RouteTableRoutes {
    this._routes ??= new RouteTableRoutes(this, 'Routes', { network: this });
    return this._routes;
  }

  /**
   * Adds a VSwitch. Without a cidrBlock, the lowest free block of the asked size is carved from the
   * VPC block, steering around the VSwitches added so far (and `reserved`).
   */
  public addVSwitch(id: string, options: VSwitchOptions, reserved: readonly string[] = []): NetworkVSwitch {
    const block = options.cidrBlock ?? this.carveBlock(id, options, reserved);
    const vsw = new NetworkVSwitch(this, id, block, options);
    this._vswitches.push(vsw);
    if (this.outputs) {
      new TerraformOutput(vsw, 'Id', { value: vsw.vswitchId, description: `ID of VSwitch ${id} (${block}, ${options.zoneId})` });
      new TerraformOutput(vsw, 'UsableAddressCount', { value: vsw.usableAddressCount, description: `Usable addresses of VSwitch ${id}` });
    }
    return vsw;
  }

  /** The VSwitch added under this id. */
  public vswitch(id: string): NetworkVSwitch {
    const v = this._vswitches.find((s) => s.node.id === id);
    if (!v) throw new Error(`${this.node.path}: no VSwitch "${id}"; this network has ${this._vswitches.map((s) => `"${s.node.id}"`).join(', ') || 'none'}`);
    return v;
  }

  /** Places an ECS instance in one of this network's VSwitches. */
  public addInstance(id: string, options: NetworkInstanceOptions): NetworkInstance {
    return new NetworkInstance(this, id, options);
  }

  /** Adds a custom route entry to the VPC's route table. */
  public addRoute(id: string, options: RouteOptions): NetworkRoute {
    return this.routes.addRoute(id, options);
  }

  /**
   * A security group in this VPC for instances that name none (created on first use). It gets the
   * sandbox's default rules for a non-default VPC.
   */
  public get defaultSecurityGroup(): securityGroup.SecurityGroup {
    this._securityGroup ??= new securityGroup.SecurityGroup(this, 'DefaultSecurityGroup', {
      vpcId: this.vpcId,
      securityGroupName: `${this.vpcName}-default`,
      description: `Default group for instances of ${this.vpcName}`,
      provider: this.provider,
    });
    return this._securityGroup;
  }

  /** @internal called by NetworkInstance */
  public _registerInstance(instance: NetworkInstance): void {
    this._instances.push(instance);
  }

  /** Everything in the network, for dependsOn. */
  public get dependables(): ITerraformDependable[] {
    return [this.vpc, ...this._vswitches.map((v) => v.resource)];
  }

  private carveBlock(id: string, options: VSwitchOptions, reserved: readonly string[]): string {
    const where = `${this.node.path}/${id}`;
    if (options.maskLength !== undefined && options.hostCount !== undefined) {
      throw new Error(`${where}: VSwitch gives both maskLength ${options.maskLength} and hostCount ${options.hostCount}: give one of them. Fix: drop one.`);
    }
    let prefix = options.maskLength ?? 24;
    if (options.hostCount !== undefined) {
      const p = prefixForHostCount(options.hostCount);
      if (!Number.isInteger(options.hostCount) || options.hostCount < 1 || p === undefined) {
        throw new Error(
          `${where}: VSwitch hostCount "${options.hostCount}" cannot be met: a VSwitch holds 1 to ${usableAddressCount(VSWITCH_MIN_PREFIX)} usable addresses (a /16 minus 4 reserved). Fix: ask for fewer hosts, or split them across VSwitches.`,
        );
      }
      prefix = p;
    }
    if (!Number.isInteger(prefix) || prefix < VSWITCH_MIN_PREFIX || prefix > VSWITCH_MAX_PREFIX) {
      throw new Error(`${where}: VSwitch maskLength "${prefix}" is outside /${VSWITCH_MIN_PREFIX}–/${VSWITCH_MAX_PREFIX}: a VSwitch mask must be /16 to /29. Fix: use a maskLength from 16 to 29.`);
    }
    if (Token.isUnresolved(this.cidrBlock)) {
      throw new Error(`${where}: cannot carve a VSwitch block from a VPC block that is only known at deploy time. Fix: give the VSwitch a cidrBlock.`);
    }
    const vpcBlock = parseCidr(this.cidrBlock);
    if (typeof vpcBlock === 'string') {
      throw new Error(`${this.node.path}: VPC cidr_block "${this.cidrBlock}" is not valid (${vpcBlock}), so no VSwitch can be carved from it. Fix: give the VPC a block such as 172.16.0.0/12.`);
    }
    const taken: Cidr[] = [...this._vswitches.map((v) => v.cidrBlock), ...reserved]
      .map((b) => parseCidr(b))
      .filter((b): b is Cidr => typeof b !== 'string');
    const block = carve(vpcBlock, prefix, taken);
    if (!block) {
      throw new Error(
        `${where}: no free /${prefix} is left in VPC block ${vpcBlock.canonical} (taken: ${taken.map((t) => t.canonical).join(', ') || 'nothing'}): a VSwitch must lie inside its VPC without overlapping another. Fix: use a smaller maskLength/hostCount or a larger VPC block.`,
      );
    }
    return block.canonical;
  }
}

