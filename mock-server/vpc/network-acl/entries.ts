/**
 * Network ACL entries: the checks one entry passes (API reference of UpdateNetworkAclEntries:
 * policy accept/drop; protocol icmp, gre, tcp, udp, all, icmpv6; port -1/-1 for all, icmp and gre,
 * from/to within 1–65535 for tcp and udp; names 1–128 and descriptions 1–256 characters, not
 * starting with http:// or https://), the per-direction quota, and the system entries every ACL has.
 */
import { isIPv6 } from 'node:net';
import { parseCidr } from '../../../network-rules/cidr';
import { InvalidParameter } from '../../errors';
import { newId } from '../../domain/ids';
import { descriptionProblem, resourceNameProblem } from '../../../network-rules/limits';
import { QuotaExceededNetworkAclEntry } from './errors';
import type { AclEntryRecord, AclIpVersion } from './records';
import { MAX_CUSTOM_ACL_ENTRIES as MAX_CUSTOM_ENTRIES } from '../../../network-rules/quotas';

export { MAX_CUSTOM_ENTRIES };

export type Direction = 'ingress' | 'egress';

const PROTOCOLS = ['icmp', 'gre', 'tcp', 'udp', 'all', 'icmpv6'];
const PORTLESS = new Set(['icmp', 'gre', 'all', 'icmpv6']);

/**
 * The entry every new ACL holds in each direction, after the custom ones: drop everything. The
 * overview page says an ACL without rules denies all traffic; the sandbox shows that as a
 * `system` entry (the real provider skips system and service entries when it reads an ACL, so
 * they never appear in Terraform state). It cannot be changed or removed.
 */
export function systemEntries(direction: Direction): AclEntryRecord[] {
  return [{ id: newId('nae'), name: `system-${direction}-deny-all`, description: 'Drops what no custom entry accepts.', policy: 'drop', protocol: 'all', port: '-1/-1', cidr: '0.0.0.0/0', ipVersion: 'IPV4', entryType: 'system' }];
}

export interface EntryInput {
  NetworkAclEntryId?: string;
  NetworkAclEntryName?: string;
  Description?: string;
  Policy?: string;
  Protocol?: string;
  Port?: string;
  SourceCidrIp?: string;
  DestinationCidrIp?: string;
  IpVersion?: string;
  EntryType?: string;
}

function refuse(where: string, message: string): never {
  throw new InvalidParameter(`${where}: ${message}`);
}

function checkPort(where: string, protocol: string, port: string | undefined): string {
  if (PORTLESS.has(protocol)) {
    if (port !== undefined && port !== '' && port !== '-1/-1') refuse(where, `the port range "${port}" is not allowed for protocol ${protocol}: use -1/-1 (all ports) for all, icmp, icmpv6 and gre.`);
    return '-1/-1';
  }
  const m = /^(\d{1,5})\/(\d{1,5})$/.exec(port ?? '');
  const from = m ? Number(m[1]) : NaN;
  const to = m ? Number(m[2]) : NaN;
  if (!m || from < 1 || to > 65535 || from > to) {
    refuse(where, `the port range "${port ?? ''}" is invalid for protocol ${protocol}: write from/to with 1 ≤ from ≤ to ≤ 65535, such as 80/80 or 1/200.`);
  }
  return `${from}/${to}`;
}

/**
 * The block and its IP version. The wire spells the version IPV4 / IPV6 (upper case), both in
 * requests and in DescribeNetworkAclAttributes, and the real provider's acceptance tests write it
 * so. Other casings (IPv4, ipv6) are taken and stored in the wire's spelling: nothing in the API
 * reference says they are refused, and the provider keeps the configured casing in state.
 */
function checkBlock(where: string, field: string, text: string | undefined, ipVersion: string | undefined): { cidr: string; ipVersion: AclIpVersion } {
  if (!text) refuse(where, `${field} is missing: an entry needs the block it matches, such as 10.0.0.0/24 (0.0.0.0/0 for any IPv4 address).`);
  const v6 = text.includes(':');
  const implied: AclIpVersion = v6 ? 'IPV6' : 'IPV4';
  const given = ipVersion?.toUpperCase();
  if (given && given !== 'IPV4' && given !== 'IPV6') refuse(where, `IpVersion "${ipVersion}" is not IPV4 or IPV6; for ${text} write ${implied} or leave IpVersion out.`);
  if (given && given !== implied) refuse(where, `IpVersion ${ipVersion} does not match the block ${text} of ${field}, which is ${implied}: write ${implied} or leave IpVersion out.`);
  if (v6) {
    const [addr, len, ...rest] = text.split('/');
    const bits = Number(len);
    if (rest.length || !isIPv6(addr) || !/^\d{1,3}$/.test(len ?? '') || bits > 128) refuse(where, `${field} "${text}" is not an IPv6 CIDR block such as 2408:4002:10c4::/64.`);
    return { cidr: text.toLowerCase(), ipVersion: 'IPV6' };
  }
  const c = parseCidr(text);
  if (!c) refuse(where, `${field} "${text}" is not an IPv4 CIDR block such as 10.0.0.0/24.`);
  return { cidr: text, ipVersion: 'IPV4' };
}

/** One entry as the request gives it, checked; `existing` keeps the IDs of entries sent back with theirs. */
export function checkEntry(direction: Direction, index: number, e: EntryInput, existing: readonly AclEntryRecord[]): AclEntryRecord {
  const where = `${direction === 'ingress' ? 'IngressAclEntries' : 'EgressAclEntries'}.${index}`;
  if (e.EntryType && e.EntryType !== 'custom') refuse(where, `EntryType "${e.EntryType}" cannot be written: only custom entries can be set (system entries belong to the ACL).`);
  const policy = (e.Policy ?? '').toLowerCase();
  if (policy !== 'accept' && policy !== 'drop') refuse(where, `Policy "${e.Policy ?? ''}" is not accept or drop.`);
  const protocol = (e.Protocol ?? '').toLowerCase();
  if (!PROTOCOLS.includes(protocol)) refuse(where, `Protocol "${e.Protocol ?? ''}" is not one of ${PROTOCOLS.join(', ')}.`);
  const port = checkPort(where, protocol, e.Port);
  const field = direction === 'ingress' ? 'SourceCidrIp' : 'DestinationCidrIp';
  const block = checkBlock(where, field, direction === 'ingress' ? e.SourceCidrIp : e.DestinationCidrIp, e.IpVersion);
  if (protocol === 'icmpv6' && block.ipVersion !== 'IPV6') refuse(where, `protocol icmpv6 needs an IPv6 block, not ${block.cidr}.`);
  const name = e.NetworkAclEntryName ?? '';
  const nameProblem = name ? resourceNameProblem(name) : undefined;
  if (nameProblem) refuse(where, `NetworkAclEntryName "${name.slice(0, 60)}" is invalid: ${nameProblem}.`);
  const description = e.Description ?? '';
  const descProblem = description ? descriptionProblem(description) : undefined;
  if (descProblem) refuse(where, `Description "${description.slice(0, 60)}" is invalid: ${descProblem}.`);
  const kept = e.NetworkAclEntryId ? existing.find((x) => x.id === e.NetworkAclEntryId && x.entryType === 'custom') : undefined;
  return { id: kept?.id ?? newId('nae'), name, description, policy, protocol, port, cidr: block.cidr, ipVersion: block.ipVersion, entryType: 'custom' };
}

/** The new custom list of one direction, checked whole before anything is stored. */
export function checkEntries(direction: Direction, inputs: readonly EntryInput[], existing: readonly AclEntryRecord[]): AclEntryRecord[] {
  const custom = inputs.map((e, i) => checkEntry(direction, i + 1, e, existing));
  if (custom.length > MAX_CUSTOM_ENTRIES) {
    throw new QuotaExceededNetworkAclEntry(`${custom.length} ${direction} entries were given, more than the ${MAX_CUSTOM_ENTRIES} custom ${direction} entries one network ACL may hold (quota vpc_quota_nacl_${direction}_entry). Merge entries or raise the quota.`);
  }
  return custom;
}

/** A direction's list with new custom entries in front of the unchanged system ones. */
export function replaceCustom(list: readonly AclEntryRecord[], custom: AclEntryRecord[]): AclEntryRecord[] {
  return [...custom, ...list.filter((e) => e.entryType !== 'custom')];
}
