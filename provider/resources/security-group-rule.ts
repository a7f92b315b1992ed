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
import { intBetween, lengthBetween, oneOf, portRange, prefixed, validCidrOrIp } from '../shared/validators';
import { num, optional, str, unwrapList } from '../shared/values';
import { parseIpv6, parseIpv6Cidr } from '../../network-rules/ipv6';
import { acceptedOnly } from './parity';
import { formatRuleId, IP_PROTOCOLS, isV6, keyOf, matches, parseRuleId, permissionParams, type RuleKey } from './security-group-rule-key';

export { formatRuleId, IP_PROTOCOLS, parseRuleId, type RuleKey } from './security-group-rule-key';

const TYPE = 'alicloud_security_group_rule';

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
