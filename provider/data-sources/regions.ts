/**
 * alicloud_regions — ECS DescribeRegions, narrowed locally to the provider's own region
 * (`current = true`) or to the one named, as aliyun/alicloud does. Like the real one, a query
 * that finds nothing (or names another region together with `current`) is an error.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { api } from '../shared/api';
import { bool, str, unwrapList } from '../shared/values';
import { OUTPUT_FILE_ATTR, resultId, writeOutputFile } from './common';

const REGION_OBJECT: { [name: string]: AttrType } = { id: 'string', region_id: 'string', local_name: 'string' };

export const regionsAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'A digest of the region ids found.' },
  name: { type: 'string', optional: true, computed: true, description: 'Only the region with this id.' },
  current: { type: 'bool', optional: true, computed: true, description: 'Only the provider\'s own region.' },
  output_file: OUTPUT_FILE_ATTR,
  ids: { type: ['list', 'string'], computed: true, description: 'The region ids found.' },
  regions: { type: ['list', ['object', REGION_OBJECT]], computed: true, description: 'The regions found.' },
};

export const regionsDataSource: DataSourceDefinition = {
  typeName: 'alicloud_regions',
  schema: { description: 'Lists the regions of the cloud (the sandbox\'s catalogue).', attributes: regionsAttributes },

  async read(ctx, config) {
    const out = await api(ctx, 'ecs', 'DescribeRegions', {});
    const all = unwrapList(out?.Regions, 'Region');
    const name = str(config.name);
    if (bool(config.current) && name !== undefined && name !== ctx.region) {
      throw new Error(`name "${name}" does not match the provider's region ${ctx.region} while current = true; drop one of them or name ${ctx.region}`);
    }
    const want = bool(config.current) ? ctx.region : name;
    const found = all.filter((r: any) => want === undefined || r.RegionId === want);
    if (found.length === 0) throw new Error(`no region matches name = "${name}"; the sandbox knows ${all.map((r: any) => r.RegionId).join(', ')}`);
    const items: ObjectValue[] = found.map((r: any) => ({ id: r.RegionId, region_id: r.RegionId, local_name: r.LocalName ?? '' }));
    writeOutputFile(config, items);
    const ids = found.map((r: any) => String(r.RegionId));
    return { name: config.name ?? null, current: config.current ?? null, output_file: config.output_file ?? null, id: resultId(ids), ids, regions: items };
  },
};
