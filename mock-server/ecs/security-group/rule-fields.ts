/**
 * Security group rules as requests give them: the real rule-specific error codes, the defaults
 * (policy accept, priority 1, NIC type intranet) and the normal form the group's rule list keeps.
 * Adding, revoking and modifying rules on that list is ./rules.ts.
 */
import { given } from '../../domain/values';
import * as ipaddr from 'ipaddr.js';
import { InvalidDescriptionMalformed, InvalidParameter, MissingParameter, OperationDenied } from '../../errors';
import { parseCidr } from '../../../network-rules/cidr';
import type { Transaction } from '../../store/store';
import { groups, type Direction, type RuleFields } from './domain';
import {
  InvalidDestCidrIpMalformed,
  InvalidDestGroupIdMismatch,
  InvalidDestGroupIdNotFound,
  InvalidIpProtocolValueNotSupported,
  InvalidNicTypeMismatch,
  InvalidNicTypeValueNotSupported,
  InvalidParamterConflict,
  InvalidPolicyMalformed,
  InvalidPortRangeMalformed,
  InvalidPriorityValueNotSupported,
  InvalidSourceCidrIpMalformed,
  InvalidSourceGroupIdMismatch,
  InvalidSourceGroupIdNotFound,
  MissingParameterDest,
  MissingParameterSource,
} from './errors';
import { requirePrefixListPeer } from './prefix-lists';
import type { SecurityGroupRecord } from './records';

/** Protocols the API accepts, lower-case; the wire value is case-insensitive. */
export const PROTOCOLS = ['tcp', 'udp', 'icmp', 'gre', 'all', 'icmpv6'] as const;
const PORTED = new Set(['tcp', 'udp']);

/**
 * One rule as a request gives it, either as the legacy flat parameters (`IpProtocol`,
 * `PortRange`, …) or as one `Permissions.N.*` entry. Everything is a string here so that the
 * service, not the wire layer, reports the real rule-specific error codes.
 */
export interface RuleInput {
  IpProtocol?: string;
  PortRange?: string;
  SourcePortRange?: string;
  Policy?: string;
  Priority?: string;
  NicType?: string;
  Description?: string;
  SourceCidrIp?: string;
  DestCidrIp?: string;
  Ipv6SourceCidrIp?: string;
  Ipv6DestCidrIp?: string;
  SourceGroupId?: string;
  DestGroupId?: string;
  SourceGroupOwnerId?: string;
  SourceGroupOwnerAccount?: string;
  DestGroupOwnerId?: string;
  DestGroupOwnerAccount?: string;
  SourcePrefixListId?: string;
  DestPrefixListId?: string;
  PortRangeListId?: string;
}

// ---- rules ---------------------------------------------------------------------------------

function checkCidr(value: string, field: string, direction: Direction): string {
  const ok = parseCidr(value, true) !== undefined;
  if (!ok) {
    const Err = direction === 'ingress' ? InvalidSourceCidrIpMalformed : InvalidDestCidrIpMalformed;
    throw new Err(`The ${field} "${value}" is not an IPv4 address or CIDR block (such as 10.0.0.0/8 or 192.168.1.10); a block may not have host bits set.`);
  }
  return value;
}

function checkIpv6Cidr(value: string, field: string, direction: Direction): string {
  let ok = false;
  try {
    const [addr, len] = value.includes('/') ? ipaddr.parseCIDR(value) : [ipaddr.parse(value), 128];
    ok = addr.kind() === 'ipv6' && len >= 0 && len <= 128;
  } catch {
    ok = false;
  }
  if (!ok) {
    const Err = direction === 'ingress' ? InvalidSourceCidrIpMalformed : InvalidDestCidrIpMalformed;
    throw new Err(`The ${field} "${value}" is not an IPv6 address or CIDR block (such as 2001:db8::/32).`);
  }
  return value;
}

function checkPortRange(value: string, field: string): [number, number] | undefined {
  const m = /^(-?\d{1,5})\/(-?\d{1,5})$/.exec(value);
  if (!m) {
    throw new InvalidPortRangeMalformed(`The ${field} "${value}" is malformed: write "from/to", such as "22/22" or "1/65535" (or "-1/-1" for protocols without ports).`);
  }
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a === -1 && b === -1) return undefined;
  if (a < 1 || b > 65535 || a > b) {
    throw new InvalidPortRangeMalformed(`The ${field} "${value}" is invalid: ports run from 1 to 65535 and the first may not exceed the second.`);
  }
  return [a, b];
}

/**
 * Validates one rule and fills the defaults (policy accept, priority 1, NIC type intranet). `at`
 * names where the fields came from (`Permissions.2.` or '') so errors point at the bad parameter.
 */
export function normalizeRule(tx: Transaction, group: SecurityGroupRecord, direction: Direction, input: RuleInput, at = ''): RuleFields {
  const f = (name: string) => `${at}${name}`;
  if (!given(input.IpProtocol)) {
    throw new MissingParameter(`The input parameter "${f('IpProtocol')}" that is mandatory for processing this request is not supplied: give tcp, udp, icmp, gre, icmpv6 or all.`);
  }
  const ipProtocol = input.IpProtocol.toLowerCase();
  if (!(PROTOCOLS as readonly string[]).includes(ipProtocol)) {
    throw new InvalidIpProtocolValueNotSupported(`The ${f('IpProtocol')} "${input.IpProtocol}" is not supported: use one of ${PROTOCOLS.join(', ')} (any case).`);
  }

  let portRange = '-1/-1';
  if (PORTED.has(ipProtocol)) {
    if (!given(input.PortRange)) {
      throw new MissingParameter(`The input parameter "${f('PortRange')}" is mandatory for ${ipProtocol}: give a range such as "22/22" or "1/65535".`);
    }
    if (!checkPortRange(input.PortRange, f('PortRange'))) {
      throw new InvalidPortRangeMalformed(`The ${f('PortRange')} "-1/-1" is not valid for ${ipProtocol}: give a real range such as "22/22" or "1/65535".`);
    }
    portRange = input.PortRange;
  } else if (given(input.PortRange) && input.PortRange !== '-1/-1') {
    throw new OperationDenied(`The ${f('PortRange')} "${input.PortRange}" does not apply to protocol ${ipProtocol}, which has no ports: use "-1/-1" or leave it out.`);
  }
  let sourcePortRange: string | undefined;
  if (given(input.SourcePortRange)) {
    checkPortRange(input.SourcePortRange, f('SourcePortRange'));
    sourcePortRange = input.SourcePortRange;
  }
  if (given(input.PortRangeListId)) {
    // Port range lists are not modelled by the sandbox: any ID is unknown here.
    throw new InvalidParameter(`The ${f('PortRangeListId')} "${input.PortRangeListId}" does not exist: the sandbox has no port range lists; give PortRange instead.`);
  }

  const policyText = given(input.Policy) ? input.Policy.toLowerCase() : 'accept';
  if (policyText !== 'accept' && policyText !== 'drop') {
    throw new InvalidPolicyMalformed(`The ${f('Policy')} "${input.Policy}" is invalid: use "accept" or "drop".`);
  }

  let priority = 1;
  if (given(input.Priority)) {
    if (!/^\d{1,3}$/.test(input.Priority) || Number(input.Priority) < 1 || Number(input.Priority) > 100) {
      throw new InvalidPriorityValueNotSupported(`The ${f('Priority')} "${input.Priority}" is invalid: use an integer from 1 (highest) to 100 (lowest).`);
    }
    priority = Number(input.Priority);
  }

  // VPC groups only have intranet rules. The Terraform provider may send the literal "<nil>"
  // when nic_type is unset (reference §0.15); it means "default" and is tolerated.
  let nicType = 'intranet';
  if (given(input.NicType) && input.NicType !== '<nil>') {
    const n = input.NicType.toLowerCase();
    // Classic-network groups (created without a VpcId) also take internet rules.
    if (n === 'internet' && group.vpcId) {
      throw new InvalidNicTypeMismatch(`The ${f('NicType')} "internet" cannot be used in VPC security group ${group.id}: VPC groups only take "intranet" rules.`);
    }
    if (n !== 'intranet' && n !== 'internet') {
      throw new InvalidNicTypeValueNotSupported(`The ${f('NicType')} "${input.NicType}" is not supported: use "intranet"${group.vpcId ? '' : ' or "internet"'}.`);
    }
    nicType = n;
  }

  const ingress = direction === 'ingress';
  const cidr = ingress ? input.SourceCidrIp : input.DestCidrIp;
  const cidrName = ingress ? 'SourceCidrIp' : 'DestCidrIp';
  const ipv6 = ingress ? input.Ipv6SourceCidrIp : input.Ipv6DestCidrIp;
  const ipv6Name = ingress ? 'Ipv6SourceCidrIp' : 'Ipv6DestCidrIp';
  const peerGroup = ingress ? input.SourceGroupId : input.DestGroupId;
  const peerGroupName = ingress ? 'SourceGroupId' : 'DestGroupId';
  const prefixList = ingress ? input.SourcePrefixListId : input.DestPrefixListId;
  const peers = [cidr, ipv6, peerGroup, prefixList].filter(given);
  if (peers.length === 0) {
    const Err = ingress ? MissingParameterSource : MissingParameterDest;
    throw new Err(
      `The rule has no ${ingress ? 'source' : 'destination'}: give one of ${at}${cidrName}, ${at}${ipv6Name}, ${at}${peerGroupName} or ${at}${ingress ? 'SourcePrefixListId' : 'DestPrefixListId'}.`,
    );
  }
  if (peers.length > 1) {
    throw new InvalidParamterConflict(
      `The rule has more than one ${ingress ? 'source' : 'destination'}: give only one of ${at}${cidrName}, ${at}${ipv6Name}, ${at}${peerGroupName} or the prefix list ID.`,
    );
  }
  if (given(prefixList)) requirePrefixListPeer(tx, prefixList, ipProtocol, f(ingress ? 'SourcePrefixListId' : 'DestPrefixListId'));
  let sourceGroupId = '';
  let destGroupId = '';
  if (given(peerGroup)) {
    const other = groups(tx).get(peerGroup);
    if (!other) {
      const Err = ingress ? InvalidSourceGroupIdNotFound : InvalidDestGroupIdNotFound;
      throw new Err(`The ${f(peerGroupName)} "${peerGroup}" does not exist in region ${tx.region}. Check it with DescribeSecurityGroups.`);
    }
    // A VPC group may reference a group of another VPC in the region: the real cloud accepts it
    // (the console names groups of other accounts as authorization objects, and the
    // network-with-security-group community module's weekly run authorizes groups of a second VPC),
    // though the rule only matters once the two networks are connected. The API reference's older
    // text ("not in the same VPC") is kept for what still cannot work: a classic-network group
    // and a VPC group referencing each other.
    if (Boolean(other.vpcId) !== Boolean(group.vpcId)) {
      const Err = ingress ? InvalidSourceGroupIdMismatch : InvalidDestGroupIdMismatch;
      const kind = (g: { vpcId?: string }) => (g.vpcId ? `in VPC ${g.vpcId}` : 'a classic-network group');
      throw new Err(`The ${f(peerGroupName)} "${peerGroup}" is ${kind(other)} but security group ${group.id} is ${kind(group)}: a classic-network group and a VPC group cannot reference each other; use a group of the same network type.`);
    }
    if (ingress) sourceGroupId = peerGroup;
    else destGroupId = peerGroup;
  }
  // Cross-account group references are not modelled: an owner other than the caller is refused.
  const owner = ingress ? input.SourceGroupOwnerId : input.DestGroupOwnerId;
  if (given(owner) && owner !== tx.account) {
    const Err = ingress ? InvalidSourceGroupIdNotFound : InvalidDestGroupIdNotFound;
    throw new Err(`The ${ingress ? 'source' : 'destination'} group owner "${owner}" is another account; the sandbox only references groups of your own account (${tx.account}).`);
  }

  const description = input.Description ?? '';
  if (description.length > 512 || /^https?:\/\//i.test(description)) {
    throw new InvalidDescriptionMalformed(`The rule ${f('Description')} is invalid: use at most 512 characters, not starting with http:// or https://.`);
  }

  const out: RuleFields = {
    direction,
    ipProtocol,
    portRange,
    policy: policyText,
    priority,
    nicType,
    sourceCidrIp: ingress && given(cidr) ? checkCidr(cidr, f(cidrName), direction) : '',
    destCidrIp: !ingress && given(cidr) ? checkCidr(cidr, f(cidrName), direction) : '',
    sourceGroupId,
    destGroupId,
    description,
  };
  if (sourcePortRange) out.sourcePortRange = sourcePortRange;
  if (given(prefixList)) {
    if (ingress) out.sourcePrefixListId = prefixList;
    else out.destPrefixListId = prefixList;
  }
  if (given(ipv6)) {
    if (ingress) out.ipv6SourceCidrIp = checkIpv6Cidr(ipv6, f(ipv6Name), direction);
    else out.ipv6DestCidrIp = checkIpv6Cidr(ipv6, f(ipv6Name), direction);
  }
  return out;
}
