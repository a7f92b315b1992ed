/**
 * This session's new and changed ECS actions driven through the official SDKs as a new user would,
 * with only the endpoint changed: the typed @alicloud/ecs20140526 client (ACS3-HMAC-SHA256) and
 * @alicloud/pop-core (RPC signature v1). Each answer is read through the SDK's own response model
 * (renewal, maintenance, disks, launch-time ENIs, stopped mode) and its raw JSON checked against
 * that model's field types; refusals come back as the SDK's error with the real code and HTTP
 * status, and leave the store exactly as it was.
 */
import { strict as assert } from 'node:assert';
import Ecs, * as $Ecs from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import type { Sandbox } from '../../../mock-server/app';
import { sandboxRegistry } from '../../../mock-server/families';
import { DEFAULT_CREDENTIALS, VERSIONS, rpc, startTestSandbox } from '../../helpers/rpc';
import { assertRefusal, assertSdkTypes, refused } from '../../helpers/sdk-user';
import { IMAGE, TYPE, createGroup, network } from './fixtures';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const RPCClient = require('@alicloud/pop-core');
const REGION = 'cn-hangzhou';

describe('ECS upkeep, disks and launch-time ENIs through the official SDKs', function () {
  this.timeout(30_000);
  let sb: Sandbox;
  let ecs: Ecs;
  let pop: any;
  let vswitchId: string;
  let sgId: string;

  before(async () => {
    sb = await startTestSandbox();
    ecs = new Ecs(new $OpenApiUtil.Config({ ...DEFAULT_CREDENTIALS, endpoint: new URL(sb.url).host, protocol: 'http', regionId: REGION }));
    pop = new RPCClient({ ...DEFAULT_CREDENTIALS, endpoint: sb.url, apiVersion: VERSIONS.ecs });
    const net = await network(sb);
    vswitchId = net.vswitchId;
    sgId = await createGroup(sb, net.vpcId);
  });
  after(() => sb.close());

  const state = () => JSON.stringify(sb.store.exportState());
  /** The raw JSON answer (what the SDK deserialises) must have the SDK model's field types. */
  async function rawTypes(action: string, params: Record<string, string | number | boolean>): Promise<any> {
    const r = await rpc(sb, 'ecs', action, params);
    assert.equal(r.status, 200, r.text);
    assertSdkTypes($Ecs as unknown as Record<string, unknown>, action, r.body);
    return r.body;
  }
  async function prepaid(extra: Partial<$Ecs.RunInstancesRequest> = {}): Promise<string> {
    const run = await ecs.runInstances(new $Ecs.RunInstancesRequest({
      regionId: REGION, imageId: IMAGE, instanceType: TYPE, vSwitchId: vswitchId, securityGroupId: sgId,
      instanceChargeType: 'PrePaid', period: 1, periodUnit: 'Month', ...extra,
    }));
    return run.body!.instanceIdSets!.instanceIdSet![0];
  }

  it('serves without a RegionId every action whose SDK request model has none', () => {
    const registry = sandboxRegistry();
    const models = $Ecs as unknown as Record<string, { names(): Record<string, string> } | undefined>;
    const regional = registry.names('ecs').filter((action) => {
      const model = models[`${action}Request`];
      return model && !('regionId' in model.names()) && registry.find('ecs', action)!.regional !== false;
    });
    assert.deepEqual(regional, [], 'these actions would answer MissingParameter RegionId to the typed SDK');
  });

  it('reads auto-renewal into InstanceRenewAttributes.InstanceRenewAttribute[] with a boolean flag and a numeric duration, and changes it', async () => {
    const id = await prepaid({ autoRenew: true, autoRenewPeriod: 3 });
    const read = async () => (await ecs.describeInstanceAutoRenewAttribute(new $Ecs.DescribeInstanceAutoRenewAttributeRequest({ regionId: REGION, instanceId: id }))).body!;
    const before = await read();
    assert.equal(before.totalCount, 1);
    const [r] = before.instanceRenewAttributes!.instanceRenewAttribute!;
    assert.deepEqual([r.instanceId, r.autoRenewEnabled, r.renewalStatus, r.duration, r.periodUnit], [id, true, 'AutoRenewal', 3, 'Month']);
    await ecs.modifyInstanceAutoRenewAttribute(new $Ecs.ModifyInstanceAutoRenewAttributeRequest({ regionId: REGION, instanceId: id, renewalStatus: 'AutoRenewal', duration: 6, periodUnit: 'Month' }));
    assert.equal((await read()).instanceRenewAttributes!.instanceRenewAttribute![0].duration, 6);
    await rawTypes('DescribeInstanceAutoRenewAttribute', { InstanceId: id });
    // pop-core users read the same wire names.
    const flat = await pop.request('DescribeInstanceAutoRenewAttribute', { RegionId: REGION, InstanceId: id }, { method: 'POST' });
    assert.equal(flat.InstanceRenewAttributes.InstanceRenewAttribute[0].Duration, 6);
  });

  it('refuses renewal of a batch that holds a PostPaid instance with ChargeTypeViolation (403), changing neither instance', async () => {
    const sub = await prepaid({ autoRenew: true, autoRenewPeriod: 2 });
    const run = await ecs.runInstances(new $Ecs.RunInstancesRequest({ regionId: REGION, imageId: IMAGE, instanceType: TYPE, vSwitchId: vswitchId, securityGroupId: sgId }));
    const payg = run.body!.instanceIdSets!.instanceIdSet![0];
    const before = state();
    const e = await refused(() => ecs.modifyInstanceAutoRenewAttribute(new $Ecs.ModifyInstanceAutoRenewAttributeRequest({ regionId: REGION, instanceId: `${sub},${payg}`, renewalStatus: 'NotRenewal' })));
    assertRefusal(e, 'ChargeTypeViolation', 403);
    const p = await refused(() => pop.request('ModifyInstanceAutoRenewAttribute', { RegionId: REGION, InstanceId: `${sub},${payg}`, RenewalStatus: 'NotRenewal' }, { method: 'POST' }));
    assertRefusal(p, 'ChargeTypeViolation', 403);
    assert.equal(state(), before);
  });

  it('reads maintenance into MaintenanceAttributes.MaintenanceAttribute[] with ActionOnMaintenance.SupportedValues.SupportedValue[], and sets a window', async () => {
    const id = await prepaid();
    await ecs.modifyInstanceMaintenanceAttributes(new $Ecs.ModifyInstanceMaintenanceAttributesRequest({
      regionId: REGION, instanceId: [id], actionOnMaintenance: 'Stop', notifyOnMaintenance: true,
      maintenanceWindow: [new $Ecs.ModifyInstanceMaintenanceAttributesRequestMaintenanceWindow({ startTime: '02:00:00', endTime: '04:00:00' })],
    }));
    const res = await ecs.describeInstanceMaintenanceAttributes(new $Ecs.DescribeInstanceMaintenanceAttributesRequest({ regionId: REGION, instanceId: [id] }));
    const [m] = res.body!.maintenanceAttributes!.maintenanceAttribute!;
    assert.equal(m.instanceId, id);
    assert.equal(m.notifyOnMaintenance, true);
    assert.deepEqual([m.actionOnMaintenance!.value, m.actionOnMaintenance!.defaultValue], ['Stop', 'AutoRecover']);
    assert.deepEqual(m.actionOnMaintenance!.supportedValues!.supportedValue, ['Stop', 'AutoRecover', 'AutoRedeploy']);
    assert.deepEqual(m.maintenanceWindows!.maintenanceWindow!.map((w) => [w.startTime, w.endTime]), [['02:00:00', '04:00:00']]);
    await rawTypes('DescribeInstanceMaintenanceAttributes', { 'InstanceId.1': id });
  });

  it('refuses a zero-length maintenance window with InvalidMaintenanceWindow.Malformed (400) through both SDKs, changing nothing', async () => {
    const id = await prepaid();
    const before = state();
    const window = new $Ecs.ModifyInstanceMaintenanceAttributesRequestMaintenanceWindow({ startTime: '02:00:00', endTime: '02:00:00' });
    const e = await refused(() => ecs.modifyInstanceMaintenanceAttributes(new $Ecs.ModifyInstanceMaintenanceAttributesRequest({ regionId: REGION, instanceId: [id], actionOnMaintenance: 'Stop', maintenanceWindow: [window] })));
    assertRefusal(e, 'InvalidMaintenanceWindow.Malformed', 400);
    const p = await refused(() => pop.request('ModifyInstanceMaintenanceAttributes', { RegionId: REGION, 'InstanceId.1': id, 'MaintenanceWindow.1.StartTime': '25:00:00', 'MaintenanceWindow.1.EndTime': '02:00:00' }, { method: 'POST' }));
    assertRefusal(p, 'InvalidMaintenanceWindow.Malformed', 400);
    const missing = await refused(() => ecs.describeInstanceMaintenanceAttributes(new $Ecs.DescribeInstanceMaintenanceAttributesRequest({ regionId: REGION, instanceId: ['i-nosuchinstance0001'] })));
    assertRefusal(missing, 'InvalidInstanceId.NotFound', 404);
    assert.equal(state(), before);
  });

  it('ModifyDiskSpec as the typed SDK sends it (no RegionId) changes the level DescribeDisks shows; a dry run and an unknown disk change nothing', async () => {
    const id = await prepaid({ systemDisk: new $Ecs.RunInstancesRequestSystemDisk({ category: 'cloud_essd', size: '40', performanceLevel: 'PL0' }) });
    const disk = async () => (await ecs.describeDisks(new $Ecs.DescribeDisksRequest({ regionId: REGION, instanceId: id }))).body!.disks!.disk![0];
    const { diskId, performanceLevel } = await disk();
    assert.equal(performanceLevel, 'PL0');
    const before = state();
    assertRefusal(await refused(() => ecs.modifyDiskSpec(new $Ecs.ModifyDiskSpecRequest({ diskId, performanceLevel: 'PL3', dryRun: true }))), 'DryRunOperation', 400);
    assertRefusal(await refused(() => ecs.modifyDiskSpec(new $Ecs.ModifyDiskSpecRequest({ diskId: 'd-nosuchdisk00000001', performanceLevel: 'PL3' }))), 'InvalidDiskId.NotFound', 404);
    assert.equal(state(), before);
    await ecs.modifyDiskSpec(new $Ecs.ModifyDiskSpecRequest({ diskId, performanceLevel: 'PL2' }));
    assert.equal((await disk()).performanceLevel, 'PL2');
    // pop-core sends a RegionId, which is taken as well.
    await pop.request('ModifyDiskSpec', { RegionId: REGION, DiskId: diskId, PerformanceLevel: 'PL1' }, { method: 'POST' });
    assert.equal((await disk()).performanceLevel, 'PL1');
  });

  it('tags a disk (ResourceType disk) and finds it by DescribeDisks Tag.N, with Tags.Tag[] on the disk model', async () => {
    const id = await prepaid();
    const diskId = (await ecs.describeDisks(new $Ecs.DescribeDisksRequest({ regionId: REGION, instanceId: id }))).body!.disks!.disk![0].diskId!;
    await ecs.tagResources(new $Ecs.TagResourcesRequest({ regionId: REGION, resourceType: 'disk', resourceId: [diskId], tag: [new $Ecs.TagResourcesRequestTag({ key: 'team', value: 'sdk' })] }));
    const found = await ecs.describeDisks(new $Ecs.DescribeDisksRequest({ regionId: REGION, tag: [new $Ecs.DescribeDisksRequestTag({ key: 'team', value: 'sdk' })] }));
    assert.deepEqual(found.body!.disks!.disk!.map((d) => d.diskId), [diskId]);
    assert.deepEqual(found.body!.disks!.disk![0].tags!.tag!.map((t) => [t.tagKey, t.tagValue]), [['team', 'sdk']]);
    const listed = await ecs.listTagResources(new $Ecs.ListTagResourcesRequest({ regionId: REGION, resourceType: 'disk', resourceId: [diskId] }));
    assert.deepEqual(listed.body!.tagResources!.tagResource!.map((t) => [t.resourceId, t.resourceType, t.tagKey]), [[diskId, 'disk', 'team']]);
    await rawTypes('DescribeDisks', { InstanceId: id });
    await ecs.untagResources(new $Ecs.UntagResourcesRequest({ regionId: REGION, resourceType: 'disk', resourceId: [diskId], tagKey: ['team'] }));
    const after = await ecs.describeDisks(new $Ecs.DescribeDisksRequest({ regionId: REGION, tag: [new $Ecs.DescribeDisksRequestTag({ key: 'team' })] }));
    assert.deepEqual(after.body!.disks!.disk, []);
  });

  it('launches with the SDK\'s NetworkInterface list: the secondary ENI shows in DescribeInstances and DescribeNetworkInterfaces with numeric card index and queue pairs', async () => {
    const run = await ecs.runInstances(new $Ecs.RunInstancesRequest({
      regionId: REGION, imageId: IMAGE, instanceType: TYPE, vSwitchId: vswitchId, securityGroupId: sgId,
      networkInterface: [new $Ecs.RunInstancesRequestNetworkInterface({
        instanceType: 'Secondary', vSwitchId: vswitchId, securityGroupIds: [sgId], networkInterfaceName: 'data-plane',
        primaryIpAddress: '192.168.1.77', networkCardIndex: 0, queuePairNumber: 2,
      })],
    }));
    const id = run.body!.instanceIdSets!.instanceIdSet![0];
    const inst = (await ecs.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: REGION, instanceIds: JSON.stringify([id]) }))).body!.instances!.instance![0];
    const secondary = inst.networkInterfaces!.networkInterface!.find((n) => n.type === 'Secondary');
    assert.equal(secondary?.primaryIpAddress, '192.168.1.77');
    const enis = await ecs.describeNetworkInterfaces(new $Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION, instanceId: id, type: 'Secondary' }));
    const [eni] = enis.body!.networkInterfaceSets!.networkInterfaceSet!;
    assert.deepEqual([eni.networkInterfaceName, eni.status, eni.queuePairNumber, eni.attachment!.networkCardIndex, eni.attachment!.deviceIndex], ['data-plane', 'InUse', 2, 0, 1]);
    await rawTypes('DescribeNetworkInterfaces', { InstanceId: id });
    await rawTypes('DescribeInstances', { InstanceIds: JSON.stringify([id]) });
  });

  it('a dry-run launch and a launch whose ENI names a missing VSwitch create neither instance nor ENI', async () => {
    const before = state();
    const eni = (vsw: string) => [new $Ecs.RunInstancesRequestNetworkInterface({ instanceType: 'Secondary', vSwitchId: vsw, securityGroupIds: [sgId], primaryIpAddress: '192.168.1.88' })];
    const base = { regionId: REGION, imageId: IMAGE, instanceType: TYPE, vSwitchId: vswitchId, securityGroupId: sgId };
    assertRefusal(await refused(() => ecs.runInstances(new $Ecs.RunInstancesRequest({ ...base, dryRun: true, networkInterface: eni(vswitchId) }))), 'DryRunOperation', 400);
    assertRefusal(await refused(() => ecs.runInstances(new $Ecs.RunInstancesRequest({ ...base, networkInterface: eni('vsw-nosuchvswitch0001') }))), 'InvalidVSwitchId.NotFound', 404);
    const p = await refused(() => pop.request('RunInstances', {
      RegionId: REGION, ImageId: IMAGE, InstanceType: TYPE, VSwitchId: vswitchId, SecurityGroupId: sgId,
      'NetworkInterface.1.InstanceType': 'Secondary', 'NetworkInterface.1.VSwitchId': 'vsw-nosuchvswitch0001', 'NetworkInterface.1.SecurityGroupId': sgId,
    }, { method: 'POST' }));
    assertRefusal(p, 'InvalidVSwitchId.NotFound', 404);
    assert.equal(state(), before);
    const listed = await ecs.describeNetworkInterfaces(new $Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION, primaryIpAddress: '192.168.1.88' }));
    assert.equal(listed.body!.totalCount, 0);
  });

  it('StopInstance with StoppedMode: a dry run leaves the instance Running; the stop shows StopCharging in both reads', async () => {
    const run = await ecs.runInstances(new $Ecs.RunInstancesRequest({ regionId: REGION, imageId: IMAGE, instanceType: TYPE, vSwitchId: vswitchId, securityGroupId: sgId }));
    const id = run.body!.instanceIdSets!.instanceIdSet![0];
    assertRefusal(await refused(() => ecs.stopInstance(new $Ecs.StopInstanceRequest({ instanceId: id, stoppedMode: 'StopCharging', dryRun: true }))), 'DryRunOperation', 400);
    const attr = () => ecs.describeInstanceAttribute(new $Ecs.DescribeInstanceAttributeRequest({ instanceId: id }));
    assert.equal((await attr()).body!.status, 'Running');
    await ecs.stopInstance(new $Ecs.StopInstanceRequest({ instanceId: id, stoppedMode: 'StopCharging' }));
    const read = (await attr()).body!;
    assert.deepEqual([read.status, read.stoppedMode], ['Stopped', 'StopCharging']);
    const listed = await ecs.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: REGION, instanceIds: JSON.stringify([id]) }));
    assert.equal(listed.body!.instances!.instance![0].stoppedMode, 'StopCharging');
  });
});
