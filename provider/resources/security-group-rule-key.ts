/**
 * The identity of an alicloud_security_group_rule: the real provider's ID
 * <sg_id>:<type>:<ip_protocol>:<port_range>:<nic_type>:<peer>:<policy>:<priority> (':' inside an
 * IPv6 CIDR written '_'), the Permissions.1.* parameters that authorize and revoke the rule, and
 * how a permission DescribeSecurityGroupAttribute lists is matched to it. The resource is
 * ./security-group-rule.ts.
 */
import type { ObjectValue } from '../framework/types';
import { isIpv4, portRange } from '../shared/validators';
import { num, str } from '../shared/values';

export const IP_PROTOCOLS = ['tcp', 'udp', 'icmp', 'icmpv6', 'gre', 'all'] as const;

export interface RuleKey {
  securityGroupId: string;
  type: 'ingress' | 'egress';
  ipProtocol: string;
  portRange: string;
  nicType: string;
  /** An IPv4 or (with ':') IPv6 block. */
  cidrIp?: string;
  sourceGroupId?: string;
  prefixListId?: string;
  policy: string;
  priority: number;
}

function badRuleId(id: string, why: string): Error {
  return new Error(
    `"${id}" is not a security group rule ID (${why}); use ` +
      '<security_group_id>:<type>:<ip_protocol>:<port_range>:<nic_type>:<cidr_ip or source_security_group_id>:<policy>:<priority>, ' +
      'e.g. sg-bp1abc:ingress:tcp:22/22:intranet:0.0.0.0/0:accept:1',
  );
}

/** Parses the real provider's rule ID. */
export function parseRuleId(id: string): RuleKey {
  const parts = id.split(':');
  if (parts.length !== 8) throw badRuleId(id, `it has ${parts.length} colon-separated parts, not 8`);
  const [sg, type, proto, ports, nic, source, policy, priority] = parts;
  if (!sg.startsWith('sg-')) throw badRuleId(id, `"${sg}" is not a security group ID`);
  if (type !== 'ingress' && type !== 'egress') throw badRuleId(id, `type "${type}" must be ingress or egress`);
  if (!(IP_PROTOCOLS as readonly string[]).includes(proto.toLowerCase())) throw badRuleId(id, `ip_protocol "${proto}" must be one of ${IP_PROTOCOLS.join(', ')}`);
  if (portRange(ports)) throw badRuleId(id, `port range "${ports}" is malformed`);
  if (policy !== 'accept' && policy !== 'drop') throw badRuleId(id, `policy "${policy}" must be accept or drop`);
  const prio = Number(priority);
  if (!Number.isInteger(prio) || prio < 1 || prio > 100) throw badRuleId(id, `priority "${priority}" must be 1 to 100`);
  if (!source) throw badRuleId(id, 'the source segment is empty');
  const key: RuleKey = {
    securityGroupId: sg,
    type,
    ipProtocol: proto.toLowerCase(),
    portRange: ports,
    // The real provider writes "<nil>" when nic_type was never set.
    nicType: nic === '<nil>' || nic === '' ? 'intranet' : nic,
    policy,
    priority: prio,
  };
  if (source.startsWith('sg-')) key.sourceGroupId = source;
  else if (source.startsWith('pl-')) key.prefixListId = source;
  else key.cidrIp = source.replace(/_/g, ':');
  return key;
}

export function formatRuleId(k: RuleKey): string {
  const source = k.sourceGroupId ?? k.prefixListId ?? (k.cidrIp ?? '').replace(/:/g, '_');
  return [k.securityGroupId, k.type, k.ipProtocol, k.portRange, k.nicType, source, k.policy, k.priority].join(':');
}

export function keyOf(v: ObjectValue): RuleKey {
  return {
    securityGroupId: str(v.security_group_id)!,
    type: str(v.type) as 'ingress' | 'egress',
    ipProtocol: (str(v.ip_protocol) ?? '').toLowerCase(),
    portRange: str(v.port_range) || '-1/-1',
    nicType: str(v.nic_type) ?? 'intranet',
    // "" means unset, as in the real provider (which skips "" with d.GetOk): modules pass "" for the sources they do not use.
    cidrIp: str(v.cidr_ip) || str(v.ipv6_cidr_ip) || undefined,
    sourceGroupId: str(v.source_security_group_id) || undefined,
    prefixListId: str(v.source_security_group_id) || str(v.cidr_ip) || str(v.ipv6_cidr_ip) ? undefined : str(v.prefix_list_id) || undefined,
    policy: str(v.policy) ?? 'accept',
    priority: num(v.priority) ?? 1,
  };
}

function sameCidr(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const norm = (s: string) => (isIpv4(s) ? `${s}/32` : s.toLowerCase());
  return norm(a) === norm(b);
}

export function isV6(cidr: string | undefined): boolean {
  return !!cidr && cidr.includes(':');
}

/** The identifying Permissions.1.* parameters of a rule. */
export function permissionParams(k: RuleKey, description?: string, owner?: { id?: string; account?: string }): Record<string, string | number | undefined> {
  const p = 'Permissions.1.';
  const ingress = k.type === 'ingress';
  const v6 = isV6(k.cidrIp);
  return {
    [`${p}IpProtocol`]: k.ipProtocol,
    [`${p}PortRange`]: k.portRange,
    [`${p}Policy`]: k.policy,
    [`${p}Priority`]: String(k.priority),
    [`${p}NicType`]: k.nicType,
    [`${p}${ingress ? 'SourceCidrIp' : 'DestCidrIp'}`]: v6 ? undefined : k.cidrIp,
    [`${p}${ingress ? 'Ipv6SourceCidrIp' : 'Ipv6DestCidrIp'}`]: v6 ? k.cidrIp : undefined,
    [`${p}${ingress ? 'SourceGroupId' : 'DestGroupId'}`]: k.sourceGroupId,
    [`${p}${ingress ? 'SourcePrefixListId' : 'DestPrefixListId'}`]: k.prefixListId,
    [`${p}${ingress ? 'SourceGroupOwnerId' : 'DestGroupOwnerId'}`]: owner?.id,
    [`${p}${ingress ? 'SourceGroupOwnerAccount' : 'DestGroupOwnerAccount'}`]: owner?.account,
    [`${p}Description`]: description,
  };
}

export function matches(perm: any, k: RuleKey): boolean {
  if (perm?.Direction && perm.Direction !== k.type) return false;
  if (String(perm?.IpProtocol ?? '').toLowerCase() !== k.ipProtocol) return false;
  if (String(perm?.PortRange ?? '') !== k.portRange) return false;
  if (String(perm?.Policy ?? 'accept').toLowerCase() !== k.policy) return false;
  if (String(perm?.Priority ?? '1') !== String(k.priority)) return false;
  if (perm?.NicType && k.nicType && perm.NicType !== k.nicType) return false;
  const ingress = k.type === 'ingress';
  const cidr = isV6(k.cidrIp) ? (ingress ? perm?.Ipv6SourceCidrIp : perm?.Ipv6DestCidrIp) || (ingress ? perm?.SourceCidrIp : perm?.DestCidrIp) : ingress ? perm?.SourceCidrIp : perm?.DestCidrIp;
  const group = ingress ? perm?.SourceGroupId : perm?.DestGroupId;
  const prefixList = ingress ? perm?.SourcePrefixListId : perm?.DestPrefixListId;
  if (k.cidrIp) return sameCidr(cidr, k.cidrIp);
  if (k.sourceGroupId) return group === k.sourceGroupId;
  if (k.prefixListId) return prefixList === k.prefixListId;
  return false;
}
