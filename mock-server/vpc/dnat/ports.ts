/**
 * DNAT's port and protocol rules: IP mapping (IpProtocol any, ports Any) or port mapping (tcp or
 * udp, a port 1–65535 or a range "a/b" on both sides, of equal size).
 */
import type { ApiErrorClass } from '../../errors';
import { InvalidExternalPortMalformed, InvalidInternalPortMalformed, InvalidProtocalValueNotSupported } from './errors';

export type Protocol = 'tcp' | 'udp' | 'any';
export interface PortRange {
  lo: number;
  hi: number;
}

export function parseProtocol(text: string): Protocol {
  const p = text.toLowerCase();
  if (p === 'tcp' || p === 'udp' || p === 'any') return p;
  throw new InvalidProtocalValueNotSupported(`The IpProtocol "${text}" is not supported: use tcp or udp (port mapping), or any (IP mapping, with ports Any).`);
}

function parseRange(text: string, field: string, Err: ApiErrorClass): PortRange {
  const m = /^(\d{1,5})(?:\/(\d{1,5}))?$/.exec(text.trim());
  const lo = m ? Number(m[1]) : NaN;
  const hi = m ? Number(m[2] ?? m[1]) : NaN;
  if (!m || lo < 1 || hi > 65535 || lo > hi) {
    throw new Err(`The ${field} "${text}" is not a valid port: give a port from 1 to 65535 (such as 80), a range such as 8000/8010, or Any with IpProtocol any.`);
  }
  return { lo, hi };
}

export interface Mapping {
  protocol: Protocol;
  /** Undefined for IP mapping (all ports). */
  external?: PortRange;
  internal?: PortRange;
  /** The ports as the API shows them ('Any', '80', '80/90'). */
  externalText: string;
  internalText: string;
}

const isAny = (t: string) => t.trim().toLowerCase() === 'any';

export function parseMapping(protocolText: string, externalPort: string, internalPort: string): Mapping {
  const protocol = parseProtocol(protocolText);
  if (protocol === 'any') {
    if (!isAny(externalPort)) throw new InvalidExternalPortMalformed(`IpProtocol any is IP mapping (every port), so ExternalPort must be Any, not "${externalPort}". Use tcp or udp for port mapping.`);
    if (!isAny(internalPort)) throw new InvalidInternalPortMalformed(`IpProtocol any is IP mapping (every port), so InternalPort must be Any, not "${internalPort}". Use tcp or udp for port mapping.`);
    return { protocol, externalText: 'Any', internalText: 'Any' };
  }
  if (isAny(externalPort) || isAny(internalPort)) {
    throw new (isAny(externalPort) ? InvalidExternalPortMalformed : InvalidInternalPortMalformed)(`Ports Any mean IP mapping, which needs IpProtocol any; a ${protocol} entry maps a port or a range (1–65535).`);
  }
  const external = parseRange(externalPort, 'ExternalPort', InvalidExternalPortMalformed);
  const internal = parseRange(internalPort, 'InternalPort', InvalidInternalPortMalformed);
  const size = (r: PortRange) => r.hi - r.lo + 1;
  if (size(external) !== size(internal)) {
    throw new InvalidInternalPortMalformed(`ExternalPort ${externalPort} spans ${size(external)} port(s) but InternalPort ${internalPort} spans ${size(internal)}: a range maps onto a range of the same size.`);
  }
  const text = (r: PortRange) => (r.lo === r.hi ? String(r.lo) : `${r.lo}/${r.hi}`);
  return { protocol, external, internal, externalText: text(external), internalText: text(internal) };
}

/** The ports an entry's side stands for ('Any' → every port). */
export function rangeOf(text: string): PortRange {
  if (isAny(text)) return { lo: 1, hi: 65535 };
  const [a, b] = text.split('/').map(Number);
  return { lo: a, hi: b ?? a };
}

export function rangesOverlap(a: PortRange, b: PortRange): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** Whether two sides (protocol + ports) can receive the same packet. */
export function sidesClash(p1: string, port1: string, p2: string, port2: string): boolean {
  if (p1 === 'any' || p2 === 'any') return true;
  return p1 === p2 && rangesOverlap(rangeOf(port1), rangeOf(port2));
}
