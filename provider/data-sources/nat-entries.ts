/**
 * alicloud_snat_entries and alicloud_forward_entries — the entries of one SNAT or DNAT (forward)
 * table of a NAT gateway: VPC DescribeSnatTableEntries / DescribeForwardTableEntries (PageSize 50
 * loop), filtered on the server by the entry's fields, and locally by ids, name_regex (against the
 * entry's name) and status, as aliyun/alicloud lists them. The table id is required, as it is there.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { str, unwrapList } from '../shared/values';
import { oneOf } from '../shared/validators';
import { LIST_BASICS, pages } from './common';
import { finishListing, localFilter } from './listing';

const S = 'string' as const;
const opt = (description: string, extra: Partial<AttributeSchema> = {}): AttributeSchema => ({ type: 'string', optional: true, description, ...extra });
const STATUS = opt('Available, Deleting or Pending.', { validators: [oneOf(['Available', 'Deleting', 'Pending'])] });

/** Keeps the rows whose status is the configured one (the real provider filters status locally). */
function withStatus<T extends { raw: any }>(config: ObjectValue, rows: T[]): T[] {
  const want = str(config.status);
  return want ? rows.filter((r) => r.raw.Status === want) : rows;
}

const SNAT_OBJECT: { [name: string]: AttrType } = { id: S, snat_entry_id: S, snat_entry_name: S, snat_ip: S, source_cidr: S, source_vswitch_id: S, status: S };

export const snatEntriesAttributes: { [name: string]: AttributeSchema } = {
  ...LIST_BASICS,
  snat_table_id: { type: 'string', required: true, description: 'The SNAT table to list.' },
  snat_entry_name: opt('Only the entries with this name.'),
  snat_ip: opt('Only the entries translating to this public IP.'),
  source_cidr: opt('Only the entries for this source CIDR block.'),
  source_vswitch_id: opt('Only the entries for this VSwitch.'),
  status: STATUS,
  entries: { type: ['list', ['object', SNAT_OBJECT]], computed: true, description: 'The SNAT entries found.' },
};

export const snatEntriesDataSource: DataSourceDefinition = {
  typeName: 'alicloud_snat_entries',
  schema: { description: 'Lists the entries of a NAT gateway\'s SNAT table.', attributes: snatEntriesAttributes },

  async read(ctx, config) {
    const params = {
      SnatTableId: str(config.snat_table_id),
      SnatEntryName: str(config.snat_entry_name),
      SnatIp: str(config.snat_ip),
      SourceCIDR: str(config.source_cidr),
      SourceVSwitchId: str(config.source_vswitch_id),
    };
    const raw = await pages(ctx, 'vpc', 'DescribeSnatTableEntries', params, (out) => unwrapList(out?.SnatTableEntries, 'SnatTableEntry'));
    const rows = withStatus(config, localFilter(config, raw.map((e: any) => ({ id: String(e.SnatEntryId), name: String(e.SnatEntryName ?? ''), raw: e }))));
    const items: ObjectValue[] = rows.map(({ raw: e }) => ({
      id: String(e.SnatEntryId),
      snat_entry_id: String(e.SnatEntryId),
      snat_entry_name: e.SnatEntryName ?? '',
      snat_ip: e.SnatIp ?? '',
      source_cidr: e.SourceCIDR ?? '',
      source_vswitch_id: e.SourceVSwitchId ?? '',
      status: e.Status ?? '',
    }));
    return finishListing(snatEntriesAttributes, config, 'entries', items, rows);
  },
};

const FORWARD_OBJECT: { [name: string]: AttrType } = {
  id: S, forward_entry_id: S, forward_entry_name: S, name: S, external_ip: S, external_port: S, internal_ip: S, internal_port: S, ip_protocol: S, status: S,
};

export const forwardEntriesAttributes: { [name: string]: AttributeSchema } = {
  ...LIST_BASICS,
  forward_table_id: { type: 'string', required: true, description: 'The forward (DNAT) table to list.' },
  forward_entry_name: opt('Only the entries with this name.'),
  external_ip: opt('Only the entries on this public IP.'),
  external_port: opt('Only the entries on this public port (or range).'),
  internal_ip: opt('Only the entries forwarding to this private IP.'),
  internal_port: opt('Only the entries forwarding to this private port (or range).'),
  ip_protocol: opt('any, tcp or udp.', { validators: [oneOf(['any', 'tcp', 'udp'])] }),
  status: STATUS,
  entries: { type: ['list', ['object', FORWARD_OBJECT]], computed: true, description: 'The forward entries found.' },
};

export const forwardEntriesDataSource: DataSourceDefinition = {
  typeName: 'alicloud_forward_entries',
  schema: { description: 'Lists the entries of a NAT gateway\'s forward (DNAT) table.', attributes: forwardEntriesAttributes },

  async read(ctx, config) {
    const params = {
      ForwardTableId: str(config.forward_table_id),
      ForwardEntryName: str(config.forward_entry_name),
      ExternalIp: str(config.external_ip),
      ExternalPort: str(config.external_port),
      InternalIp: str(config.internal_ip),
      InternalPort: str(config.internal_port),
      IpProtocol: str(config.ip_protocol),
    };
    const raw = await pages(ctx, 'vpc', 'DescribeForwardTableEntries', params, (out) => unwrapList(out?.ForwardTableEntries, 'ForwardTableEntry'));
    const rows = withStatus(config, localFilter(config, raw.map((e: any) => ({ id: String(e.ForwardEntryId), name: String(e.ForwardEntryName ?? ''), raw: e }))));
    const items: ObjectValue[] = rows.map(({ raw: e }) => ({
      id: String(e.ForwardEntryId),
      forward_entry_id: String(e.ForwardEntryId),
      forward_entry_name: e.ForwardEntryName ?? '',
      name: e.ForwardEntryName ?? '',
      external_ip: e.ExternalIp ?? '',
      external_port: String(e.ExternalPort ?? ''),
      internal_ip: e.InternalIp ?? '',
      internal_port: String(e.InternalPort ?? ''),
      ip_protocol: e.IpProtocol ?? '',
      status: e.Status ?? '',
    }));
    return finishListing(forwardEntriesAttributes, config, 'entries', items, rows);
  },
};
