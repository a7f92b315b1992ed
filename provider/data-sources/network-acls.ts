/**
 * alicloud_network_acls — the network ACLs of the region: VPC DescribeNetworkAcls, paged by number,
 * filtered there by `network_acl_name`, `vpc_id`, `resource_id` and `resource_type` (as the real
 * provider sends them) and locally by `ids`, `name_regex` and `status` (as it filters them). Entries
 * are the custom ones; the system entry is the ACL's own.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { oneOf } from '../shared/validators';
import { str } from '../shared/values';
import { LIST_BASICS, pages, textOf } from './common';
import { finishListing, localFilter } from './listing';

function listOf(v: any, key: string): any[] {
  const list = Array.isArray(v) ? v : v?.[key];
  return Array.isArray(list) ? list : [];
}

/** Custom entries only: the real provider leaves out the system and service entries too. */
function customEntries(a: any, dir: 'ingress' | 'egress'): any[] {
  const list = dir === 'ingress' ? listOf(a?.IngressAclEntries, 'IngressAclEntry') : listOf(a?.EgressAclEntries, 'EgressAclEntry');
  return list.filter((e) => e?.EntryType !== 'system' && e?.EntryType !== 'service');
}

const ENTRY = { description: 'string', network_acl_entry_name: 'string', policy: 'string', port: 'string', protocol: 'string' } as const;

const ACL_OBJECT: { [name: string]: AttrType } = {
  description: 'string',
  egress_acl_entries: ['list', ['object', { ...ENTRY, destination_cidr_ip: 'string' }]],
  ingress_acl_entries: ['list', ['object', { ...ENTRY, source_cidr_ip: 'string' }]],
  id: 'string',
  network_acl_id: 'string',
  network_acl_name: 'string',
  resources: ['list', ['object', { resource_id: 'string', resource_type: 'string', status: 'string' }]],
  status: 'string',
  vpc_id: 'string',
};

export const networkAclsAttributes: { [name: string]: AttributeSchema } = {
  ...LIST_BASICS,
  network_acl_name: { type: 'string', optional: true, description: 'Only ACLs with exactly this name.' },
  resource_id: { type: 'string', optional: true, description: 'Only the ACL bound to this VSwitch.' },
  resource_type: { type: 'string', optional: true, description: 'The type of resource_id: VSwitch.' },
  status: { type: 'string', optional: true, description: 'Only ACLs in this status: Available or Modifying.', validators: [oneOf(['Available', 'Modifying'])] },
  vpc_id: { type: 'string', optional: true, description: 'Only the ACLs of this VPC.' },
  acls: { type: ['list', ['object', ACL_OBJECT]], computed: true, description: 'The network ACLs found.' },
};

function entries(a: any, dir: 'ingress' | 'egress'): ObjectValue[] {
  return customEntries(a, dir).map((e) => ({
    description: textOf(e.Description),
    network_acl_entry_name: textOf(e.NetworkAclEntryName),
    policy: textOf(e.Policy),
    port: textOf(e.Port),
    protocol: textOf(e.Protocol),
    ...(dir === 'ingress' ? { source_cidr_ip: textOf(e.SourceCidrIp) } : { destination_cidr_ip: textOf(e.DestinationCidrIp) }),
  }));
}

export const networkAclsDataSource: DataSourceDefinition = {
  typeName: 'alicloud_network_acls',
  schema: { description: 'Lists the network ACLs of the region.', attributes: networkAclsAttributes },

  async read(ctx, config) {
    const params = { NetworkAclName: str(config.network_acl_name), VpcId: str(config.vpc_id), ResourceId: str(config.resource_id), ResourceType: str(config.resource_type) };
    const raw = await pages<any>(ctx, 'vpc', 'DescribeNetworkAcls', params, (out) => out?.NetworkAcls?.NetworkAcl ?? []);
    const status = str(config.status);
    const rows = localFilter(config, raw.filter((a) => !status || a.Status === status).map((a) => ({ id: textOf(a.NetworkAclId), name: textOf(a.NetworkAclName), raw: a })));
    const items: ObjectValue[] = rows.map(({ id, raw: a }) => ({
      description: textOf(a.Description),
      egress_acl_entries: entries(a, 'egress'),
      ingress_acl_entries: entries(a, 'ingress'),
      id,
      network_acl_id: id,
      network_acl_name: textOf(a.NetworkAclName),
      resources: listOf(a.Resources, 'Resource').map((r) => ({ resource_id: textOf(r.ResourceId), resource_type: textOf(r.ResourceType), status: textOf(r.Status) })),
      status: textOf(a.Status),
      vpc_id: textOf(a.VpcId),
    }));
    return finishListing(networkAclsAttributes, config, 'acls', items, rows);
  },
};
