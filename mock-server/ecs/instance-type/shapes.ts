/**
 * How the catalogue's instance types appear in DescribeInstanceTypes. CPU and memory are the real
 * figures (domain/catalog); the network quotas (ENIs, private IPs per ENI, IPv6 per ENI, queues)
 * follow the size-based pattern of the real families rather than each family's exact table; the ENI
 * family (ecs/network-interface) owns and enforces the ENI figures.
 */
import type { InstanceTypeFact } from '../../domain/catalog';
import { eniPrivateIpQuantityFor, eniQuantityFor } from '../network-interface/records';

export function instanceTypeShape(t: InstanceTypeFact) {
  const enis = eniQuantityFor(t.cpu);
  const ips = eniPrivateIpQuantityFor(t.cpu);
  const queues = Math.max(1, Math.min(t.cpu, 16));
  return {
    InstanceTypeId: t.instanceType,
    InstanceTypeFamily: t.family,
    InstanceFamilyLevel: t.burstable ? 'CreditEntryLevel' : t.tier === 'legacy' && !t.category ? 'EntryLevel' : 'EnterpriseLevel',
    CpuCoreCount: t.cpu,
    MemorySize: t.memoryGiB,
    CpuArchitecture: t.architecture,
    // GPU, FPGA and local-disk families (d1ne, i2g, gn6v, vgn7i-vws, f3) say what they carry.
    GPUAmount: t.gpuAmount,
    GPUSpec: t.gpuSpec,
    GPUMemorySize: 0,
    LocalStorageCapacity: t.localStorage.capacityGiB,
    LocalStorageAmount: t.localStorage.amount,
    LocalStorageCategory: t.localStorage.category,
    EniQuantity: enis,
    EniTotalQuantity: enis,
    EniPrivateIpAddressQuantity: ips,
    EniIpv6AddressQuantity: t.tier === 'legacy' ? 1 : ips,
    PrimaryEniQueueNumber: queues,
    SecondaryEniQueueNumber: queues,
    MaximumQueueNumberPerEni: queues,
    TotalEniQueueQuantity: queues * enis,
    EniTrunkSupported: t.tier !== 'legacy',
    NvmeSupport: t.tier === 'current' || t.tier === 'latest' ? 'supported' : 'unsupported',
    InstanceBandwidthRx: t.cpu * 512_000,
    InstanceBandwidthTx: t.cpu * 512_000,
    InstancePpsRx: t.cpu * 100_000,
    InstancePpsTx: t.cpu * 100_000,
    // Burstable families earn CPU credits; the sandbox shows the usual per-vCPU figures.
    InitialCredit: t.burstable ? t.cpu * 30 : 0,
    BaselineCredit: t.burstable ? 10 * t.cpu : 0,
    InstanceCategory: t.burstable ? 'Shared' : t.category ?? 'General-purpose',
    CpuSpeedFrequency: 2.5,
    CpuTurboFrequency: 3.2,
    PhysicalProcessorModel: t.architecture === 'ARM' ? 'Yitian 710' : 'Intel Xeon Platinum',
  };
}
