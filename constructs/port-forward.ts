/**
 * `PortForward`: DNAT entries of a `NatEgress` gateway (guide: "Access from the Internet" with
 * DNAT). Without `ports` it is IP mapping (every port and protocol of the public IP goes to the
 * private IP); with `ports`, port mapping (each public port/protocol goes to a private port).
 *
 * Checked at synth time, across every PortForward of the gateway: a public IP:port:protocol is
 * forwarded once (IP mapping claims them all), a private IP:port:protocol receives once, the
 * private IP lies in the VPC, port ranges are the same size, the public IP belongs to the gateway
 * and is not used by its SNAT entries (the guide's exclusivity rule), and at most 100 entries.
 */
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { forwardEntry } from './generated';
import { checkForwardCount, checkForwardUnique, checkGatewayIp, checkInternalIp, checkPort, checkPortSizes, checkSnatDnatExclusive, type ForwardFacts } from './internet-rules';
import type { INetworkInstance } from './network-registry';
import type { NatEgress } from './nat-egress';

export interface PortMapping {
  readonly protocol: 'tcp' | 'udp';
  /** The public port, or a range "8000/8009". */
  readonly externalPort: number | string;
  /** The private port, or a range of the same size. */
  readonly internalPort: number | string;
}

export interface PortForwardProps {
  /** The NAT gateway whose public IP receives the traffic. */
  readonly gateway: NatEgress;
  /**
   * The public IP (one of `gateway.publicIps`).
   * @default the gateway's first public IP
   */
  readonly publicIp?: string;
  /** Where the traffic goes: an instance of the gateway's network, or a private IP of its VPC. */
  readonly target: INetworkInstance | string;
  /**
   * Port mappings. Left out, the entry is IP mapping (protocol "any", every port).
   * @default IP mapping
   */
  readonly ports?: PortMapping[];
}

/** The registry kind PortForwards register under. */
export const PORT_FORWARD_PART = 'PortForward';

interface Entry {
  readonly facts: ForwardFacts;
  readonly resource: forwardEntry.ForwardEntry;
}

export class PortForward extends Construct {
  public readonly gateway: NatEgress;
  /** The public IP the entries use. */
  public readonly publicIp: string;
  /** The private IP the entries forward to. */
  public readonly internalIp: string;
  public readonly entries: readonly forwardEntry.ForwardEntry[];
  private readonly facts: readonly ForwardFacts[];

  constructor(scope: Construct, id: string, props: PortForwardProps) {
    super(scope, id);
    const gateway = props.gateway;
    this.gateway = gateway;
    const publicIp = props.publicIp ?? gateway.publicIps[0];
    if (publicIp === undefined) {
      throw new Error(`${this.node.path}: NAT gateway "${gateway.node.id}" has no public IP to forward from. Fix: give the gateway eipCount of 1 or more, or publicIps.`);
    }
    this.publicIp = publicIp;
    const target = props.target;
    this.internalIp = typeof target === 'string' ? target : target.requestedPrivateIp ?? target.privateIp;
    const mappings: Array<{ key: string; protocol: ForwardFacts['protocol']; ext: string; int: string }> = props.ports?.length
      ? props.ports.map((p) => ({ key: `${p.protocol}-${String(p.externalPort).replace('/', '-')}`, protocol: p.protocol, ext: String(p.externalPort), int: String(p.internalPort) }))
      : [{ key: 'ip-mapping', protocol: 'any', ext: 'any', int: 'any' }];
    const entries: Entry[] = mappings.map((m) => {
      const facts: ForwardFacts = {
        name: `port forward "${id}" ${m.protocol === 'any' ? '(IP mapping)' : `${m.protocol}/${m.ext}`}`,
        externalIp: publicIp,
        externalPort: m.ext,
        protocol: m.protocol,
        internalIp: this.internalIp,
        internalPort: m.int,
      };
      const resource = new forwardEntry.ForwardEntry(this, m.key, {
        forwardTableId: gateway.forwardTableId,
        externalIp: publicIp,
        externalPort: m.ext,
        ipProtocol: m.protocol,
        internalIp: this.internalIp,
        internalPort: m.int,
        forwardEntryName: `${id}-${m.key}`.slice(0, 128),
        dependsOn: gateway.associations,
        provider: gateway.network.provider,
      });
      return { facts, resource };
    });
    this.entries = entries.map((e) => e.resource);
    this.facts = entries.map((e) => e.facts);
    gateway.network.registry.registerPart(PORT_FORWARD_PART, this);

    this.node.addValidation({
      validate: () => {
        const out: string[] = [];
        const shown = Token.isUnresolved(publicIp) ? `${gateway.node.id}'s public IP #${gateway.publicIps.indexOf(publicIp) + 1}` : publicIp;
        out.push(...checkGatewayIp(`port forward "${id}" public IP`, shown, gateway.publicIps.map((ip) => (ip === publicIp ? shown : ip)), gateway.node.id));
        if (typeof target !== 'string' && target.network !== gateway.network) {
          out.push(`port forward "${id}" target ${target.node.path} is in network ${target.network.node.path}, not the gateway's ${gateway.network.node.path}: DNAT forwards only inside the gateway's VPC. Fix: target an instance of ${gateway.network.node.path}.`);
        }
        const forwards = gateway.network.registry.partsOf<PortForward>(PORT_FORWARD_PART).filter((p) => p.gateway === gateway);
        const all = forwards.flatMap((p) => p.facts);
        const vpcBlock = Token.isUnresolved(gateway.network.cidrBlock) ? undefined : gateway.network.cidrBlock;
        const snats = gateway.snatEntries.map((s) => s.facts);
        for (const f of this.facts) {
          if (f.protocol !== 'any') {
            out.push(...checkPort(`${f.name} public port`, f.externalPort), ...checkPort(`${f.name} private port`, f.internalPort), ...checkPortSizes(f));
          }
          if (!Token.isUnresolved(f.internalIp)) out.push(...checkInternalIp(f, vpcBlock));
          out.push(...checkSnatDnatExclusive(f, snats, shown));
          // Each clash is reported once, on the later entry.
          out.push(...checkForwardUnique(f, all.slice(0, all.indexOf(f))));
        }
        // The count is reported by the last PortForward of the gateway.
        if (forwards[forwards.length - 1] === this) out.push(...checkForwardCount(all.length, gateway.node.id));
        return out;
      },
    });
  }
}
