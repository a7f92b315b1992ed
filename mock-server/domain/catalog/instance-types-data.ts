/**
 * ECS instance families and types, as facts: each type's real vCPU count and memory (GiB), looked
 * up in Alibaba Cloud's instance-family pages. Old families (n4, sn1ne, sn2ne, g5 …) are kept
 * because real configurations and the provider's own docs examples still name them.
 *
 * Which zone offers which family is a SANDBOX SIMPLIFICATION (the real offering differs per zone
 * and changes daily). The rule, by the zone's era (regions-data.ts):
 *   - every zone offers the `common` families (t5, t6, e, u1, g6/c6/r6, g7/c7/r7), so any type the
 *     sandbox offered before is still offered everywhere;
 *   - old and established zones (era 1 and 2) also offer the `legacy` families (n4, mn4, xn4,
 *     sn1ne, sn2ne, se1ne, g5/c5/r5, hfc5/hfg5), so `ecs.n4.large` is found in the common zones;
 *   - established and new zones (era 2 and 3) also offer the `current` families (g8i/c8i/r8i,
 *     g6e/c6e/r6e, g7a/c7a/r7a, g8a/c8a/r8a, g8y/c8y/r8y (ARM), hfc7/hfg7);
 *   - new zones (era 3) also offer the `latest` families (g9i/c9i/r9i, g9a/c9a/r9a, u2i).
 *
 * Specialised families (big data d1ne, local SSD i2g, high clock speed hfg6, bare metal ebmc6,
 * GPU gn6v, vGPU vgn7i-vws, FPGA f3) carry their category and what each type brings besides vCPUs
 * and memory (GPUs, FPGAs, local disks), so that DescribeInstanceTypes does not report a GPU type
 * as a plain one. They follow the same era rule: hfg6 and ebmc6 are sixth-generation like g6
 * (`common`), d1ne, i2g, gn6v and f3 are older (`legacy`), vgn7i-vws is newer (`current`). The
 * alibabacloud-automation ECS-instance module's examples look each of them up in a zone of this
 * tier (cn-hangzhou-h/-i/-j, cn-heyuan-a, cn-beijing-g). Real stock of these families is scarcer
 * than the sandbox's: it never runs out.
 */
import type { ZoneEra } from './regions-data';

export type FamilyTier = 'legacy' | 'common' | 'current' | 'latest';

export interface InstanceFamilyFact {
  /** "ecs.g7" */
  family: string;
  /** DescribeInstanceTypes' InstanceTypeFamily generation, such as "ecs-4". */
  generation: string;
  tier: FamilyTier;
  /** Type id → [vCPUs, memory in GiB]. */
  types: Readonly<Record<string, readonly [number, number]>>;
  /** CPU architecture of the family. */
  architecture?: 'X86' | 'ARM';
  /** Burstable (shared-performance) families. */
  burstable?: boolean;
  /** DescribeInstanceTypes' InstanceCategory of a specialised family, such as "Big data". */
  category?: string;
  /**
   * What each type of a specialised family brings besides vCPUs and memory: GPUs or FPGAs (`spec`
   * is the card, `per` the count per type), or local disks (`per` the disk count and size in GiB).
   */
  extra?: Accelerator | LocalDisks;
}

export interface Accelerator {
  kind: 'GPU' | 'FPGA';
  spec: string;
  /** Type id → cards per instance. */
  per: Readonly<Record<string, number>>;
}

export interface LocalDisks {
  kind: 'LocalDisk';
  /** DescribeInstanceTypes' LocalStorageCategory. */
  category: 'local_hdd_pro' | 'local_ssd_pro';
  /** Type id → [disks, GiB per disk]. */
  per: Readonly<Record<string, readonly [number, number]>>;
}

/** Sizes large … 8xlarge of a family with a fixed GiB-per-vCPU ratio. */
function sized(family: string, memPerCpu: number, sizes: readonly string[]): Record<string, readonly [number, number]> {
  const vcpu: Record<string, number> = { small: 1, large: 2, xlarge: 4, '2xlarge': 8, '3xlarge': 12, '4xlarge': 16, '6xlarge': 24, '8xlarge': 32, '16xlarge': 64 };
  return Object.fromEntries(sizes.map((s) => [`${family}.${s}`, [vcpu[s], vcpu[s] * memPerCpu] as const]));
}

const STD = ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge'] as const;
const STD3 = ['large', 'xlarge', '2xlarge', '3xlarge', '4xlarge', '8xlarge'] as const;

/** g = 4 GiB per vCPU, c = 2, r = 8: one entry per family of the usual trio. */
function trio(prefix: string, suffix: string, generation: string, tier: FamilyTier, sizes: readonly string[], architecture?: 'ARM'): InstanceFamilyFact[] {
  return ([['g', 4], ['c', 2], ['r', 8]] as const).map(([k, ratio]) => {
    const family = `ecs.${k}${prefix}${suffix}`;
    return { family, generation, tier, types: sized(family, ratio, sizes), ...(architecture ? { architecture } : {}) };
  });
}

export const INSTANCE_FAMILIES: readonly InstanceFamilyFact[] = [
  // ---- legacy (generation ecs-1 … ecs-3) --------------------------------------------------
  { family: 'ecs.n4', generation: 'ecs-3', tier: 'legacy', types: { 'ecs.n4.small': [1, 2], ...sized('ecs.n4', 2, STD) } },
  { family: 'ecs.mn4', generation: 'ecs-3', tier: 'legacy', types: { 'ecs.mn4.small': [1, 4], ...sized('ecs.mn4', 4, STD) } },
  { family: 'ecs.xn4', generation: 'ecs-3', tier: 'legacy', types: { 'ecs.xn4.small': [1, 1] } },
  { family: 'ecs.sn1ne', generation: 'ecs-3', tier: 'legacy', types: sized('ecs.sn1ne', 2, STD) },
  { family: 'ecs.sn2ne', generation: 'ecs-3', tier: 'legacy', types: sized('ecs.sn2ne', 4, STD) },
  { family: 'ecs.se1ne', generation: 'ecs-3', tier: 'legacy', types: sized('ecs.se1ne', 8, STD) },
  ...trio('5', '', 'ecs-3', 'legacy', STD),
  { family: 'ecs.hfc5', generation: 'ecs-3', tier: 'legacy', types: sized('ecs.hfc5', 2, ['large', 'xlarge', '2xlarge', '4xlarge']) },
  { family: 'ecs.hfg5', generation: 'ecs-3', tier: 'legacy', types: sized('ecs.hfg5', 4, ['large', 'xlarge', '2xlarge', '4xlarge']) },
  // ---- common: offered in every zone (every type the sandbox offered before is here) --------
  {
    family: 'ecs.t5',
    generation: 'ecs-3',
    tier: 'common',
    burstable: true,
    types: {
      'ecs.t5-lc2m1.nano': [1, 0.5],
      'ecs.t5-lc1m1.small': [1, 1],
      'ecs.t5-lc1m2.small': [1, 2],
      'ecs.t5-lc1m2.large': [2, 4],
      'ecs.t5-lc1m4.large': [2, 8],
      'ecs.t5-c1m1.large': [2, 2],
      'ecs.t5-c1m2.large': [2, 4],
      'ecs.t5-c1m4.large': [2, 8],
      'ecs.t5-c1m1.xlarge': [4, 4],
      'ecs.t5-c1m2.xlarge': [4, 8],
      'ecs.t5-c1m4.xlarge': [4, 16],
    },
  },
  {
    family: 'ecs.t6',
    generation: 'ecs-4',
    tier: 'common',
    burstable: true,
    types: {
      'ecs.t6-c4m1.large': [2, 0.5],
      'ecs.t6-c2m1.large': [2, 1],
      'ecs.t6-c1m1.large': [2, 2],
      'ecs.t6-c1m2.large': [2, 4],
      'ecs.t6-c1m4.large': [2, 8],
      'ecs.t6-c1m4.xlarge': [4, 16],
      'ecs.t6-c1m4.2xlarge': [8, 32],
    },
  },
  {
    family: 'ecs.e',
    generation: 'ecs-4',
    tier: 'common',
    types: {
      'ecs.e-c1m1.large': [2, 2],
      'ecs.e-c1m2.large': [2, 4],
      'ecs.e-c1m4.large': [2, 8],
      'ecs.e-c1m2.xlarge': [4, 8],
      'ecs.e-c1m4.xlarge': [4, 16],
      'ecs.e-c1m2.2xlarge': [8, 16],
      'ecs.e-c1m4.2xlarge': [8, 32],
    },
  },
  {
    family: 'ecs.u1',
    generation: 'ecs-4',
    tier: 'common',
    types: {
      'ecs.u1-c1m1.large': [2, 2],
      'ecs.u1-c1m2.large': [2, 4],
      'ecs.u1-c1m4.large': [2, 8],
      'ecs.u1-c1m8.large': [2, 16],
      'ecs.u1-c1m1.xlarge': [4, 4],
      'ecs.u1-c1m2.xlarge': [4, 8],
      'ecs.u1-c1m4.xlarge': [4, 16],
      'ecs.u1-c1m2.2xlarge': [8, 16],
      'ecs.u1-c1m4.2xlarge': [8, 32],
    },
  },
  ...trio('6', '', 'ecs-4', 'common', STD3),
  ...trio('7', '', 'ecs-4', 'common', STD3),
  // ---- current: established and new zones ----------------------------------------------------
  ...trio('6', 'e', 'ecs-4', 'current', STD),
  ...trio('7', 'a', 'ecs-4', 'current', STD),
  ...trio('8', 'i', 'ecs-5', 'current', STD),
  ...trio('8', 'a', 'ecs-5', 'current', STD),
  ...trio('8', 'y', 'ecs-5', 'current', STD, 'ARM'),
  { family: 'ecs.hfc7', generation: 'ecs-4', tier: 'current', types: sized('ecs.hfc7', 2, ['large', 'xlarge', '2xlarge', '4xlarge']) },
  { family: 'ecs.hfg7', generation: 'ecs-4', tier: 'current', types: sized('ecs.hfg7', 4, ['large', 'xlarge', '2xlarge', '4xlarge']) },
  // ---- latest: new zones only ------------------------------------------------------------------
  ...trio('9', 'i', 'ecs-6', 'latest', STD),
  ...trio('9', 'a', 'ecs-6', 'latest', STD),
  {
    family: 'ecs.u2i',
    generation: 'ecs-6',
    tier: 'latest',
    types: { 'ecs.u2i-c1m2.large': [2, 4], 'ecs.u2i-c1m4.large': [2, 8], 'ecs.u2i-c1m2.xlarge': [4, 8], 'ecs.u2i-c1m4.xlarge': [4, 16] },
  },
  // ---- specialised families (sizes, cards and local disks from their instance-family pages) ----
  {
    family: 'ecs.hfg6',
    generation: 'ecs-4',
    tier: 'common',
    category: 'High Clock Speed',
    types: {
      'ecs.hfg6.large': [2, 8],
      'ecs.hfg6.xlarge': [4, 16],
      'ecs.hfg6.2xlarge': [8, 32],
      'ecs.hfg6.3xlarge': [12, 48],
      'ecs.hfg6.4xlarge': [16, 64],
      'ecs.hfg6.6xlarge': [24, 96],
      'ecs.hfg6.8xlarge': [32, 128],
      'ecs.hfg6.10xlarge': [40, 192],
      'ecs.hfg6.16xlarge': [64, 256],
      'ecs.hfg6.20xlarge': [80, 384],
    },
  },
  { family: 'ecs.ebmc6', generation: 'ecs-4', tier: 'common', category: 'ECS Bare Metal', types: { 'ecs.ebmc6.26xlarge': [104, 192] } },
  {
    family: 'ecs.d1ne',
    generation: 'ecs-3',
    tier: 'legacy',
    category: 'Big data',
    types: { 'ecs.d1ne.2xlarge': [8, 32], 'ecs.d1ne.4xlarge': [16, 64], 'ecs.d1ne.6xlarge': [24, 96], 'ecs.d1ne.8xlarge': [32, 128], 'ecs.d1ne.14xlarge': [56, 224] },
    extra: {
      kind: 'LocalDisk',
      category: 'local_hdd_pro',
      per: { 'ecs.d1ne.2xlarge': [4, 5500], 'ecs.d1ne.4xlarge': [8, 5500], 'ecs.d1ne.6xlarge': [12, 5500], 'ecs.d1ne.8xlarge': [16, 5500], 'ecs.d1ne.14xlarge': [28, 5500] },
    },
  },
  {
    family: 'ecs.i2g',
    generation: 'ecs-3',
    tier: 'legacy',
    category: 'Local SSDs',
    types: { 'ecs.i2g.2xlarge': [8, 32], 'ecs.i2g.4xlarge': [16, 64], 'ecs.i2g.8xlarge': [32, 128], 'ecs.i2g.16xlarge': [64, 256] },
    extra: { kind: 'LocalDisk', category: 'local_ssd_pro', per: { 'ecs.i2g.2xlarge': [1, 894], 'ecs.i2g.4xlarge': [1, 1788], 'ecs.i2g.8xlarge': [2, 1788], 'ecs.i2g.16xlarge': [4, 1788] } },
  },
  {
    family: 'ecs.gn6v',
    generation: 'ecs-3',
    tier: 'legacy',
    category: 'Compute-optimized with GPU',
    types: { 'ecs.gn6v-c8g1.2xlarge': [8, 32], 'ecs.gn6v-c8g1.8xlarge': [32, 128], 'ecs.gn6v-c8g1.16xlarge': [64, 256], 'ecs.gn6v-c10g1.20xlarge': [82, 336] },
    extra: { kind: 'GPU', spec: 'NVIDIA V100', per: { 'ecs.gn6v-c8g1.2xlarge': 1, 'ecs.gn6v-c8g1.8xlarge': 4, 'ecs.gn6v-c8g1.16xlarge': 8, 'ecs.gn6v-c10g1.20xlarge': 8 } },
  },
  {
    family: 'ecs.vgn7i-vws',
    generation: 'ecs-4',
    tier: 'current',
    category: 'Visual Compute-optimized',
    types: { 'ecs.vgn7i-vws-m4.xlarge': [4, 30], 'ecs.vgn7i-vws-m8.2xlarge': [10, 62], 'ecs.vgn7i-vws-m12.3xlarge': [14, 93], 'ecs.vgn7i-vws-m24.7xlarge': [30, 186] },
    // Each type holds a slice of one A10 (1/6, 1/3, 1/2, a whole card): one virtual GPU each.
    extra: { kind: 'GPU', spec: 'NVIDIA A10', per: { 'ecs.vgn7i-vws-m4.xlarge': 1, 'ecs.vgn7i-vws-m8.2xlarge': 1, 'ecs.vgn7i-vws-m12.3xlarge': 1, 'ecs.vgn7i-vws-m24.7xlarge': 1 } },
  },
  {
    family: 'ecs.f3',
    generation: 'ecs-3',
    tier: 'legacy',
    category: 'Compute-optimized with FPGA',
    types: { 'ecs.f3-c4f1.xlarge': [4, 16], 'ecs.f3-c8f1.2xlarge': [8, 32], 'ecs.f3-c16f1.4xlarge': [16, 64], 'ecs.f3-c16f1.8xlarge': [32, 128], 'ecs.f3-c16f1.16xlarge': [64, 256] },
    extra: { kind: 'FPGA', spec: 'Xilinx VU9P', per: { 'ecs.f3-c4f1.xlarge': 1, 'ecs.f3-c8f1.2xlarge': 1, 'ecs.f3-c16f1.4xlarge': 1, 'ecs.f3-c16f1.8xlarge': 2, 'ecs.f3-c16f1.16xlarge': 4 } },
  },
];

/** The family tiers a zone of this era offers (the sandbox rule above). */
export function tiersOfEra(era: ZoneEra): readonly FamilyTier[] {
  switch (era) {
    case 1:
      return ['legacy', 'common'];
    case 2:
      return ['legacy', 'common', 'current'];
    case 3:
      return ['common', 'current', 'latest'];
  }
}
