/**
 * BgpConfig and HealthCheckConfig of a single-tunnel VPN connection: JSON objects, kept as the
 * connection's configuration and shown back in VpnBgpConfig / VcoHealthCheck.
 *
 * The sandbox emulates neither: no BGP session is set up (no routes are learned; PeerAsn and
 * PeerBgpIp stay empty) and no health probes run (the check's Status stays
 * empty, routes are never revoked). They are stored so that configurations written for the real
 * cloud, which switch both on, plan and apply and read back what they sent. BGP's Status says
 * only whether BGP is on. The address rules the
 * API reference states are checked: the tunnel CIDR is a /30 inside 169.254.0.0/16, the local BGP
 * address lies in it, the ASN is 1 to 4294967295, and the health check's addresses are IPv4.
 */
import { containsCidr, containsIp, ipToInt, isIpv4, parseCidr } from '../../../network-rules/cidr';
import { InvalidParameter } from '../../errors';
import type { VpnBgpSettings, VpnHealthCheckSettings } from './records';

export const DEFAULT_BGP: VpnBgpSettings = { enable: false, localAsn: '45104', tunnelCidr: '', localBgpIp: '' };
export const DEFAULT_HEALTH_CHECK: VpnHealthCheckSettings = { enable: false, sip: '', dip: '', interval: 3, retry: 3, policy: 'revoke_route' };

const LINK_LOCAL = parseCidr('169.254.0.0/16')!;

function jsonObject(param: string, text: string, example: string): Record<string, unknown> {
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch {
    throw new InvalidParameter(`The parameter "${param}" is not valid JSON: give an object such as ${example}.`);
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new InvalidParameter(`The parameter "${param}" must be a JSON object, such as ${example}.`);
  return obj as Record<string, unknown>;
}

/** Looks a key up as written or with its first letter in the other case (the API's JSON keys vary). */
function pick(obj: Record<string, unknown>, key: string): unknown {
  const other = key[0] === key[0].toUpperCase() ? key[0].toLowerCase() + key.slice(1) : key[0].toUpperCase() + key.slice(1);
  return obj[key] ?? obj[other];
}

function flagOf(param: string, v: unknown, was: boolean): boolean {
  if (v === undefined || v === null || v === '') return was;
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  throw new InvalidParameter(`The parameter "${param}" must be true or false, got ${JSON.stringify(v)}.`);
}

function intOf(param: string, v: unknown, was: number, min: number, max: number): number {
  if (v === undefined || v === null || v === '') return was;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidParameter(`The parameter "${param}" must be an integer from ${min} to ${max}, got ${JSON.stringify(v)}.`);
  return n;
}

function textOf(v: unknown, was: string): string {
  return v === undefined || v === null ? was : String(v);
}

/** BgpConfig on create (from the defaults) or modify (from what the connection has). */
export function bgpSettingsFrom(text: string | undefined, was: VpnBgpSettings): VpnBgpSettings {
  if (text === undefined || text.trim() === '') return was;
  const o = jsonObject('BgpConfig', text, '{"EnableBgp":true,"LocalAsn":45104,"TunnelCidr":"169.254.11.0/30","LocalBgpIp":"169.254.11.1"}');
  const out: VpnBgpSettings = {
    enable: flagOf('BgpConfig.EnableBgp', pick(o, 'EnableBgp'), was.enable),
    localAsn: String(intOf('BgpConfig.LocalAsn', pick(o, 'LocalAsn'), Number(was.localAsn), 1, 4294967295)),
    tunnelCidr: textOf(pick(o, 'TunnelCidr'), was.tunnelCidr),
    localBgpIp: textOf(pick(o, 'LocalBgpIp'), was.localBgpIp),
  };
  if (out.tunnelCidr) {
    const c = parseCidr(out.tunnelCidr);
    if (!c || c.prefix !== 30 || !containsCidr(LINK_LOCAL, c)) {
      throw new InvalidParameter(`The parameter "BgpConfig.TunnelCidr" (${out.tunnelCidr}) must be a /30 block inside 169.254.0.0/16, such as 169.254.11.0/30.`);
    }
    if (out.localBgpIp && (!isIpv4(out.localBgpIp) || !containsIp(c, ipToInt(out.localBgpIp)))) {
      throw new InvalidParameter(`The parameter "BgpConfig.LocalBgpIp" (${out.localBgpIp}) must be an address inside BgpConfig.TunnelCidr ${out.tunnelCidr}.`);
    }
  } else if (out.localBgpIp) {
    throw new InvalidParameter('The parameter "BgpConfig.LocalBgpIp" needs BgpConfig.TunnelCidr, the /30 block it lies in.');
  }
  return out;
}

/** HealthCheckConfig on create or modify. */
export function healthCheckSettingsFrom(text: string | undefined, was: VpnHealthCheckSettings): VpnHealthCheckSettings {
  if (text === undefined || text.trim() === '') return was;
  const o = jsonObject('HealthCheckConfig', text, '{"enable":true,"sip":"172.16.0.5","dip":"10.0.0.5","interval":3,"retry":3}');
  const out: VpnHealthCheckSettings = {
    enable: flagOf('HealthCheckConfig.enable', pick(o, 'enable'), was.enable),
    sip: textOf(pick(o, 'sip'), was.sip),
    dip: textOf(pick(o, 'dip'), was.dip),
    interval: intOf('HealthCheckConfig.interval', pick(o, 'interval'), was.interval, 1, 3600),
    retry: intOf('HealthCheckConfig.retry', pick(o, 'retry'), was.retry, 1, 100),
    policy: textOf(pick(o, 'Policy'), was.policy),
  };
  for (const [k, v] of [['sip', out.sip], ['dip', out.dip]] as const) {
    if (v && !isIpv4(v)) throw new InvalidParameter(`The parameter "HealthCheckConfig.${k}" (${v}) must be an IPv4 address.`);
  }
  if (!['revoke_route', 'reserve_route'].includes(out.policy)) {
    throw new InvalidParameter(`The parameter "HealthCheckConfig.Policy" (${out.policy}) must be revoke_route or reserve_route.`);
  }
  return out;
}

export function bgpShape(b: VpnBgpSettings | undefined) {
  const s = b ?? DEFAULT_BGP;
  // No BGP peer exists in the sandbox: the peer's fields stay empty, and Status says only whether
  // BGP is switched on (the provider docs' reading of it), not whether a session is up.
  return { EnableBgp: String(s.enable), Status: String(s.enable), LocalAsn: Number(s.localAsn), PeerAsn: 0, TunnelCidr: s.tunnelCidr, LocalBgpIp: s.localBgpIp, PeerBgpIp: '' };
}

export function healthCheckShape(h: VpnHealthCheckSettings | undefined) {
  const s = h ?? DEFAULT_HEALTH_CHECK;
  // No probes are sent: the check's status stays empty.
  return { Enable: String(s.enable), Status: '', Sip: s.sip, Dip: s.dip, Interval: s.interval, Retry: s.retry, Policy: s.policy };
}
