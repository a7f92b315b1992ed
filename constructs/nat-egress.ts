/**
 * `NatEgress`: an Internet NAT gateway (Enhanced) in a network, its public IPs, and SNAT entries
 * for chosen VSwitches or blocks (guide: "Access the Internet" with SNAT). The public IPs are EIPs
 * the construct allocates and binds to the gateway (`eipCount`), and/or addresses the gateway
 * already holds (`publicIps`, e.g. those of the guide's shared bandwidth package, bought with
 * CreateBandwidthPackage: the provider has no resource for it, as the real provider dropped its
 * `bandwidth_packages` argument).
 *
 * DNAT goes through `PortForward` (or `addPortForward`). Checked at synth time: a VSwitch or block
 * in one SNAT entry only (across the network's gateways), a source block inside the VPC, SNAT IPs
 * that belong to the gateway, and, with PortForward, the SNAT/DNAT exclusivity of a public IP.
 */
import { TerraformOutput, Token, type ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { eipAddress, eipAssociation, natGateway, snatEntry } from './generated';
import { checkEipBandwidth, checkGatewayIp, checkPublicAddress, checkSnatCidr, checkSnatSourceUnique, type SnatFacts } from './internet-rules';
import { vpcProductName } from './names';
import type { INetwork, INetworkVSwitch } from './network-registry';
import { checkName } from './validation';

/** The registry kind NatEgress gateways register under. */
export const NAT_GATEWAY_PART = 'NatGateway';

export interface SnatOptions {
  /** The VSwitch whose instances use the entry (give this or sourceCidr). */
  readonly vswitch?: INetworkVSwitch;
  /** A block inside the VPC whose instances use the entry (give this or vswitch). */
  readonly sourceCidr?: string;
  /**
   * The gateway's public IPs the entry uses (members of `publicIps`).
   * @default [the gateway's first public IP]
   */
  readonly publicIps?: string[];
  /** 1 to 128 characters. @default the construct id */
  readonly name?: string;
}

export interface NatEgressProps {
  readonly network: INetwork;
  /** The VSwitch the gateway takes its private address from (Enhanced gateways need one). */
  readonly vswitch: INetworkVSwitch;
  /**
   * EIPs to allocate and bind to the gateway.
   * @default 1, or 0 when `publicIps` is given
   */
  readonly eipCount?: number;
  /**
   * Fixed addresses for the first EIPs (at most eipCount), e.g. the guide's 118.31.48.48.
   * @default allocated by the cloud
   */
  readonly eipAddresses?: string[];
  /** Peak bandwidth of each EIP in Mbit/s (1 to 500). @default 5 */
  readonly eipBandwidth?: number;
  /**
   * Public IPs the gateway already holds (a bandwidth package's addresses).
   * @default none
   */
  readonly publicIps?: string[];
  /** SNAT entries to create now, keyed by construct id. @default none: add them with addSnat */
  readonly snat?: { [id: string]: SnatOptions };
  /** The gateway's name: 1 to 128 characters. @default "<vpc name>-<construct id>" */
  readonly natGatewayName?: string;
  /** @default none */
  readonly description?: string;
  /** @default none */
  readonly tags?: { [key: string]: string };
  /** Emit TerraformOutputs for the gateway, its tables and public IPs. @default true */
  readonly outputs?: boolean;
}

/** One SNAT entry of a NatEgress. */
export class NatSnatEntry extends Construct {
  public readonly resource: snatEntry.SnatEntry;
  public readonly facts: SnatFacts;

  constructor(gateway: NatEgress, id: string, options: SnatOptions) {
    super(gateway, id);
    const where = `${gateway.node.path}/${id}`;
    if ((options.vswitch === undefined) === (options.sourceCidr === undefined)) {
      throw new Error(`${where}: a SNAT entry needs exactly one source, and got ${options.vswitch ? 'both vswitch and sourceCidr' : 'neither vswitch nor sourceCidr'}. Fix: give the VSwitch whose instances go out, or a block inside the VPC.`);
    }
    const ips = options.publicIps ?? gateway.publicIps.slice(0, 1);
    if (ips.length === 0) {
      throw new Error(`${where}: NAT gateway "${gateway.node.id}" has no public IP for SNAT: it gets them from eipCount or publicIps. Fix: give the gateway eipCount of 1 or more, or publicIps.`);
    }
    this.facts = { name: `SNAT entry "${id}"`, ips, vswitch: options.vswitch?.node.path, sourceCidr: options.sourceCidr };
    this.resource = new snatEntry.SnatEntry(this, 'Resource', {
      snatTableId: gateway.snatTableId,
      snatIp: ips.join(','),
      sourceVswitchId: options.vswitch?.vswitchId,
      sourceCidr: options.sourceCidr,
      snatEntryName: options.name ?? id,
      // Entries use the addresses only once they are bound to the gateway.
      dependsOn: gateway.associations,
      provider: gateway.network.provider,
    });
    this.node.addValidation({
      validate: () => {
        const out: string[] = [];
        if (options.name !== undefined && !Token.isUnresolved(options.name)) out.push(...checkName(this.facts.name, options.name, 'vpc', 'name'));
        if (options.vswitch && options.vswitch.network !== gateway.network) {
          out.push(`SNAT entry "${id}" VSwitch "${options.vswitch.node.path}" belongs to network ${options.vswitch.network.node.path}, not the gateway's ${gateway.network.node.path}: SNAT translates the gateway's own VPC only. Fix: pick a VSwitch of ${gateway.network.node.path}.`);
        }
        if (options.sourceCidr !== undefined && !Token.isUnresolved(options.sourceCidr)) {
          out.push(...checkSnatCidr(this.facts, Token.isUnresolved(gateway.network.cidrBlock) ? undefined : gateway.network.cidrBlock));
        }
        for (const ip of ips) out.push(...checkGatewayIp(`${this.facts.name} public IP`, ip, gateway.publicIps, gateway.node.id).map((m) => (Token.isUnresolved(ip) ? m.replace(ip, '(an address known after deploy)') : m)));
        // One entry per source across the network's gateways; reported on the later entry.
        const all = gateway.network.registry.partsOf<NatEgress>(NAT_GATEWAY_PART).flatMap((g) => g.snatEntries);
        const earlier = all.slice(0, all.indexOf(this)).map((e) => e.facts).filter((f) => f.sourceCidr === undefined || !Token.isUnresolved(f.sourceCidr));
        out.push(...checkSnatSourceUnique(this.facts, earlier));
        return out;
      },
    });
  }
}

export class NatEgress extends Construct {
  public readonly resource: natGateway.NatGateway;
  public readonly network: INetwork;
  public readonly natGatewayId: string;
  /** The SNAT table (the gateway has one; the provider's attribute is a comma-joined list). */
  public readonly snatTableId: string;
  /** The DNAT (forward) table. */
  public readonly forwardTableId: string;
  /** The EIPs allocated for the gateway, in order. */
  public readonly eips: readonly eipAddress.EipAddress[];
  /** Their bindings to the gateway: SNAT and DNAT entries depend on them. */
  public readonly associations: ITerraformDependable[];
  /**
   * Every public IP of the gateway: the EIPs' addresses (the fixed ones as given, the others known
   * after deploy), then `publicIps`. Pass these very strings to SNAT entries and PortForward.
   */
  public readonly publicIps: readonly string[];
  private readonly _snat: NatSnatEntry[] = [];

  constructor(scope: Construct, id: string, props: NatEgressProps) {
    const network = props.network;
    if (scope === network) network.registry.checkChildId(id, 'NatEgress');
    super(scope, id);
    this.network = network;
    const eipCount = props.eipCount ?? (props.publicIps?.length ? 0 : 1);
    const fixed = props.eipAddresses ?? [];
    if (!Number.isInteger(eipCount) || eipCount < 0 || fixed.length > eipCount) {
      throw new Error(
        `${this.node.path}: eipCount ${eipCount} ${fixed.length > eipCount ? `is less than the ${fixed.length} eipAddresses given` : 'is not a whole number of 0 or more'}: each fixed address is one EIP of the gateway. Fix: set eipCount to at least ${Math.max(fixed.length, 1)}.`,
      );
    }
    const name = props.natGatewayName ?? vpcProductName(network.vpcName, id);
    this.resource = new natGateway.NatGateway(this, 'Resource', {
      vpcId: network.vpcId,
      vswitchId: props.vswitch.vswitchId,
      natType: 'Enhanced',
      natGatewayName: name,
      description: props.description,
      // With SNAT/DNAT entries or EIPs left by hand, a plain delete is refused; Force lets
      // `cdktf destroy` always finish.
      force: true,
      tags: network.tags || props.tags ? { ...network.tags, ...props.tags } : undefined,
      provider: network.provider,
    });
    this.natGatewayId = this.resource.id;
    this.snatTableId = this.resource.snatTableIds;
    this.forwardTableId = this.resource.forwardTableIds;
    const eips: eipAddress.EipAddress[] = [];
    const associations: eipAssociation.EipAssociation[] = [];
    const ips: string[] = [];
    for (let i = 0; i < eipCount; i++) {
      const eip = new eipAddress.EipAddress(this, `Eip${i + 1}`, {
        addressName: `${name}-eip${i + 1}`,
        bandwidth: String(props.eipBandwidth ?? 5),
        internetChargeType: 'PayByTraffic',
        ipAddress: fixed[i],
        tags: props.tags,
        provider: network.provider,
      });
      eips.push(eip);
      associations.push(new eipAssociation.EipAssociation(this, `Eip${i + 1}Association`, { allocationId: eip.id, instanceId: this.natGatewayId, instanceType: 'Nat', provider: network.provider }));
      ips.push(fixed[i] ?? eip.ipAddress);
    }
    this.eips = eips;
    this.associations = associations;
    this.publicIps = [...ips, ...(props.publicIps ?? [])];
    network.registry.registerPart(NAT_GATEWAY_PART, this);

    this.node.addValidation({
      validate: () => {
        const out: string[] = [];
        if (props.natGatewayName !== undefined && !Token.isUnresolved(props.natGatewayName)) out.push(...checkName(`NAT gateway "${id}"`, props.natGatewayName, 'vpc', 'natGatewayName'));
        if (props.vswitch.network !== network) {
          out.push(`NAT gateway "${id}" VSwitch "${props.vswitch.node.path}" belongs to network ${props.vswitch.network.node.path}: a NAT gateway takes its address from a VSwitch of its own VPC. Fix: pick a VSwitch of ${network.node.path}.`);
        }
        if (props.eipBandwidth !== undefined) out.push(...checkEipBandwidth(`NAT gateway "${id}" eipBandwidth`, props.eipBandwidth));
        for (const ip of [...fixed, ...(props.publicIps ?? [])]) if (!Token.isUnresolved(ip)) out.push(...checkPublicAddress(`NAT gateway "${id}" public IP`, ip));
        const seen = this.publicIps.filter((ip, i) => this.publicIps.indexOf(ip) !== i);
        if (seen.length) out.push(`NAT gateway "${id}" public IP "${seen[0]}" is listed twice: each address belongs to the gateway once. Fix: remove the duplicate from eipAddresses/publicIps.`);
        return out;
      },
    });
    for (const [sid, o] of Object.entries(props.snat ?? {})) this.addSnat(sid, o);
    if (props.outputs ?? true) {
      new TerraformOutput(this, 'NatGatewayId', { value: this.natGatewayId, description: `ID of NAT gateway ${id}` });
      new TerraformOutput(this, 'SnatTableId', { value: this.snatTableId, description: `SNAT table of NAT gateway ${id}` });
      new TerraformOutput(this, 'ForwardTableId', { value: this.forwardTableId, description: `DNAT table of NAT gateway ${id}` });
      new TerraformOutput(this, 'PublicIps', { value: [...this.publicIps], description: `Public IPs of NAT gateway ${id}` });
    }
  }

  /** The SNAT entries, in the order they were added. */
  public get snatEntries(): readonly NatSnatEntry[] {
    return this._snat;
  }

  /** Adds a SNAT entry for a VSwitch or a block of the VPC. */
  public addSnat(id: string, options: SnatOptions): NatSnatEntry {
    const entry = new NatSnatEntry(this, id, options);
    this._snat.push(entry);
    return entry;
  }
}
