/**
 * The specialised families the alibabacloud-automation ECS-instance module's examples look up
 * (high clock speed hfg6, big data d1ne, local SSD i2g, bare metal ebmc6, GPU gn6v, vGPU
 * vgn7i-vws, FPGA f3): their real sizes, what they carry besides vCPUs and memory, and the zones
 * the examples name offering them.
 */
import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../../mock-server/app';
import { INSTANCE_TYPE_FACTS, instanceTypeFact, zoneOffersInstanceType } from '../../../mock-server/domain/catalog';
import { ok, startTestSandbox } from '../../helpers/rpc';

describe('catalogue: specialised instance families', () => {
  it('knows their real vCPUs and memory', () => {
    const size = (t: string) => {
      const f = instanceTypeFact(t);
      return f && [f.cpu, f.memoryGiB];
    };
    assert.deepEqual(size('ecs.hfg6.large'), [2, 8]);
    assert.deepEqual(size('ecs.hfg6.10xlarge'), [40, 192]);
    assert.deepEqual(size('ecs.d1ne.2xlarge'), [8, 32]);
    assert.deepEqual(size('ecs.i2g.2xlarge'), [8, 32]);
    assert.deepEqual(size('ecs.ebmc6.26xlarge'), [104, 192]);
    assert.deepEqual(size('ecs.gn6v-c10g1.20xlarge'), [82, 336]);
    assert.deepEqual(size('ecs.vgn7i-vws-m4.xlarge'), [4, 30]);
    assert.deepEqual(size('ecs.f3-c16f1.8xlarge'), [32, 128]);
  });

  it('says what each type carries besides vCPUs and memory; plain types carry nothing', () => {
    const gn6v = instanceTypeFact('ecs.gn6v-c8g1.8xlarge')!;
    assert.deepEqual([gn6v.gpuAmount, gn6v.gpuSpec, gn6v.category], [4, 'NVIDIA V100', 'Compute-optimized with GPU']);
    const d1ne = instanceTypeFact('ecs.d1ne.4xlarge')!;
    assert.deepEqual(d1ne.localStorage, { amount: 8, capacityGiB: 5500, category: 'local_hdd_pro' });
    assert.deepEqual(instanceTypeFact('ecs.i2g.8xlarge')!.localStorage, { amount: 2, capacityGiB: 1788, category: 'local_ssd_pro' });
    const f3 = instanceTypeFact('ecs.f3-c16f1.16xlarge')!;
    assert.deepEqual([f3.fpgaAmount, f3.gpuAmount], [4, 0]);
    const g6 = instanceTypeFact('ecs.g6.2xlarge')!;
    assert.deepEqual([g6.gpuAmount, g6.gpuSpec, g6.fpgaAmount, g6.localStorage.amount, g6.category], [0, '', 0, 0, undefined]);
    // Every type of a family with cards or disks has its own count (none forgotten).
    for (const t of INSTANCE_TYPE_FACTS.filter((x) => ['ecs.gn6v', 'ecs.vgn7i-vws'].includes(x.family))) assert.ok(t.gpuAmount > 0, t.instanceType);
    for (const t of INSTANCE_TYPE_FACTS.filter((x) => ['ecs.d1ne', 'ecs.i2g'].includes(x.family))) assert.ok(t.localStorage.amount > 0, t.instanceType);
    for (const t of INSTANCE_TYPE_FACTS.filter((x) => x.family === 'ecs.f3')) assert.ok(t.fpgaAmount > 0, t.instanceType);
  });

  it('offers each in the zone the module example names, by the era rule', () => {
    // x86-architecture/*: general-purpose in cn-hangzhou-j, big-data in -i, the rest in -h.
    assert.ok(zoneOffersInstanceType('cn-hangzhou-j', 'ecs.g6.large'));
    assert.ok(zoneOffersInstanceType('cn-hangzhou-i', 'ecs.d1ne.2xlarge'));
    for (const t of ['ecs.c6.large', 'ecs.r6.large', 'ecs.t6-c4m1.large', 'ecs.hfg6.large', 'ecs.i2g.2xlarge']) assert.ok(zoneOffersInstanceType('cn-hangzhou-h', t), t);
    // bare-metal and the GPU example in cn-hangzhou-i, vGPU in cn-heyuan-a, FPGA in cn-beijing-g.
    assert.ok(zoneOffersInstanceType('cn-hangzhou-i', 'ecs.ebmc6.26xlarge'));
    assert.ok(zoneOffersInstanceType('cn-hangzhou-i', 'ecs.gn6v-c8g1.2xlarge'));
    assert.ok(zoneOffersInstanceType('cn-heyuan-a', 'ecs.vgn7i-vws-m4.xlarge'));
    assert.ok(zoneOffersInstanceType('cn-beijing-g', 'ecs.f3-c8f1.2xlarge'));
    // The older families are not in the newest zones, nor vGPU in the oldest.
    assert.ok(!zoneOffersInstanceType('cn-hangzhou-j', 'ecs.d1ne.2xlarge'));
    assert.ok(!zoneOffersInstanceType('cn-hangzhou-j', 'ecs.gn6v-c8g1.2xlarge'));
    assert.ok(!zoneOffersInstanceType('cn-hangzhou-b', 'ecs.vgn7i-vws-m4.xlarge'));
  });

  describe('DescribeInstanceTypes', () => {
    let sb: Sandbox;
    before(async () => {
      sb = await startTestSandbox();
    });
    after(async () => {
      await sb.close();
    });

    it('reports GPUs, local disks and the category of a specialised type, and none for a plain one', async () => {
      const out = await ok(sb, 'ecs', 'DescribeInstanceTypes', { 'InstanceTypes.1': 'ecs.gn6v-c8g1.2xlarge', 'InstanceTypes.2': 'ecs.d1ne.2xlarge', 'InstanceTypes.3': 'ecs.g6.2xlarge' });
      const by = Object.fromEntries(out.InstanceTypes.InstanceType.map((t: any) => [t.InstanceTypeId, t]));
      const gpu = by['ecs.gn6v-c8g1.2xlarge'];
      assert.deepEqual([gpu.GPUAmount, gpu.GPUSpec, gpu.InstanceCategory, gpu.InstanceFamilyLevel], [1, 'NVIDIA V100', 'Compute-optimized with GPU', 'EnterpriseLevel']);
      const big = by['ecs.d1ne.2xlarge'];
      assert.deepEqual([big.LocalStorageAmount, big.LocalStorageCapacity, big.LocalStorageCategory, big.InstanceCategory], [4, 5500, 'local_hdd_pro', 'Big data']);
      const plain = by['ecs.g6.2xlarge'];
      assert.deepEqual([plain.GPUAmount, plain.GPUSpec, plain.LocalStorageAmount, plain.InstanceCategory], [0, '', 0, 'General-purpose']);
    });

    it('lists a family by InstanceTypeFamily, as the module\'s alicloud_instance_types lookup asks', async () => {
      const out = await ok(sb, 'ecs', 'DescribeInstanceTypes', { InstanceTypeFamily: 'ecs.vgn7i-vws' });
      assert.deepEqual(
        out.InstanceTypes.InstanceType.map((t: any) => t.InstanceTypeId),
        ['ecs.vgn7i-vws-m4.xlarge', 'ecs.vgn7i-vws-m8.2xlarge', 'ecs.vgn7i-vws-m12.3xlarge', 'ecs.vgn7i-vws-m24.7xlarge'],
      );
    });
  });
});
