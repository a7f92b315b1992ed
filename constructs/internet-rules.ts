/**
 * The Internet-access rules (EIP, NAT gateway, SNAT, DNAT) checked at synth time by ElasticIp,
 * NatEgress and PortForward. Pure functions over plain values, like validation.ts: each returns
 * messages naming the value, the rule and the fix. Addresses that are tokens (known only after
 * deploy) are compared by their token string, so one public IP handed around as the same string is
 * still recognised; callers skip checks that need a literal.
 */
import { containsCidr, containsIp, ipToInt, isIpv4 } from '../network-rules/cidr';
import { isPrivateBlock } from '../network-rules/limits';
import { parseCidr } from './cidr';
import { problem } from './validation';

/** The API's limit of DNAT entries per forward table. */
export const MAX_FORWARD_ENTRIES = 100;

/** A DNAT entry as the checks see it. */
export interface ForwardFacts {
  /** How messages name it, e.g. 'port forward "web" tcp/80'. */
  readonly name: string;
  readonly externalIp: string;
  /** "any" for IP mapping, else "80" or "8000/8009". */
  readonly externalPort: string;
  readonly protocol: 'tcp' | 'udp' | 'any';
  readonly internalIp: string;
  readonly internalPort: string;
}

/** A SNAT entry as the checks see it. */
export interface SnatFacts {
  readonly name: string;
  readonly ips: readonly string[];
  /** The VSwitch's construct path, when the entry is by VSwitch. */
  readonly vswitch?: string;
  readonly sourceCidr?: string;
}

/** [first, last] port of "80", "8000/8009"; undefined for "any" or a malformed value. */
export function portBounds(text: string): [number, number] | undefined {
  const m = /^(\d{1,5})(?:\/(\d{1,5}))?$/.exec(text);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  return a >= 1 && b <= 65535 && a <= b ? [a, b] : undefined;
}

/** A port or port range of a mapping: 1–65535, "a/b" with a ≤ b. */
export function checkPort(subject: string, text: string): string[] {
  if (portBounds(text)) return [];
  return [problem(subject, text, 'is not a port: ports go from 1 to 65535, and a range is written first/last with first ≤ last', 'use a port such as 80 or a range such as 8000/8009')];
}

/** Port mapping: both sides the same size (a range maps port by port). */
export function checkPortSizes(f: ForwardFacts): string[] {
  const e = portBounds(f.externalPort);
  const i = portBounds(f.internalPort);
  if (!e || !i || e[1] - e[0] === i[1] - i[0]) return [];
  return [
    problem(`${f.name} ports`, `${f.externalPort} → ${f.internalPort}`, `map ${e[1] - e[0] + 1} public port(s) to ${i[1] - i[0] + 1} private port(s): a range maps port by port, so both must be the same size`, 'give ranges of the same size'),
  ];
}

/** True when the two entries claim the same public IP, protocol and port (IP mapping claims them all). */
function externalClash(a: ForwardFacts, b: ForwardFacts): boolean {
  if (a.externalIp !== b.externalIp) return false;
  if (a.protocol === 'any' || b.protocol === 'any') return true;
  if (a.protocol !== b.protocol) return false;
  const x = portBounds(a.externalPort);
  const y = portBounds(b.externalPort);
  return !!x && !!y && x[0] <= y[1] && y[0] <= x[1];
}

/**
 * One DNAT entry against those declared before it on the same gateway: the public IP:port:protocol
 * and the private IP:port:protocol are each used once (the API's two uniqueness rules).
 */
export function checkForwardUnique(f: ForwardFacts, earlier: readonly ForwardFacts[]): string[] {
  const out: string[] = [];
  const clash = earlier.find((e) => externalClash(f, e));
  if (clash) {
    const what = f.protocol === 'any' || clash.protocol === 'any' ? 'every port of the address (IP mapping)' : `${f.protocol} port ${f.externalPort}`;
    out.push(
      problem(`${f.name} public address`, `${f.externalIp}:${f.externalPort}/${f.protocol}`, `is already forwarded by ${clash.name}, which claims ${what}: a public IP, port and protocol go to one private address only`, 'use another public port or another public IP of the gateway, or remove one of the two entries'),
    );
  }
  const same = earlier.find(
    (e) => e.internalIp === f.internalIp && e.protocol === f.protocol && e.internalPort.toLowerCase() === f.internalPort.toLowerCase(),
  );
  if (same && !clash) {
    out.push(
      problem(`${f.name} private address`, `${f.internalIp}:${f.internalPort}/${f.protocol}`, `is already the target of ${same.name}: a private IP, port and protocol receive from one DNAT entry only`, 'forward to another private port, or merge the two entries'),
    );
  }
  return out;
}

/** The private IP of a DNAT entry lies in the VPC. */
export function checkInternalIp(f: ForwardFacts, vpcBlock: string | undefined): string[] {
  const subject = `${f.name} private IP`;
  if (!isIpv4(f.internalIp)) return [problem(subject, f.internalIp, 'is not an IPv4 address', 'give the private IP of an instance of the VPC, e.g. 172.16.1.10, or pass the instance itself')];
  if (vpcBlock === undefined) return [];
  const vpc = parseCidr(vpcBlock);
  if (typeof vpc === 'string' || containsIp(vpc, ipToInt(f.internalIp))) return [];
  return [problem(subject, f.internalIp, `is outside the VPC's block ${vpc.text}: a DNAT entry forwards only to addresses inside the gateway's VPC`, `forward to an address inside ${vpc.text}`)];
}

/** The guide's rule: a public IP used by SNAT cannot be used by DNAT, and the other way round. */
export function checkSnatDnatExclusive(forward: ForwardFacts, snats: readonly SnatFacts[], shownIp: string): string[] {
  const snat = snats.find((s) => s.ips.includes(forward.externalIp));
  if (!snat) return [];
  return [
    problem(`${forward.name} public IP`, shownIp, `is already used by ${snat.name}: a public IP of a NAT gateway serves either SNAT or DNAT, not both`, 'give the gateway another public IP for DNAT (eipCount: 2) and pass it as publicIp, or use a different IP in the SNAT entry'),
  ];
}

/** At most 100 DNAT entries per forward table. */
export function checkForwardCount(count: number, gateway: string): string[] {
  if (count <= MAX_FORWARD_ENTRIES) return [];
  return [problem(`NAT gateway "${gateway}" DNAT entry count`, String(count), `is above the limit: a forward table holds at most ${MAX_FORWARD_ENTRIES} entries`, `remove ${count - MAX_FORWARD_ENTRIES} entries, or map port ranges instead of single ports`)];
}

/** One SNAT entry per VSwitch (and per source block) across the network's NAT gateways. */
export function checkSnatSourceUnique(s: SnatFacts, earlier: readonly SnatFacts[]): string[] {
  if (s.vswitch !== undefined) {
    const other = earlier.find((e) => e.vswitch === s.vswitch);
    if (other) {
      return [problem(`${s.name} VSwitch`, s.vswitch, `is already the source of ${other.name}: a VSwitch can be in one SNAT entry only`, 'remove one of the two entries, or give the second a sourceCidr that is not the VSwitch\'s')];
    }
  }
  if (s.sourceCidr !== undefined) {
    const c = parseCidr(s.sourceCidr);
    const other = earlier.find((e) => e.sourceCidr !== undefined && typeof c !== 'string' && (parseCidr(e.sourceCidr) as { text?: string }).text === c.text);
    if (other) return [problem(`${s.name} source block`, s.sourceCidr, `is already the source of ${other.name}: a block can be in one SNAT entry only`, 'remove one of the two entries')];
  }
  return [];
}

/** A SNAT source block: valid, inside the VPC. */
export function checkSnatCidr(s: SnatFacts, vpcBlock: string | undefined): string[] {
  if (s.sourceCidr === undefined) return [];
  const subject = `${s.name} source block`;
  const c = parseCidr(s.sourceCidr);
  if (typeof c === 'string') return [problem(subject, s.sourceCidr, `is not valid: ${c}`, 'give a block inside the VPC, e.g. 172.16.1.0/24')];
  if (vpcBlock === undefined) return [];
  const vpc = parseCidr(vpcBlock);
  if (typeof vpc === 'string') return [];
  if (containsCidr(vpc, c)) return [];
  return [problem(subject, s.sourceCidr, `is outside the VPC's block ${vpc.text}: SNAT translates traffic from the gateway's own VPC only`, `use a block inside ${vpc.text}, or a VSwitch of the network`)];
}

/** An IP asked of a gateway must be one of its public IPs. */
export function checkGatewayIp(subject: string, ip: string, gatewayIps: readonly string[], gateway: string): string[] {
  if (gatewayIps.includes(ip)) return [];
  return [problem(subject, ip, `is not a public IP of NAT gateway "${gateway}": SNAT and DNAT use the gateway's own public IPs`, 'pass one of the gateway\'s publicIps, or give the gateway more EIPs (eipCount)')];
}

/** An EIP's fixed address: IPv4, not a private one. */
export function checkPublicAddress(subject: string, ip: string): string[] {
  if (!isIpv4(ip)) return [problem(subject, ip, 'is not an IPv4 address', 'write it as a.b.c.d, e.g. 118.31.48.48, or leave it out to get one allocated')];
  const c = parseCidr(`${ip}/32`);
  if (typeof c !== 'string' && isPrivateBlock(c)) return [problem(subject, ip, 'is a private address: an EIP is a public address', 'give a public address, or leave it out to get one allocated')];
  return [];
}

/** The EIP bandwidth: 1 to 500 Mbit/s for pay-as-you-go. */
export function checkEipBandwidth(subject: string, bandwidth: number): string[] {
  if (Number.isInteger(bandwidth) && bandwidth >= 1 && bandwidth <= 500) return [];
  return [problem(subject, String(bandwidth), 'is out of range: a pay-as-you-go EIP takes 1 to 500 Mbit/s', 'give a whole number from 1 to 500')];
}

/** The guide's rule: an EIP binds only to an instance without a system public IP. */
export function checkEipTarget(instance: string, bandwidth: number): string[] {
  if (!(bandwidth > 0)) return [];
  return [
    problem(`ElasticIp target ${instance} internet_max_bandwidth_out`, String(bandwidth), 'gives the instance a system public IP: an EIP binds only to an instance that has no public IP (bandwidth 0)', 'set the instance\'s internetMaxBandwidthOut to 0 (or leave it out), or drop the ElasticIp and use the system public IP'),
  ];
}

/** The guide's rule: an instance takes one EIP. */
export function checkOneEipPerInstance(instance: string, earlier: string | undefined): string[] {
  if (earlier === undefined) return [];
  return [problem(`ElasticIp target`, instance, `already has the EIP of ${earlier}: an instance takes one EIP`, 'bind this EIP to another instance, or remove one of the two ElasticIps')];
}
