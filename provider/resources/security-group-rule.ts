/**
 * alicloud_security_group_rule — one ingress or egress permission of a security group.
 *
 * ID (and import ID), as in aliyun/alicloud:
 *   <sg_id>:<type>:<ip_protocol>:<port_range>:<nic_type>:<cidr_ip|ipv6_cidr_ip|source_sg_id|prefix_list_id>:<policy>:<priority>
 * (':' inside an IPv6 CIDR is written '_'). The peer is an IPv4 block (cidr_ip), an IPv6 block
 * (ipv6_cidr_ip, sent as Ipv6SourceCidrIp / Ipv6DestCidrIp), a group or a prefix list (sent as
 * SourcePrefixListId / DestPrefixListId; in the sandbox an alicloud_vpc_prefix_list, which must exist
 * and whose max_entries counts against the group's 200 rules).
 *
 * Create: AuthorizeSecurityGroup / AuthorizeSecurityGroupEgress with Permissions.1.*.
 * Read: DescribeSecurityGroupAttribute(Direction) and match protocol (case-insensitive), port
 * range, policy, priority (as a decimal string), NIC type and source/destination.
 * Update (description only): ModifySecurityGroupRule / ModifySecurityGroupEgressRule.
 * Delete: RevokeSecurityGroup / RevokeSecurityGroupEgress.
 */
import { isNotFound } from '../client/api-client';
import { isUnknown, type AttributeSchema, type Diagnostic, type ObjectValue, type ResourceContext, type ResourceDefinition } from '../framework/types';
import { api } from '../shared/api';
import { complete, error, ID_ATTR, step, keepComputedOnUpdate } from './common';
import { intBetween, isIpv4, lengthBetween, oneOf, portRange, prefixed, validCidrOrIp } from '../shared/validators';
import { num, optional, str, unwrapList } from '../shared/values';
import { parseIpv6, parseIpv6Cidr } from '../../network-rules/ipv6';
import { acceptedOnly } from './parity';

const TYPE = 'alicloud_security_group_rule';

export const IP_PROTOCOLS = ['tcp', 'udp', 'icmp', 'icmpv6', 'gre', 'all'] as const;

export const securityGroupRuleAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  security_group_id: {
    type: 'string',
    required: true,
    forceNew: true,
    description: 'The security group the rule belongs to.',
    validators: [prefixed('sg-', 'security group')],
  },
  type: {
    type: 'string',
    required: true,
    forceNew: true,
    description: 'The direction of the rule: ingress or egress.',
    validators: [oneOf(['ingress', 'egress'])],
  },
  ip_protocol: {
    type: 'string',
    required: true,
    forceNew: true,
    description: `The protocol: ${IP_PROTOCOLS.join(', ')}.`,
    validators: [oneOf(IP_PROTOCOLS)],
  },
  policy: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    default: 'accept',
    description: 'accept (default) or drop.',
    validators: [oneOf(['accept', 'drop'])],
  },
  priority: {
    type: 'number',
    optional: true,
    computed: true,
    forceNew: true,
    default: 1,
    description: 'The priority of the rule, 1 (highest, default) to 100.',
    validators: [intBetween(1, 100, 'priority')],
  },
  port_range: {
    type: 'string',
    optional: true,
    emptyIsUnset: true,
    computed: true,
    forceNew: true,
    default: '-1/-1',
    description: 'The port range "start/end"; tcp and udp need a real range (e.g. 22/22), other protocols use -1/-1 (default).',
    validators: [portRange],
  },
  nic_type: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    default: 'intranet',
    description: 'internet or intranet; VPC security groups and group-to-group rules must use intranet (default).',
    validators: [oneOf(['internet', 'intranet'])],
  },
  cidr_ip: {
    type: 'string',
    optional: true,
    emptyIsUnset: true,
    forceNew: true,
    description: 'The source (ingress) or destination (egress) IPv4 CIDR block.',
    validators: [validCidrOrIp],
  },
  ipv6_cidr_ip: {
    type: 'string',
    optional: true,
    emptyIsUnset: true,
    forceNew: true,
    description: 'The source (ingress) or destination (egress) IPv6 CIDR block.',
    validators: [(v) => (parseIpv6Cidr(String(v)) || parseIpv6(String(v)) !== undefined ? undefined : `"${String(v)}" is not an IPv6 CIDR block; write it as 2001:db8::/32`)],
  },
  source_security_group_id: {
    type: 'string',
    optional: true,
    emptyIsUnset: true,
    forceNew: true,
    description: 'The source (ingress) or destination (egress) security group.',
    validators: [prefixed('sg-', 'security group')],
  },
  source_group_owner_id: {
    type: 'string',
    optional: true,
    forceNew: true,
    description: 'The account owning source_security_group_id; the sandbox refuses any account but the caller\'s (cross-account groups are not modelled).',
  },
  source_group_owner_account: acceptedOnly('string', 'The Alibaba Cloud account name owning source_security_group_id (sent; the sandbox checks only source_group_owner_id).', {
    forceNew: true,
    deprecated: true,
  }),
  prefix_list_id: {
    type: 'string',
    optional: true,
    emptyIsUnset: true,
    computed: true,
    forceNew: true,
    description: 'The source (ingress) or destination (egress) prefix list (pl-…): an alicloud_ecs_prefix_list, as on the real cloud. An alicloud_vpc_prefix_list ID, or any unknown ID, is refused with InvalidPrefixListId.NotFound.',
    validators: [prefixed('pl-', 'prefix list')],
  },
  description: {
    type: 'string',
    optional: true,
    emptyIsUnset: true,
    description: 'The description of the rule (1 to 512 characters); the only argument that updates in place.',
    validators: [lengthBetween(1, 512, 'description')],
  },
  security_group_rule_id: { type: 'string', computed: true, useStateForUnknown: true, description: 'The ID the API gives the rule (sgr-…).' },
});

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

function keyOf(v: ObjectValue): RuleKey {
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

function isV6(cidr: string | undefined): boolean {
  return !!cidr && cidr.includes(':');
}

/** The identifying Permissions.1.* parameters of a rule. */
function permissionParams(k: RuleKey, description?: string, owner?: { id?: string; account?: string }): Record<string, string | number | undefined> {
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

function matches(perm: any, k: RuleKey): boolean {
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

/** The matching permission, or null when the rule (or its group) is gone. */
async function findRule(ctx: ResourceContext, k: RuleKey): Promise<any | null> {
  let out: any;
  try {
    out = await api(ctx, 'ecs', 'DescribeSecurityGroupAttribute', { SecurityGroupId: k.securityGroupId, Direction: k.type });
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
  return unwrapList(out?.Permissions, 'Permission').find((p: any) => matches(p, k)) ?? null;
}

async function readRule(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const k = keyOf(prior);
  const perm = await findRule(ctx, k);
  if (!perm) return null;
  return complete(securityGroupRuleAttributes, {
    ...prior,
    id: formatRuleId(k),
    ip_protocol: str(prior.ip_protocol) ?? k.ipProtocol,
    policy: str(prior.policy) ?? k.policy,
    priority: num(prior.priority) ?? k.priority,
    port_range: k.portRange,
    nic_type: k.nicType,
    prefix_list_id: (k.type === 'ingress' ? perm.SourcePrefixListId : perm.DestPrefixListId) || (str(prior.prefix_list_id) ?? ''),
    description: optional(perm.Description, prior.description),
    security_group_rule_id: perm.SecurityGroupRuleId ?? '',
  });
}

export const securityGroupRuleResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'An ingress or egress rule of a security group.', attributes: securityGroupRuleAttributes },

  validateConfig(config) {
    const diags: Diagnostic[] = [];
    const cidr = config.cidr_ip;
    const group = config.source_security_group_id;
    // A source configured as "" is no source (the real provider skips "" with d.GetOk; its API then
    // refuses a rule without one, at apply, where the sandbox refuses it at plan).
    const peers = (['cidr_ip', 'ipv6_cidr_ip', 'source_security_group_id', 'prefix_list_id'] as const).filter((a) => config[a] !== null && config[a] !== '');
    if (peers.length === 0) {
      diags.push(error('cidr_ip', 'missing rule source', 'The rule has no source: cidr_ip, ipv6_cidr_ip, source_security_group_id and prefix_list_id are all unset or "" ("" counts as unset). Set one, e.g. cidr_ip = "0.0.0.0/0".'));
    }
    const knownPeers = peers.filter((a) => !isUnknown(config[a]));
    if (knownPeers.length > 1) {
      diags.push(error(knownPeers[1], `${knownPeers.join(' and ')} are both set`, `A rule has one source: keep one of ${knownPeers.join(', ')}.`));
    }
    const proto = config.ip_protocol;
    const ports = config.port_range;
    if (typeof proto === 'string' && !isUnknown(ports)) {
      const p = proto.toLowerCase();
      const range = typeof ports === 'string' && ports !== '' ? ports : '-1/-1';
      if ((p === 'tcp' || p === 'udp') && range === '-1/-1') {
        diags.push(error('port_range', `${p} needs a port range`, `Set port_range for ${p}, e.g. "22/22" or "1/65535"; -1/-1 is only for icmp, gre and all.`));
      }
      if (p !== 'tcp' && p !== 'udp' && range !== '-1/-1') {
        diags.push(error('port_range', `port_range "${range}" does not apply to ${p}`, `Protocol ${p} has no ports: set port_range = "-1/-1" or leave it out.`));
      }
    }
    if (typeof group === 'string' && group !== '' && typeof config.nic_type === 'string' && config.nic_type !== 'intranet') {
      diags.push(error('nic_type', `nic_type "${config.nic_type}" cannot be used with source_security_group_id`, 'Group-to-group rules must use nic_type = "intranet".'));
    }
    return diags;
  },

  async create(ctx, planned) {
    const k = keyOf(planned);
    const action = k.type === 'ingress' ? 'AuthorizeSecurityGroup' : 'AuthorizeSecurityGroupEgress';
    await step(TYPE, null, `adding the ${k.type} rule to ${k.securityGroupId}`, () =>
      api(ctx, 'ecs', action, {
        SecurityGroupId: k.securityGroupId,
        ...permissionParams(k, str(planned.description) || undefined, { id: str(planned.source_group_owner_id), account: str(planned.source_group_owner_account) }),
      }, { idempotent: true }),
    );
    const state = await step(TYPE, formatRuleId(k), 'reading the new rule', () => readRule(ctx, planned));
    if (!state) {
      throw new Error(`${TYPE} ${formatRuleId(k)}: ${action} succeeded but DescribeSecurityGroupAttribute does not list the rule; check that the endpoint stores Permissions.1.* as sent`);
    }
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the rule', () => readRule(ctx, state));
  },

  async update(ctx, prior, planned) {
    const k = keyOf(prior);
    const id = formatRuleId(k);
    if (planned.description !== prior.description) {
      // ModifySecurityGroupRule (ingress) / ModifySecurityGroupEgressRule identify the rule by its
      // fields (and by SecurityGroupRuleId where the API knows it) and set the new description.
      const action = k.type === 'ingress' ? 'ModifySecurityGroupRule' : 'ModifySecurityGroupEgressRule';
      const params: Record<string, string | number | undefined> = { SecurityGroupId: k.securityGroupId };
      const ingress = k.type === 'ingress';
      Object.assign(params, {
        IpProtocol: k.ipProtocol,
        PortRange: k.portRange,
        Policy: k.policy,
        Priority: String(k.priority),
        NicType: k.nicType,
        [ingress ? 'SourceCidrIp' : 'DestCidrIp']: isV6(k.cidrIp) ? undefined : k.cidrIp,
        [ingress ? 'Ipv6SourceCidrIp' : 'Ipv6DestCidrIp']: isV6(k.cidrIp) ? k.cidrIp : undefined,
        [ingress ? 'SourceGroupId' : 'DestGroupId']: k.sourceGroupId,
        SecurityGroupRuleId: str(prior.security_group_rule_id) || undefined,
        Description: str(planned.description) ?? '',
      });
      await step(TYPE, id, 'updating the rule description', () => api(ctx, 'ecs', action, params));
    }
    const state = await step(TYPE, id, 'reading the rule', () => readRule(ctx, { ...planned, security_group_rule_id: prior.security_group_rule_id }));
    if (!state) throw new Error(`${TYPE} ${id}: the rule disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const k = keyOf(state);
    const action = k.type === 'ingress' ? 'RevokeSecurityGroup' : 'RevokeSecurityGroupEgress';
    await step(TYPE, str(state.id), 'revoking the rule', async () => {
      try {
        await api(ctx, 'ecs', action, { SecurityGroupId: k.securityGroupId, ...permissionParams(k) });
      } catch (err) {
        if (isNotFound(err)) return;
        throw err;
      }
    });
  },

  async importState(_ctx, id) {
    const k = parseRuleId(id);
    return complete(securityGroupRuleAttributes, {
      id,
      security_group_id: k.securityGroupId,
      type: k.type,
      ip_protocol: k.ipProtocol,
      port_range: k.portRange,
      nic_type: k.nicType,
      cidr_ip: k.cidrIp && !isV6(k.cidrIp) ? k.cidrIp : null,
      ipv6_cidr_ip: isV6(k.cidrIp) ? k.cidrIp! : null,
      source_security_group_id: k.sourceGroupId ?? null,
      prefix_list_id: k.prefixListId ?? null,
      policy: k.policy,
      priority: k.priority,
    });
  },
};
