/**
 * Secondary private IPv4 addresses on an instance's primary ENI (eni-<instance suffix>):
 * AssignPrivateIpAddresses / UnassignPrivateIpAddresses work on it as on a secondary ENI, the
 * addresses come from the shared VSwitch allocator (never handed out twice), DescribeInstances and
 * DescribeNetworkInterfaces show them, the instance type's per-ENI quota holds, and they are freed
 * with the instance. This is what the real provider calls for alicloud_instance's
 * secondary_private_ips / secondary_private_ip_address_count.
 */
import * as assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../../../mock-server/app';
import { createApiClient, type ApiClient } from '../../../../provider/client/api-client';

describe('an instance\'s primary ENI holds secondary private IPs', function () {
  this.timeout(30_000);
  let sandbox: Sandbox;
  let api: ApiClient;
  let base: Record<string, string>;
  let vswitchId: string;
  let groupId: string;

  before(async () => {
    sandbox = await startSandbox({ port: 0, asyncDelayMs: 0, log: () => {} });
    api = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou', initialBackoffMs: 20, maxRetries: 0 } as any);
    const vpc = await api.call('vpc', 'CreateVpc', { CidrBlock: '10.0.0.0/16' });
    vswitchId = (await api.call('vpc', 'CreateVSwitch', { VpcId: vpc.VpcId, CidrBlock: '10.0.0.0/24', ZoneId: 'cn-hangzhou-i' })).VSwitchId;
    groupId = (await api.call('ecs', 'CreateSecurityGroup', { VpcId: vpc.VpcId })).SecurityGroupId;
    base = { ImageId: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', VSwitchId: vswitchId, SecurityGroupId: groupId, InstanceType: 'ecs.g7.large' };
  });
  after(async () => sandbox?.close());

  const launch = async (extra: Record<string, string> = {}) => (await api.call('ecs', 'RunInstances', { ...base, ...extra })).InstanceIdSets.InstanceIdSet[0] as string;
  const instance = async (id: string) => (await api.call('ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([id]) })).Instances.Instance[0];
  const primaryOf = async (id: string) => (await instance(id)).NetworkInterfaces.NetworkInterface.find((n: any) => n.Type === 'Primary');
  const secondaryOf = (nic: any) => nic.PrivateIpSets.PrivateIpSet.filter((s: any) => !s.Primary).map((s: any) => s.PrivateIpAddress);
  const free = async () => (await api.call('vpc', 'DescribeVSwitches', { VSwitchId: vswitchId })).VSwitches.VSwitch[0].AvailableIpAddressCount;
  const code = async (p: Promise<unknown>) => p.then(() => 'no error', (e: any) => e.code);

  it('a count assigns free addresses that DescribeInstances and DescribeNetworkInterfaces show, and the VSwitch has that many fewer free', async () => {
    const id = await launch();
    const eni = (await primaryOf(id)).NetworkInterfaceId;
    const before = await free();
    const out = await api.call('ecs', 'AssignPrivateIpAddresses', { NetworkInterfaceId: eni, SecondaryPrivateIpAddressCount: 2 });
    const added = out.AssignedPrivateIpAddressesSet.PrivateIpSet.PrivateIpAddress;
    assert.equal(added.length, 2);
    assert.deepEqual(secondaryOf(await primaryOf(id)), added);
    const listed = (await api.call('ecs', 'DescribeNetworkInterfaces', { 'NetworkInterfaceId.1': eni })).NetworkInterfaceSets.NetworkInterfaceSet[0];
    assert.equal(listed.Type, 'Primary');
    assert.deepEqual(secondaryOf(listed), added);
    assert.equal(await free(), before - 2);
    // Never handed out twice: the next instance gets neither address.
    const other = await instance(await launch());
    assert.ok(!added.includes(other.VpcAttributes.PrivateIpAddress.IpAddress[0]));
  });

  it('an address already in use, one outside the VSwitch, or more than the quota is refused and changes nothing', async () => {
    const a = await instance(await launch());
    const id = await launch();
    const eni = (await primaryOf(id)).NetworkInterfaceId;
    assert.equal(await code(api.call('ecs', 'AssignPrivateIpAddresses', { NetworkInterfaceId: eni, 'PrivateIpAddress.1': a.VpcAttributes.PrivateIpAddress.IpAddress[0] })), 'InvalidPrivateIpAddress.Duplicated');
    assert.equal(await code(api.call('ecs', 'AssignPrivateIpAddresses', { NetworkInterfaceId: eni, 'PrivateIpAddress.1': '10.0.9.9' })), 'InvalidPrivateIpAddress');
    // ecs.g7.large (2 vCPUs): 6 private IPv4 addresses per ENI, the primary one included.
    assert.equal(await code(api.call('ecs', 'AssignPrivateIpAddresses', { NetworkInterfaceId: eni, SecondaryPrivateIpAddressCount: 6 })), 'InvalidOperation.Ipv4CountExceeded');
    assert.deepEqual(secondaryOf(await primaryOf(id)), []);
    await api.call('ecs', 'AssignPrivateIpAddresses', { NetworkInterfaceId: eni, SecondaryPrivateIpAddressCount: 5 });
    assert.equal(secondaryOf(await primaryOf(id)).length, 5);
    assert.equal(await code(api.call('ecs', 'AssignPrivateIpAddresses', { NetworkInterfaceId: eni, SecondaryPrivateIpAddressCount: 1 })), 'InvalidOperation.Ipv4CountExceeded');
  });

  it('listed addresses are assigned as given; unassigning frees them for others; the primary address cannot be unassigned', async () => {
    const id = await launch();
    const nic = await primaryOf(id);
    await api.call('ecs', 'AssignPrivateIpAddresses', { NetworkInterfaceId: nic.NetworkInterfaceId, 'PrivateIpAddress.1': '10.0.0.200', 'PrivateIpAddress.2': '10.0.0.201' });
    assert.deepEqual(secondaryOf(await primaryOf(id)), ['10.0.0.200', '10.0.0.201']);
    assert.equal(await code(launch({ PrivateIpAddress: '10.0.0.200' })), 'InvalidPrivateIpAddress.Duplicated');
    assert.equal(await code(api.call('ecs', 'UnassignPrivateIpAddresses', { NetworkInterfaceId: nic.NetworkInterfaceId, 'PrivateIpAddress.1': nic.PrimaryIpAddress })), 'InvalidIp.IpUnassigned');
    assert.equal(await code(api.call('ecs', 'UnassignPrivateIpAddresses', { NetworkInterfaceId: nic.NetworkInterfaceId, 'PrivateIpAddress.1': '10.0.0.202' })), 'InvalidIp.IpUnassigned');
    assert.deepEqual(secondaryOf(await primaryOf(id)), ['10.0.0.200', '10.0.0.201']);
    await api.call('ecs', 'UnassignPrivateIpAddresses', { NetworkInterfaceId: nic.NetworkInterfaceId, 'PrivateIpAddress.1': '10.0.0.200' });
    assert.deepEqual(secondaryOf(await primaryOf(id)), ['10.0.0.201']);
    const reused = await instance(await launch({ PrivateIpAddress: '10.0.0.200' }));
    assert.equal(reused.VpcAttributes.PrivateIpAddress.IpAddress[0], '10.0.0.200');
  });

  it('releasing the instance frees its secondary addresses', async () => {
    const id = await launch();
    await api.call('ecs', 'AssignPrivateIpAddresses', { NetworkInterfaceId: (await primaryOf(id)).NetworkInterfaceId, 'PrivateIpAddress.1': '10.0.0.220' });
    const before = await free();
    await api.call('ecs', 'DeleteInstance', { InstanceId: id, Force: true });
    assert.equal(await free(), before + 2);
    assert.equal((await instance(await launch({ PrivateIpAddress: '10.0.0.220' }))).VpcAttributes.PrivateIpAddress.IpAddress[0], '10.0.0.220');
  });
});
