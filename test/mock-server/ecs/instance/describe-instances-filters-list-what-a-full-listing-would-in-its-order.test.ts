import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../../../mock-server/app';
import { ok, startTestSandbox } from '../../../helpers/rpc';
import { addVSwitch, addVpc, IMAGE, runOne, TYPE } from '../fixtures';

/**
 * DescribeInstances answers its VpcId, VSwitchId and InstanceIds filters from indexes instead of
 * testing every instance in the region (issue 12: at 10,000 instances that test cost twice the
 * unfiltered read). Its answer must not change with it: the same instances, in the order of the
 * unfiltered listing, with the same TotalCount and pages, including after an instance moved.
 */
describe('ECS: DescribeInstances filters list exactly what a full listing holds, in its order', () => {
  let sb: Sandbox;
  let vpc1: string;
  let vpc2: string;
  let vswA: string;
  let vswB: string;
  let vswC: string;

  beforeEach(async () => {
    sb = await startTestSandbox();
    vpc1 = await addVpc(sb);
    vpc2 = await addVpc(sb, { cidr: '10.0.0.0/16' });
    vswA = await addVSwitch(sb, vpc1, '192.168.1.0/24');
    vswB = await addVSwitch(sb, vpc1, '192.168.2.0/24');
    vswC = await addVSwitch(sb, vpc2, '10.0.1.0/24');
  });
  afterEach(() => sb.close());

  async function list(params: Record<string, string | number> = {}): Promise<{ ids: string[]; total: number }> {
    const out = await ok(sb, 'ecs', 'DescribeInstances', { PageSize: 100, ...params });
    return { ids: out.Instances.Instance.map((i: any) => i.InstanceId), total: out.TotalCount };
  }

  /** Every instance with its VPC, VSwitch and status, in the unfiltered listing's order. */
  async function everything(): Promise<Array<{ id: string; vpc: string; vsw: string; status: string }>> {
    const out = await ok(sb, 'ecs', 'DescribeInstances', { PageSize: 100 });
    return out.Instances.Instance.map((i: any) => ({ id: i.InstanceId, vpc: i.VpcAttributes.VpcId, vsw: i.VpcAttributes.VSwitchId, status: i.Status }));
  }

  async function expectSameAsFullListing(): Promise<void> {
    const all = await everything();
    for (const [key, value] of [['VpcId', vpc1], ['VpcId', vpc2], ['VSwitchId', vswA], ['VSwitchId', vswB], ['VSwitchId', vswC]] as const) {
      const want = all.filter((i) => (key === 'VpcId' ? i.vpc : i.vsw) === value).map((i) => i.id);
      assert.deepEqual(await list({ [key]: value }), { ids: want, total: want.length }, `${key}=${value}`);
    }
    const stopped = all.filter((i) => i.vpc === vpc1 && i.vsw === vswB && i.status === 'Stopped').map((i) => i.id);
    assert.deepEqual(await list({ VpcId: vpc1, VSwitchId: vswB, Status: 'Stopped' }), { ids: stopped, total: stopped.length });
  }

  it('VpcId and VSwitchId, alone or with other filters, list the matching instances in the unfiltered order', async () => {
    for (const vsw of [vswA, vswC, vswB, vswA, vswC, vswB]) await runOne(sb, vsw);
    await expectSameAsFullListing();
    assert.deepEqual(await list({ VpcId: vpc1, VSwitchId: vswC }), { ids: [], total: 0 }, 'a VSwitch of another VPC matches nothing');
    assert.deepEqual(await list({ VpcId: 'vpc-nothere' }), { ids: [], total: 0 });
  });

  it('an instance moved to another VSwitch keeps its place in the listing, filtered or not', async () => {
    const first = await runOne(sb, vswA);
    const second = await runOne(sb, vswB);
    await runOne(sb, vswA);
    // Read once before the move, so the move changes a listing already built, not a new one.
    assert.deepEqual((await list({ VSwitchId: vswB })).ids, [second]);
    await ok(sb, 'ecs', 'StopInstance', { InstanceId: first });
    await ok(sb, 'ecs', 'ModifyInstanceVpcAttribute', { InstanceId: first, VSwitchId: vswB });
    // The first instance launched comes first in VSwitch B too, although it joined B last.
    assert.deepEqual((await list({ VSwitchId: vswB })).ids, [first, second]);
    await expectSameAsFullListing();
  });

  it('InstanceIds lists the instances in the unfiltered order, once each, and skips unknown IDs', async () => {
    const ids = [];
    for (const vsw of [vswA, vswB, vswC, vswA]) ids.push(await runOne(sb, vsw));
    const asked = [ids[3], ids[0], 'i-nothere', ids[2], ids[0]];
    assert.deepEqual(await list({ InstanceIds: JSON.stringify(asked) }), { ids: [ids[0], ids[2], ids[3]], total: 3 });
    assert.deepEqual(await list({ InstanceIds: JSON.stringify(asked), VpcId: vpc1 }), { ids: [ids[0], ids[3]], total: 2 });
    assert.deepEqual(await list({ InstanceIds: JSON.stringify(asked), VSwitchId: vswB }), { ids: [], total: 0 });
  });

  it('pages of a filtered listing cut the same list, and TotalCount counts all of it', async () => {
    const out = await ok(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswA, Amount: 7 });
    await runOne(sb, vswC);
    await ok(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswB, Amount: 4 });
    const inVpc1 = (await everything()).filter((i) => i.vpc === vpc1).map((i) => i.id);
    assert.equal(inVpc1.length, 11);
    assert.deepEqual(inVpc1.slice(0, 7), out.InstanceIdSets.InstanceIdSet);
    const pages = [];
    for (const page of [1, 2, 3]) {
      const p = await ok(sb, 'ecs', 'DescribeInstances', { VpcId: vpc1, PageSize: 5, PageNumber: page });
      assert.equal(p.TotalCount, 11);
      pages.push(...p.Instances.Instance.map((i: any) => i.InstanceId));
    }
    assert.deepEqual(pages, inVpc1);
    // A deleted instance leaves the filtered listing at once.
    await ok(sb, 'ecs', 'DeleteInstance', { InstanceId: inVpc1[2], Force: true });
    assert.deepEqual(await list({ VpcId: vpc1 }), { ids: inVpc1.filter((_, n) => n !== 2), total: 10 });
  });
});
