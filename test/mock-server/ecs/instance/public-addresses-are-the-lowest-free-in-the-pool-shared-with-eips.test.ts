import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../../../mock-server/app';
import { ok, rpc, startTestSandbox } from '../../../helpers/rpc';
import { addVSwitch, addVpc, describeOne, failsWithoutChange, IMAGE, runOne, TYPE } from '../fixtures';

/**
 * Instances' public addresses come from the pool EIPs share (mock-server/ecs/instance/addresses.ts):
 * the lowest free address, never one an EIP or another instance holds. The instances' part is a
 * view the store keeps as rows change (issue 12: it used to be a scan of every instance in the
 * region on each launch with bandwidth), so these tests also pin what that view must follow:
 * launches, batches, deletes, and a refused launch.
 */
describe('ECS: public addresses are the lowest free ones of the pool shared with EIPs', () => {
  let sb: Sandbox;
  let vswitchId: string;
  let small: string;

  beforeEach(async () => {
    sb = await startTestSandbox();
    const vpcId = await addVpc(sb, { cidr: '10.0.0.0/8' });
    vswitchId = await addVSwitch(sb, vpcId, '10.1.0.0/16');
    small = await addVSwitch(sb, vpcId, '10.2.0.0/29'); // 4 usable addresses
  });
  afterEach(() => sb.close());

  const publicIp = async (id: string): Promise<string> => (await describeOne(sb, id)).PublicIpAddress.IpAddress[0];
  const launch = async (amount: number, bandwidth = 5): Promise<string[]> =>
    (await ok(sb, 'ecs', 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId, Amount: amount, InternetMaxBandwidthOut: bandwidth })).InstanceIdSets.InstanceIdSet;

  it('hands out the lowest free address, skipping EIPs\' and other instances\', and reuses a freed one', async () => {
    const [a, b] = await launch(2);
    assert.deepEqual([await publicIp(a), await publicIp(b)], ['203.0.113.1', '203.0.113.2']);
    const eip = await ok(sb, 'vpc', 'AllocateEipAddress', {});
    assert.equal(eip.EipAddress, '203.0.113.3');
    const c = await runOne(sb, vswitchId, { InternetMaxBandwidthOut: 1 });
    assert.equal(await publicIp(c), '203.0.113.4', 'the EIP\'s address is skipped');
    await ok(sb, 'ecs', 'DeleteInstance', { InstanceId: a, Force: true });
    const d = await runOne(sb, vswitchId, { InternetMaxBandwidthOut: 1 });
    assert.equal(await publicIp(d), '203.0.113.1', 'the deleted instance\'s address is free again');
    const e = await runOne(sb, vswitchId, { InternetMaxBandwidthOut: 1 });
    assert.equal(await publicIp(e), '203.0.113.5');
  });

  it('refuses an EIP asking for an instance\'s address with ReserveIpFail, and grants it once the instance is gone', async () => {
    const [a] = await launch(1);
    const held = await publicIp(a);
    const refused = await rpc(sb, 'vpc', 'AllocateEipAddress', { IpAddress: held });
    assert.equal(refused.body?.Code, 'ReserveIpFail', refused.text);
    await ok(sb, 'ecs', 'DeleteInstance', { InstanceId: a, Force: true });
    assert.equal((await ok(sb, 'vpc', 'AllocateEipAddress', { IpAddress: held })).EipAddress, held);
  });

  it('a batch takes consecutive addresses, goes on into the next range when the first is full, and a refused batch takes none', async () => {
    const ips: string[] = [];
    for (const amount of [100, 100, 56]) {
      const ids = await launch(amount);
      const out = await ok(sb, 'ecs', 'DescribeInstances', { InstanceIds: JSON.stringify(ids), PageSize: 100 });
      const byId = new Map<string, string>(out.Instances.Instance.map((i: any) => [i.InstanceId, i.PublicIpAddress.IpAddress[0]]));
      ips.push(...ids.map((id) => byId.get(id)!));
    }
    assert.equal(new Set(ips).size, 256);
    // 203.0.113.0/24 gives .1 to .254 (not its network or broadcast address), then 198.51.100.0/24.
    assert.equal(ips[0], '203.0.113.1');
    assert.equal(ips[253], '203.0.113.254');
    assert.deepEqual(ips.slice(254), ['198.51.100.1', '198.51.100.2']);
    // Five do not fit in the small VSwitch: the four public addresses handed out before the fifth
    // failed are not kept.
    await failsWithoutChange(sb, 'RunInstances', { ImageId: IMAGE, InstanceType: TYPE, VSwitchId: small, Amount: 5, InternetMaxBandwidthOut: 5 }, 'QuotaExceeded.PrivateIpAddress');
    const [next] = await launch(1);
    assert.equal(await publicIp(next), '198.51.100.3');
  });

  it('an instance without bandwidth holds no public address', async () => {
    const [none] = await launch(1, 0);
    assert.deepEqual((await describeOne(sb, none)).PublicIpAddress.IpAddress, []);
    const [a] = await launch(1);
    assert.equal(await publicIp(a), '203.0.113.1');
  });
});
