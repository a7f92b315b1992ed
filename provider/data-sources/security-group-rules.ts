/**
 * alicloud_security_group_rules — the rules of one security group: ECS
 * DescribeSecurityGroupAttribute with NicType and Direction sent to the server, and ip_protocol and
 * policy compared locally in lower case, as aliyun/alicloud lists them. Its id is the group id.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { api } from '../shared/api';
import { str, unwrapList } from '../shared/values';
import { oneOf } from '../shared/validators';
import { OUTPUT_FILE_ATTR, writeOutputFile } from './common';

const S = 'string' as const;
const RULE_OBJECT: { [name: string]: AttrType } = {
  ip_protocol: S, port_range: S, source_cidr_ip: S, source_group_id: S, source_group_owner_account: S, dest_cidr_ip: S, dest_group_id: S,
  dest_group_owner_account: S, policy: S, nic_type: S, priority: 'number', direction: S, description: S,
};
const opt = (description: string, values: string[]): AttributeSchema => ({ type: 'string', optional: true, description, validators: [oneOf(values)] });

export const securityGroupRulesAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'The security group\'s id.' },
  group_id: { type: 'string', required: true, description: 'The security group whose rules to list.' },
  nic_type: opt('internet or intranet.', ['internet', 'intranet']),
  direction: opt('ingress or egress.', ['ingress', 'egress']),
  ip_protocol: opt('tcp, udp, icmp, gre or all.', ['tcp', 'udp', 'icmp', 'gre', 'all']),
  policy: opt('accept or drop.', ['accept', 'drop']),
  output_file: OUTPUT_FILE_ATTR,
  group_name: { type: 'string', computed: true, description: 'The security group\'s name.' },
  group_desc: { type: 'string', computed: true, description: 'The security group\'s description.' },
  rules: { type: ['list', ['object', RULE_OBJECT]], computed: true, description: 'The rules found.' },
};

export const securityGroupRulesDataSource: DataSourceDefinition = {
  typeName: 'alicloud_security_group_rules',
  schema: { description: 'Lists the rules of a security group.', attributes: securityGroupRulesAttributes },

  async read(ctx, config) {
    const out = await api(ctx, 'ecs', 'DescribeSecurityGroupAttribute', {
      SecurityGroupId: str(config.group_id),
      NicType: str(config.nic_type),
      Direction: str(config.direction),
    });
    const [protocol, policy] = [str(config.ip_protocol), str(config.policy)];
    const rules: ObjectValue[] = unwrapList(out?.Permissions, 'Permission')
      .filter((p: any) => (!protocol || String(p.IpProtocol ?? '').toLowerCase() === protocol) && (!policy || String(p.Policy ?? '').toLowerCase() === policy))
      .map((p: any) => ({
        ip_protocol: String(p.IpProtocol ?? '').toLowerCase(),
        port_range: p.PortRange ?? '',
        source_cidr_ip: p.SourceCidrIp ?? '',
        source_group_id: p.SourceGroupId ?? '',
        source_group_owner_account: p.SourceGroupOwnerAccount ?? '',
        dest_cidr_ip: p.DestCidrIp ?? '',
        dest_group_id: p.DestGroupId ?? '',
        dest_group_owner_account: p.DestGroupOwnerAccount ?? '',
        policy: String(p.Policy ?? '').toLowerCase(),
        nic_type: p.NicType ?? '',
        priority: Number(p.Priority ?? 1),
        direction: p.Direction ?? '',
        description: p.Description ?? '',
      }));
    writeOutputFile(config, rules);
    return {
      ...Object.fromEntries(Object.keys(securityGroupRulesAttributes).map((k) => [k, config[k] ?? null])),
      id: str(config.group_id) ?? '',
      group_name: out?.SecurityGroupName ?? '',
      group_desc: out?.Description ?? '',
      rules,
    };
  },
};
