/**
 * DescribeInstanceTypes and DescribeInstanceTypeFamilies, from the shared catalogue
 * (domain/catalog): every type the sandbox knows, whichever zones offer it (as the real actions
 * list the region's types; DescribeAvailableResource / DescribeZones say where each is offered).
 */
import { paginate } from '../../actions/paging';
import { ignored } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { INSTANCE_FAMILIES, INSTANCE_TYPE_FACTS } from '../../domain/catalog';
import { requireRegion } from '../../domain/region-catalog';
import { integer, list, string } from '../../wire/params';
import { instanceTypeShape } from './shapes';

const describeInstanceTypes = defineAction({
  name: 'DescribeInstanceTypes',
  products: ['ecs'],
  // The real action lists the types of the endpoint's region; the sandbox's catalogue is the same everywhere.
  regional: false,
  params: {
    InstanceTypeFamily: string({ maxLength: 64 }),
    InstanceTypes: list(string({ maxLength: 128 }), { maxItems: 10 }),
    CpuArchitecture: string({ enum: ['X86', 'ARM'] }),
    CpuArchitectures: list(string({ maxLength: 16 })),
    MinimumCpuCoreCount: integer({ min: 0 }),
    MaximumCpuCoreCount: integer({ min: 0 }),
    MinimumMemorySize: string({ pattern: /^\d+(\.\d+)?$/ }),
    MaximumMemorySize: string({ pattern: /^\d+(\.\d+)?$/ }),
    MinimumEniQuantity: integer({ min: 0 }),
    MinimumEniIpv6AddressQuantity: integer({ min: 0 }),
    MinimumEniPrivateIpAddressQuantity: integer({ min: 0 }),
    MaxResults: integer({ min: 1, max: 1600 }),
    NextToken: string({ maxLength: 256 }),
    // GPU, local storage, NVMe and performance filters: accepted, not applied (the rows carry GPUAmount,
    // GPUSpec and LocalStorage*, which alicloud_instance_types filters on itself).
    ...ignored(
      'GPUSpec', 'InstanceFamilyLevel', 'InstanceTypeCategory', 'LocalStorageCategory', 'MaximumCpuSpeedFrequency',
      'MaximumCpuTurboFrequency', 'MaximumGPUAmount', 'MinimumBaselineCredit', 'MinimumCpuSpeedFrequency', 'MinimumCpuTurboFrequency',
      'MinimumDiskQuantity', 'MinimumGPUAmount', 'MinimumInitialCredit', 'MinimumInstanceBandwidthRx', 'MinimumInstanceBandwidthTx',
      'MinimumInstancePpsRx', 'MinimumInstancePpsTx', 'MinimumLocalStorageAmount', 'MinimumLocalStorageCapacity', 'MinimumPrimaryEniQueueNumber',
      'MinimumQueuePairNumber', 'MinimumSecondaryEniQueueNumber', 'NvmeSupport', 'PhysicalProcessorModel', 'InstanceCategory',
      'MinimumEriQuantity',
    ),
    // Repeated filters of the same kinds (GPU, local storage, categories, processors, extra output): accepted, not modelled.
    AdditionalAttributes: list(string({ maxLength: 64 })),
    GpuSpecs: list(string({ maxLength: 64 })),
    InstanceCategories: list(string({ maxLength: 64 })),
    InstanceTypeFamilies: list(string({ maxLength: 64 })),
    LocalStorageCategories: list(string({ maxLength: 64 })),
    PhysicalProcessorModels: list(string({ maxLength: 128 })),
  },
  handle(_ctx, p) {
    const wanted = p.InstanceTypes && p.InstanceTypes.length > 0 ? new Set(p.InstanceTypes) : undefined;
    const archs = p.CpuArchitectures && p.CpuArchitectures.length > 0 ? p.CpuArchitectures : p.CpuArchitecture ? [p.CpuArchitecture] : undefined;
    const rows = INSTANCE_TYPE_FACTS.map(instanceTypeShape).filter(
      (t) =>
        (!wanted || wanted.has(t.InstanceTypeId)) &&
        (!p.InstanceTypeFamily || t.InstanceTypeFamily === p.InstanceTypeFamily) &&
        (!p.InstanceTypeFamilies?.length || p.InstanceTypeFamilies.includes(t.InstanceTypeFamily)) &&
        (!archs || archs.includes(t.CpuArchitecture)) &&
        (p.MinimumCpuCoreCount === undefined || t.CpuCoreCount >= p.MinimumCpuCoreCount) &&
        (p.MaximumCpuCoreCount === undefined || t.CpuCoreCount <= p.MaximumCpuCoreCount) &&
        (p.MinimumMemorySize === undefined || t.MemorySize >= Number(p.MinimumMemorySize)) &&
        (p.MaximumMemorySize === undefined || t.MemorySize <= Number(p.MaximumMemorySize)) &&
        (p.MinimumEniQuantity === undefined || t.EniQuantity >= p.MinimumEniQuantity) &&
        (p.MinimumEniIpv6AddressQuantity === undefined || t.EniIpv6AddressQuantity >= p.MinimumEniIpv6AddressQuantity) &&
        (p.MinimumEniPrivateIpAddressQuantity === undefined || t.EniPrivateIpAddressQuantity >= p.MinimumEniPrivateIpAddressQuantity),
    );
    // The real action pages with MaxResults (default and maximum 1600) and NextToken only.
    const pg = paginate(rows, { MaxResults: p.MaxResults ?? 1600, NextToken: p.NextToken });
    return { NextToken: pg.meta.NextToken, InstanceTypes: { InstanceType: pg.items } };
  },
});

const describeInstanceTypeFamilies = defineAction({
  name: 'DescribeInstanceTypeFamilies',
  products: ['ecs'],
  params: { Generation: string({ maxLength: 32 }) },
  handle(ctx, p) {
    requireRegion(ctx.region);
    const families = INSTANCE_FAMILIES.filter((f) => !p.Generation || f.generation === p.Generation);
    return { InstanceTypeFamilies: { InstanceTypeFamily: families.map((f) => ({ InstanceTypeFamilyId: f.family, Generation: f.generation })) } };
  },
});

export const instanceTypeActions = [describeInstanceTypes, describeInstanceTypeFamilies];
