/**
 * alicloud_zones — the zones of the provider's region, from ECS DescribeZones, filtered by the
 * resources they can create, instance type and disk category.
 *
 * The real provider also calls DescribeAvailableResource to drop sold-out zones; the sandbox never
 * sells out, so DescribeZones alone gives the same answer.
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { api } from '../shared/api';
import { bool, str, unwrapList } from '../shared/values';
import { oneOf } from '../shared/validators';
import { OUTPUT_FILE_ATTR, resultId, writeOutputFile } from './common';

const ZONE_OBJECT: { [name: string]: AttrType } = {
  id: 'string',
  local_name: 'string',
  available_instance_types: ['list', 'string'],
  available_resource_creation: ['list', 'string'],
  available_disk_categories: ['list', 'string'],
  multi_zone_ids: ['list', 'string'],
  slb_slave_zone_ids: ['list', 'string'],
};

export const RESOURCE_CREATION = [
  'Instance',
  'Rds',
  'PolarDB',
  'KVStore',
  'VSwitch',
  'Disk',
  'IoOptimized',
  'FunctionCompute',
  'Elasticsearch',
  'Slb',
  'MongoDB',
  'Gpdb',
  'HBase',
  'ADB',
] as const;

/**
 * The values DescribeZones' AvailableResourceCreation answers for. The others name products outside
 * the sandbox: the real provider asks that product for its zones, and the sandbox, which offers
 * them nowhere, lets every ECS zone stand in, so that a VSwitch placed "where RDS is" still lands.
 */
const ECS_RESOURCES: readonly string[] = ['Instance', 'Disk', 'VSwitch', 'IoOptimized'];

export const zonesAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'A digest of the zone IDs found.' },
  available_instance_type: { type: 'string', optional: true, description: 'Only zones that offer this instance type.' },
  available_resource_creation: {
    type: 'string',
    optional: true,
    description: `Only zones where this resource can be created: ${RESOURCE_CREATION.join(', ')}.`,
    validators: [oneOf(RESOURCE_CREATION)],
  },
  available_disk_category: { type: 'string', optional: true, description: 'Only zones that offer this disk category.' },
  multi: { type: 'bool', optional: true, description: 'Multi-zone results (RDS only; always empty here).' },
  instance_charge_type: { type: 'string', optional: true, description: 'PostPaid (default) or PrePaid.', validators: [oneOf(['PostPaid', 'PrePaid'])] },
  network_type: { type: 'string', optional: true, description: 'Vpc or Classic.', validators: [oneOf(['Vpc', 'Classic'])] },
  spot_strategy: {
    type: 'string',
    optional: true,
    description: 'NoSpot (default), SpotWithPriceLimit or SpotAsPriceGo.',
    validators: [oneOf(['NoSpot', 'SpotWithPriceLimit', 'SpotAsPriceGo'])],
  },
  enable_details: { type: 'bool', optional: true, description: 'Fill in the zones\' details (default false: only their IDs).' },
  available_slb_address_type: {
    type: 'string',
    optional: true,
    description: 'Only zones offering SLB instances of this address type. Accepted and not used: the sandbox has no SLB, and every zone is listed.',
    acceptedOnly: 'Filters zones by SLB address type (SLB is outside the sandbox).',
  },
  available_slb_address_ip_version: {
    type: 'string',
    optional: true,
    description: 'Only zones offering SLB instances of this IP version. Accepted and not used: the sandbox has no SLB, and every zone is listed.',
    acceptedOnly: 'Filters zones by SLB IP version (SLB is outside the sandbox).',
  },
  output_file: OUTPUT_FILE_ATTR,
  ids: { type: ['list', 'string'], computed: true, description: 'The IDs of the zones found.' },
  zones: { type: ['list', ['object', ZONE_OBJECT]], computed: true, description: 'The zones found.' },
};

export const zonesDataSource: DataSourceDefinition = {
  typeName: 'alicloud_zones',
  schema: { description: 'Lists the zones of the region.', attributes: zonesAttributes },

  async read(ctx, config) {
    const out = await api(ctx, 'ecs', 'DescribeZones', {
      InstanceChargeType: str(config.instance_charge_type),
      SpotStrategy: str(config.spot_strategy),
      Verbose: true,
    });
    const wantResource = str(config.available_resource_creation);
    const wantType = str(config.available_instance_type);
    const wantDisk = str(config.available_disk_category);
    const details = bool(config.enable_details) === true;
    const zones: ObjectValue[] = [];
    for (const z of unwrapList(out?.Zones, 'Zone')) {
      const resources = unwrapList<string>(z?.AvailableResourceCreation, 'ResourceTypes');
      const types = unwrapList<string>(z?.AvailableInstanceTypes, 'InstanceTypes');
      const disks = unwrapList<string>(z?.AvailableDiskCategories, 'DiskCategories');
      if (wantResource && ECS_RESOURCES.includes(wantResource) && !resources.includes(wantResource)) continue;
      if (wantType && !types.includes(wantType)) continue;
      if (wantDisk && !disks.includes(wantDisk)) continue;
      zones.push({
        id: z.ZoneId,
        local_name: details ? (z.LocalName ?? '') : '',
        available_instance_types: details ? types : [],
        available_resource_creation: details ? resources : [],
        available_disk_categories: details ? disks : [],
        multi_zone_ids: [],
        slb_slave_zone_ids: [],
      });
    }
    const ids = zones.map((z) => z.id as string);
    writeOutputFile(config, zones);
    return {
      ...Object.fromEntries(Object.keys(zonesAttributes).map((k) => [k, config[k] ?? null])),
      id: resultId(ids),
      ids,
      zones,
    };
  },
};
