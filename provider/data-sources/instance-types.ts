/**
 * alicloud_instance_types — the ECS instance types on offer, as aliyun/alicloud lists them: the
 * types each zone of the region offers (ECS DescribeZones' AvailableInstanceTypes), with their
 * sizes from DescribeInstanceTypes, narrowed by the real filters. A type offered in no zone of the
 * region is left out, as the real data source leaves out types with no stock.
 *
 * `price` is a sandbox figure (the sandbox does not bill): it grows with vCPUs and memory, and with
 * the GPUs and local disks a type carries, so that `sorted_by = "Price"` orders smaller and plainer
 * types first, as on the real cloud (a big-data ecs.d1ne.2xlarge costs more than an 8 vCPU / 32 GiB
 * ecs.g6.2xlarge).
 */
import type { AttrType, AttributeSchema, DataSourceDefinition, ObjectValue } from '../framework/types';
import { api } from '../shared/api';
import { num, str, unwrapList } from '../shared/values';
import { oneOf } from '../shared/validators';
import { OUTPUT_FILE_ATTR } from './common';
import { finishListing } from './listing';

const TYPE_OBJECT: { [name: string]: AttrType } = {
  id: 'string',
  price: 'string',
  cpu_core_count: 'number',
  memory_size: 'number',
  family: 'string',
  availability_zones: ['list', 'string'],
  nvme_support: 'string',
  gpu: ['map', 'string'],
  burstable_instance: ['map', 'string'],
  eni_amount: 'number',
  eni_quantity: 'number',
  primary_eni_queue_number: 'number',
  secondary_eni_queue_number: 'number',
  eni_ipv6_address_quantity: 'number',
  maximum_queue_number_per_eni: 'number',
  total_eni_queue_quantity: 'number',
  eni_private_ip_address_quantity: 'number',
  local_storage: ['map', 'string'],
};

const opt = (type: AttrType, description: string, extra: Partial<AttributeSchema> = {}): AttributeSchema => ({ type, optional: true, description, ...extra });

export const instanceTypesAttributes: { [name: string]: AttributeSchema } = {
  id: { type: 'string', computed: true, description: 'A digest of the IDs found.' },
  availability_zone: opt('string', 'Only types offered in this zone.'),
  cpu_core_count: opt('number', 'Only types with this many vCPUs.'),
  memory_size: opt('number', 'Only types with this much memory (GiB).'),
  instance_type_family: opt('string', 'Only types of this family, such as ecs.g7.'),
  instance_type: opt('string', 'Only this type.'),
  sorted_by: opt('string', 'Order: CPU, Memory or Price.', { validators: [oneOf(['CPU', 'Memory', 'Price'])] }),
  gpu_amount: opt('number', 'Only types with this many GPUs.'),
  gpu_spec: opt('string', 'Only types with this GPU, such as NVIDIA V100.'),
  instance_charge_type: opt('string', 'PostPaid or PrePaid: every sandbox type is sold both ways.', { validators: [oneOf(['PostPaid', 'PrePaid'])] }),
  network_type: opt('string', 'Vpc or Classic: every sandbox type is VPC-only.', { validators: [oneOf(['Vpc', 'Classic'])] }),
  spot_strategy: opt('string', 'NoSpot, SpotWithPriceLimit or SpotAsPriceGo: all are offered.', { validators: [oneOf(['NoSpot', 'SpotWithPriceLimit', 'SpotAsPriceGo'])] }),
  eni_amount: opt('number', 'Only types that take at least this many ENIs.'),
  kubernetes_node_role: opt('string', 'Master or Worker: only types a Kubernetes node can use (at least 2 vCPUs and 4 GiB, not ecs.t5; a Master no GPU type).', {
    validators: [oneOf(['Master', 'Worker'])],
  }),
  is_outdated: opt('bool', 'Also list outdated types (the sandbox lists every type it offers either way).'),
  system_disk_category: opt('string', 'Only types that take this system disk category (all do in the sandbox).'),
  image_id: opt('string', 'Only types that run this image (its architecture).'),
  minimum_eni_ipv6_address_quantity: opt('number', 'Only types whose ENIs take at least this many IPv6 addresses.'),
  minimum_eni_private_ip_address_quantity: opt('number', 'Only types whose ENIs take at least this many private IPs.'),
  output_file: OUTPUT_FILE_ATTR,
  ids: { type: ['list', 'string'], computed: true, description: 'The IDs of the types found.' },
  instance_types: { type: ['list', ['object', TYPE_OBJECT]], computed: true, description: 'The instance types found.' },
};

function price(t: any): string {
  const localGiB = Number(t.LocalStorageAmount ?? 0) * Number(t.LocalStorageCapacity ?? 0);
  return (t.CpuCoreCount * 0.06 + Number(t.MemorySize) * 0.015 + Number(t.GPUAmount ?? 0) * 1.5 + localGiB * 0.00002).toFixed(4);
}

/** The real provider's rule for kubernetes_node_role: no ecs.t5, at least 2 vCPUs and 4 GiB; a Master takes no GPU (ecs.gn*) type. */
function fitsKubernetesRole(t: any, role: string | undefined): boolean {
  if (!role) return true;
  const family = String(t.InstanceTypeFamily ?? '');
  if (family === 'ecs.t5' || Number(t.CpuCoreCount) < 2 || Number(t.MemorySize) < 4) return false;
  return !(role === 'Master' && family.startsWith('ecs.gn'));
}

export const instanceTypesDataSource: DataSourceDefinition = {
  typeName: 'alicloud_instance_types',
  schema: { description: 'Lists the ECS instance types offered in the region.', attributes: instanceTypesAttributes },

  async read(ctx, config) {
    const zonesOut = await api(ctx, 'ecs', 'DescribeZones', { InstanceChargeType: str(config.instance_charge_type), SpotStrategy: str(config.spot_strategy) });
    const zonesOf = new Map<string, string[]>();
    for (const z of unwrapList(zonesOut?.Zones, 'Zone')) {
      if (str(config.availability_zone) && z.ZoneId !== str(config.availability_zone)) continue;
      for (const t of unwrapList<string>(z?.AvailableInstanceTypes, 'InstanceTypes')) zonesOf.set(t, [...(zonesOf.get(t) ?? []), z.ZoneId]);
    }
    const typesOut = await api(ctx, 'ecs', 'DescribeInstanceTypes', {
      InstanceTypeFamily: str(config.instance_type_family),
      'InstanceTypes.1': str(config.instance_type),
    });
    let arch: string | undefined;
    if (str(config.image_id)) {
      const img = await api(ctx, 'ecs', 'DescribeImages', { ImageId: str(config.image_id) });
      arch = unwrapList(img?.Images, 'Image')[0]?.Architecture;
    }
    const cpu = num(config.cpu_core_count);
    const mem = num(config.memory_size);
    const gpuAmount = num(config.gpu_amount) ?? 0;
    const gpuSpec = str(config.gpu_spec);
    let rows = unwrapList(typesOut?.InstanceTypes, 'InstanceType').filter(
      (t: any) =>
        zonesOf.has(t.InstanceTypeId) &&
        (gpuAmount <= 0 || Number(t.GPUAmount ?? 0) === gpuAmount) &&
        (!gpuSpec || t.GPUSpec === gpuSpec) &&
        str(config.network_type) !== 'Classic' &&
        (cpu === undefined || t.CpuCoreCount === cpu) &&
        (mem === undefined || Number(t.MemorySize) === mem) &&
        (num(config.eni_amount) === undefined || t.EniQuantity >= num(config.eni_amount)!) &&
        (num(config.minimum_eni_ipv6_address_quantity) === undefined || t.EniIpv6AddressQuantity >= num(config.minimum_eni_ipv6_address_quantity)!) &&
        (num(config.minimum_eni_private_ip_address_quantity) === undefined || t.EniPrivateIpAddressQuantity >= num(config.minimum_eni_private_ip_address_quantity)!) &&
        (!arch || (arch === 'arm64') === (t.CpuArchitecture === 'ARM')) &&
        fitsKubernetesRole(t, str(config.kubernetes_node_role)),
    );
    const by = str(config.sorted_by);
    const key = (t: any): number[] => (by === 'Memory' ? [t.MemorySize, t.CpuCoreCount] : by === 'CPU' ? [t.CpuCoreCount, t.MemorySize] : [Number(price(t))]);
    rows = [...rows].sort((a: any, b: any) => {
      const ka = key(a);
      const kb = key(b);
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
      return String(a.InstanceTypeId).localeCompare(String(b.InstanceTypeId));
    });
    const items: ObjectValue[] = rows.map((t: any) => ({
      id: t.InstanceTypeId,
      price: price(t),
      cpu_core_count: t.CpuCoreCount,
      memory_size: Number(t.MemorySize),
      family: t.InstanceTypeFamily,
      availability_zones: zonesOf.get(t.InstanceTypeId) ?? [],
      nvme_support: t.NvmeSupport ?? 'unsupported',
      gpu: { amount: String(t.GPUAmount ?? 0), category: String(t.GPUSpec ?? '') },
      burstable_instance: { initial_credit: String(t.InitialCredit ?? 0), baseline_credit: String(t.BaselineCredit ?? 0) },
      eni_amount: t.EniQuantity ?? 1,
      eni_quantity: t.EniQuantity ?? 1,
      primary_eni_queue_number: t.PrimaryEniQueueNumber ?? 1,
      secondary_eni_queue_number: t.SecondaryEniQueueNumber ?? 1,
      eni_ipv6_address_quantity: t.EniIpv6AddressQuantity ?? 0,
      maximum_queue_number_per_eni: t.MaximumQueueNumberPerEni ?? 1,
      total_eni_queue_quantity: t.TotalEniQueueQuantity ?? 1,
      eni_private_ip_address_quantity: t.EniPrivateIpAddressQuantity ?? 1,
      local_storage: { capacity: String(t.LocalStorageCapacity ?? 0), amount: String(t.LocalStorageAmount ?? 0), category: String(t.LocalStorageCategory ?? '') },
    }));
    return finishListing(instanceTypesAttributes, config, 'instance_types', items, items.map((i) => ({ id: i.id as string })));
  },
};
