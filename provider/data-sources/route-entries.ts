/**
 * alicloud_route_entries — the entries of one route table: VPC DescribeRouteTables for the table
 * (its RouteEntrys), filtered locally by next-hop instance, type and destination CIDR block, as
 * aliyun/alicloud lists them. Like the real one it has no ids/names: the digest id is made from the
 * table id of each entry found.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { str, unwrapList } from '../shared/values';
import { OUTPUT_FILE_ATTR, pages, resultId, writeOutputFile } from './common';

const S = 'string' as const;
const ENTRY_OBJECT: { [name: string]: AttrType } = { type: S, next_hop_type: S, status: S, instance_id: S, route_table_id: S, cidr_block: S };
const opt = (description: string): AttributeSchema => ({ type: 'string', optional: true, description });

export const routeEntriesAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'A digest of the entries\' table ids.' },
  route_table_id: { type: 'string', required: true, description: 'The route table to list.' },
  instance_id: opt('Only the entries whose next hop is this instance.'),
  type: opt('Only the entries of this type (System, Custom, BGP).'),
  cidr_block: opt('Only the entry for this destination CIDR block.'),
  output_file: OUTPUT_FILE_ATTR,
  entries: { type: ['list', ['object', ENTRY_OBJECT]], computed: true, description: 'The route entries found.' },
};

export const routeEntriesDataSource: DataSourceDefinition = {
  typeName: 'alicloud_route_entries',
  schema: { description: 'Lists the entries of a route table.', attributes: routeEntriesAttributes },

  async read(ctx, config) {
    const tables = await pages(ctx, 'vpc', 'DescribeRouteTables', { RouteTableId: str(config.route_table_id) }, (out) => unwrapList(out?.RouteTables, 'RouteTable'));
    const [instance, type, cidr] = [str(config.instance_id), str(config.type), str(config.cidr_block)];
    const found = unwrapList(tables[0]?.RouteEntrys, 'RouteEntry').filter(
      (e: any) => (!instance || e.InstanceId === instance) && (!type || e.Type === type) && (!cidr || e.DestinationCidrBlock === cidr),
    );
    const items: ObjectValue[] = found.map((e: any) => ({
      type: e.Type ?? '',
      next_hop_type: e.NextHopType ?? '',
      status: e.Status ?? '',
      instance_id: e.InstanceId ?? '',
      route_table_id: e.RouteTableId ?? '',
      cidr_block: e.DestinationCidrBlock ?? '',
    }));
    writeOutputFile(config, items);
    return {
      ...Object.fromEntries(Object.keys(routeEntriesAttributes).map((k) => [k, config[k] ?? null])),
      id: resultId(found.map((e: any) => String(e.RouteTableId ?? ''))),
      entries: items,
    };
  },
};
