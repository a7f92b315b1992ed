/**
 * `Network`: one VPC and its VSwitches across zones, with the VPC's route table, custom routes and
 * instances placed in it. CIDR blocks are given, or carved from the VPC block by mask size or host
 * count. Every network rule the sandbox enforces is checked at synth time (see validation.ts).
 */
import { Fn, Op, TerraformOutput, Token, type ITerraformDependable, type TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { securityGroup, vpc, vswitch } from './generated';
import { carve, prefixForHostCount, usableAddressCountForPrefix } from '../network-rules/carve';
import { VSWITCH_MAX_PREFIX, VSWITCH_MIN_PREFIX } from '../network-rules/limits';
import { parseCidr, type Cidr } from './cidr';
import { ecsName, vpcProductName } from './names';
import { NetworkRegistry, type INetwork, type INetworkVSwitch, type RouteOptions } from './network-registry';
import { checkDescription, checkInstanceCount, checkName, checkVpcCidr, checkVSwitchCidr, checkVSwitchCount } from './validation';
import { NetworkInstance, type NetworkInstanceOptions } from './network-instance';
import { RouteTableRoutes, type NetworkRoute } from './route-table-routes';

/**
 * Where a VSwitch goes and how large it is. Give at most one of cidrBlock, maskLength, hostCount
 * (giving two is an error).
 */
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
   * The VSwitch's name in the cloud: 1 to 128 characters, not starting with http:// or https://.
   * @default "<vpc name>-<construct id>", cut to 128 characters
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
   * The VPC's name in the cloud: 1 to 128 characters, not starting with http:// or https://.
   * @default the construct id, cut to 128 characters
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

/** Ids the Network uses for its own children; VSwitches and instances cannot take them. */
const NETWORK_PARTS = ['Vpc', 'VpcId', 'RouteTableId', 'RouterId', 'Routes', 'DefaultSecurityGroup'];

/** A VSwitch of a Network. */
export class NetworkVSwitch extends Construct implements INetworkVSwitch {
  /** The generated resource, for anything the L2 does not expose. */
  public readonly resource: vswitch.Vswitch;
  public readonly network: Network;
  /** The VSwitch's ID (known after deploy). */
  public readonly vswitchId: string;
  /** The VSwitch's block, e.g. "172.16.0.0/24". */
  public readonly cidrBlock: string;
  public readonly zoneId: string;
  /**
   * Addresses instances can use: the block's size minus the 4 reserved ones. A number token
   * (computed by Terraform) when the block is only known at deploy time.
   */
  public readonly usableAddressCount: number;

  constructor(network: Network, id: string, block: string, options: VSwitchOptions) {
    super(network, id);
    this.network = network;
    this.cidrBlock = block;
    this.zoneId = options.zoneId;
    this.usableAddressCount = Token.isUnresolved(block) ? usableAddressCountOf(block) : usableCount(block);
    this.resource = new vswitch.Vswitch(this, 'Resource', {
      vpcId: network.vpcId,
      cidrBlock: block,
      zoneId: options.zoneId,
      vswitchName: options.vswitchName ?? vpcProductName(network.vpcName, id),
      description: options.description,
      tags: network.tags || options.tags ? { ...network.tags, ...options.tags } : undefined,
      provider: network.provider,
    });
    this.vswitchId = this.resource.id;
    this.node.addValidation({
      validate: () => {
        // Blocks only known at deploy time cannot be checked here.
        if (Token.isUnresolved(block)) return userNameProblems(`VSwitch "${id}"`, options.vswitchName, options.description);
        const earlier = network.vswitches.slice(0, network.vswitches.indexOf(this)).filter((v) => !Token.isUnresolved(v.cidrBlock));
        const vpcBlock = Token.isUnresolved(network.cidrBlock) ? undefined : network.cidrBlock;
        const instances = network.registry.instancesIn(this).length;
        return [
          ...userNameProblems(`VSwitch "${id}"`, options.vswitchName, options.description),
          ...checkVSwitchCidr({ name: id, cidrBlock: block }, vpcBlock, earlier.map((v) => ({ name: v.node.id, cidrBlock: v.cidrBlock }))),
          ...(typeof parseCidr(block, { requireMask: true }) === 'string' ? [] : checkInstanceCount({ name: id, cidrBlock: block }, instances, this.usableAddressCount)),
        ];
      },
    });
  }
}

export class Network extends Construct implements INetwork {
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
  /** The network's VSwitches, instances, route tables and other parts, for constructs placed in it. */
  public readonly registry: NetworkRegistry;
  private readonly _vswitches: NetworkVSwitch[] = [];
  private _securityGroup?: securityGroup.SecurityGroup;
  private readonly outputs: boolean;

  constructor(scope: Construct, id: string, props: NetworkProps = {}) {
    super(scope, id);
    this.cidrBlock = props.cidrBlock ?? '172.16.0.0/12';
    this.vpcName = props.vpcName ?? vpcProductName(id);
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
    this.registry = new NetworkRegistry(this, {
      reservedIds: NETWORK_PARTS,
      systemRouteTable: () => new RouteTableRoutes(this, 'Routes', { network: this }),
    });
    this.node.addValidation({
      validate: () => [
        ...(props.vpcName === undefined || Token.isUnresolved(props.vpcName) ? [] : checkName('VPC', props.vpcName, 'vpc', 'vpcName')),
        ...(props.description === undefined || Token.isUnresolved(props.description) ? [] : checkDescription('VPC', props.description)),
        ...(Token.isUnresolved(this.cidrBlock) ? [] : checkVpcCidr(this.cidrBlock)),
        ...checkVSwitchCount(this._vswitches.length, this.vpcName),
      ],
    });

    const entries = Object.entries(props.vswitches ?? {});
    // Given blocks first, so carving steers around them; then carved ones in key order. A carved
    // block depends only on the given blocks and the carved VSwitches before it, so adding a
    // VSwitch after the existing ones never moves them.
    const given = entries.filter(([, o]) => o.cidrBlock !== undefined);
    const carved = entries.filter(([, o]) => o.cidrBlock === undefined);
    const pending = new Set(given.map(([, o]) => o.cidrBlock!));
    for (const [vid, o] of [...given, ...carved]) {
      this.addVSwitch(vid, o, [...pending]);
      if (o.cidrBlock) pending.delete(o.cidrBlock);
    }

    if (this.outputs) {
      // An output description is a literal string: name the VPC by its construct id when its name is a token.
      const named = Token.isUnresolved(this.vpcName) ? id : this.vpcName;
      new TerraformOutput(this, 'VpcId', { value: this.vpcId, description: `ID of VPC ${named}` });
      new TerraformOutput(this, 'RouteTableId', { value: this.routeTableId, description: `ID of the system route table of ${named}` });
      new TerraformOutput(this, 'RouterId', { value: this.routerId, description: `ID of the vRouter of ${named}` });
    }
  }

  /** The VSwitches, in the order they were added. */
  public get vswitches(): readonly NetworkVSwitch[] {
    return this._vswitches;
  }

  /** The NetworkInstances placed with addInstance (or `new NetworkInstance`), in order; `registry.instances` has every kind. */
  public get instances(): readonly NetworkInstance[] {
    return this.registry.instances.filter((i): i is NetworkInstance => i instanceof NetworkInstance);
  }

  /** The custom routes of the VPC's system route table (made on first use). */
  public get routes(): RouteTableRoutes {
    // The registry made it with the factory above, so it is a RouteTableRoutes.
    return this.registry.systemRouteTable as RouteTableRoutes;
  }

  /**
   * Adds a VSwitch. Without a cidrBlock, the lowest free block of the asked size is carved from the
   * VPC block, steering around the VSwitches added so far (and `reserved`).
   */
  public addVSwitch(id: string, options: VSwitchOptions, reserved: readonly string[] = []): NetworkVSwitch {
    this.registry.checkChildId(id, 'VSwitch');
    if (options.cidrBlock !== undefined && (options.maskLength !== undefined || options.hostCount !== undefined)) {
      const other = options.maskLength !== undefined ? `maskLength ${options.maskLength}` : `hostCount ${options.hostCount}`;
      throw new Error(
        `${this.node.path}/${id}: VSwitch gives both cidrBlock "${options.cidrBlock}" and ${other}: give one of cidrBlock, maskLength and hostCount. Fix: drop ${options.maskLength !== undefined ? 'maskLength' : 'hostCount'} to use the block, or drop cidrBlock to carve one.`,
      );
    }
    const block = options.cidrBlock ?? this.carveBlock(id, options, reserved);
    const vsw = new NetworkVSwitch(this, id, block, options);
    this._vswitches.push(vsw);
    this.registry.registerVSwitch(vsw);
    if (this.outputs) {
      const where = Token.isUnresolved(block) ? options.zoneId : `${block}, ${options.zoneId}`;
      new TerraformOutput(vsw, 'Id', { value: vsw.vswitchId, description: `ID of VSwitch ${id} (${where})` });
      new TerraformOutput(vsw, 'CidrBlock', { value: vsw.resource.cidrBlock, description: `CIDR block of VSwitch ${id}` });
      new TerraformOutput(vsw, 'UsableAddressCount', { value: vsw.usableAddressCount, description: `Usable addresses of VSwitch ${id}` });
    }
    return vsw;
  }

  /** The VSwitch added under this id. */
  public vswitch(id: string): NetworkVSwitch {
    const v = this._vswitches.find((s) => s.node.id === id);
    if (!v) {
      throw new Error(
        `${this.node.path}: no VSwitch "${id}"; this network has ${this._vswitches.map((s) => `"${s.node.id}"`).join(', ') || 'none'}. Fix: use one of those ids, or add the VSwitch (vswitches prop or addVSwitch) before asking for it.`,
      );
    }
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
      securityGroupName: ecsName('sg', this.vpcName, 'default'),
      description: `Default group for instances of ${this.vpcName}`,
      provider: this.provider,
    });
    return this._securityGroup;
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
          `${where}: VSwitch hostCount "${options.hostCount}" cannot be met: a VSwitch holds 1 to ${usableAddressCountForPrefix(VSWITCH_MIN_PREFIX)} usable addresses (a /16 minus 4 reserved). Fix: ask for fewer hosts, or split them across VSwitches.`,
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
    const vpcBlock = parseCidr(this.cidrBlock, { requireMask: true });
    if (typeof vpcBlock === 'string') {
      throw new Error(`${this.node.path}: VPC cidr_block "${this.cidrBlock}" is not valid (${vpcBlock}), so no VSwitch can be carved from it. Fix: give the VPC a block such as 172.16.0.0/12.`);
    }
    if (prefix < vpcBlock.prefix) {
      throw new Error(
        `${where}: VSwitch mask /${prefix} is larger than VPC block ${vpcBlock.text}: a VSwitch must lie inside its VPC. Fix: use a maskLength of ${Math.max(vpcBlock.prefix, VSWITCH_MIN_PREFIX)} or more (fewer hosts), or a larger VPC block.`,
      );
    }
    const unknown = [...this._vswitches.map((v) => ({ name: v.node.id, block: v.cidrBlock })), ...reserved.map((b) => ({ name: 'given', block: b }))].filter((v) =>
      Token.isUnresolved(v.block),
    );
    if (unknown.length > 0) {
      throw new Error(
        `${where}: cannot carve a VSwitch block next to VSwitch "${unknown[0].name}", whose block is only known at deploy time: the carved block could overlap it. Fix: give this VSwitch a cidrBlock too, or give "${unknown[0].name}" a literal block.`,
      );
    }
    const taken: Cidr[] = [...this._vswitches.map((v) => v.cidrBlock), ...reserved]
      .map((b) => parseCidr(b))
      .filter((b): b is Cidr => typeof b !== 'string');
    const block = carve(vpcBlock, prefix, taken);
    if (!block) {
      throw new Error(
        `${where}: no free /${prefix} is left in VPC block ${vpcBlock.text} (taken: ${taken.map((t) => t.text).join(', ') || 'nothing'}): a VSwitch must lie inside its VPC without overlapping another. Fix: use a smaller maskLength/hostCount or a larger VPC block.`,
      );
    }
    return block.text;
  }
}

/** A VSwitch's user-given name and description against the API's rules (tokens are skipped). */
function userNameProblems(subject: string, name: string | undefined, description: string | undefined): string[] {
  return [
    ...(name === undefined || Token.isUnresolved(name) ? [] : checkName(subject, name, 'vpc', 'vswitchName')),
    ...(description === undefined || Token.isUnresolved(description) ? [] : checkDescription(subject, description)),
  ];
}


/** Usable addresses of a literal block (0 when it is not a valid block; validation reports that). */
function usableCount(block: string): number {
  const parsed = parseCidr(block, { requireMask: true });
  return typeof parsed === 'string' ? 0 : usableAddressCountForPrefix(parsed.prefix);
}

/** Usable addresses of a block known only at deploy time: 2^(32 - mask) - 4, computed by Terraform. */
function usableAddressCountOf(block: string): number {
  const mask = Fn.tonumber(Fn.element(Fn.split('/', block), 1));
  return Token.asNumber(Op.sub(Fn.pow(2, Op.sub(32, mask)), 4));
}
