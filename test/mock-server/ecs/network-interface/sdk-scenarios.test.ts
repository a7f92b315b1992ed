/**
 * Elastic network interfaces as a new user drives them: the official SDKs, set up exactly as the
 * README shows (only the endpoint and the credentials changed), against the sandbox started
 * in-process on port 0 with a real async delay, so every "wait until Available" is a poll.
 *
 * - `@alicloud/ecs20140526` and `@alicloud/vpc20160428` on `@alicloud/openapi-core`
 *   (ACS3-HMAC-SHA256), through their typed methods and request models;
 * - `@alicloud/pop-core` (RPC signature v1), with arrays and tag objects passed as the README of
 *   pop-core shows (it flattens them to Name.N and Name.N.Field itself).
 *
 * Every refusal is read the way the SDK surfaces it (err.code, err.data.Code, the HTTP status,
 * the RequestId) and leaves the store and the read-back ENI unchanged.
 */
/* eslint-disable @typescript-eslint/no-var-requires */
import { strict as assert } from 'node:assert';
import Ecs, * as $Ecs from '@alicloud/ecs20140526';
import Vpc, * as $Vpc from '@alicloud/vpc20160428';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import type { Sandbox } from '../../../../mock-server/app';
import { DEFAULT_CREDENTIALS, startTestSandbox } from '../../../helpers/rpc';
import { assertRefusal, assertSdkTypes, refused, waitFor, type Surfaced } from '../../../helpers/sdk-user';

const RPCClient = require('@alicloud/pop-core');

const REGION = 'cn-hangzhou';
const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240130.vhd';
/** 2 vCPUs: EniQuantity 2 (the primary ENI and one secondary), 6 private IPv4 addresses per ENI. */
const SMALL_TYPE = 'ecs.g7.large';
const DELAY_MS = 40;

/** An ENI as read back, without the per-request RequestId. */
function stable(body: any): any {
  const { RequestId: _ignored, requestId: _also, ...rest } = body;
  return rest;
}

describe('ECS ENIs through the official SDKs, as a new user drives them', function () {
  this.timeout(30_000);
  let sb: Sandbox;
  /**
   * Set while a test must see a transitional status (Creating) for certain: the sandbox's clock
   * stops there, so a slow, shared machine cannot let the async delay run out mid-check.
   */
  let frozenAt: number | undefined;
  let ecs: Ecs;
  let vpc: Vpc;
  let pop: any;
  let vpcId: string;
  /** cn-hangzhou-h, with an IPv6 /64. */
  let vswH: string;
  /** cn-hangzhou-i, for the cross-zone attach. */
  let vswI: string;
  let groupId: string;
  let instanceId: string;

  const snapshot = () => JSON.stringify(sb.store.exportState());
  const attr = async (id: string) => stable((await ecs.describeNetworkInterfaceAttribute(new $Ecs.DescribeNetworkInterfaceAttributeRequest({ regionId: REGION, networkInterfaceId: id }))).body!.toMap());
  const waitEni = (id: string, status: string) =>
    waitFor(`${id} ${status}`, () => attr(id), (a) => a.Status === status);
  /** Asserts the call is refused with `code`/`status` and leaves the store (and the ENI, read back) unchanged. */
  async function refusedWithoutChange(call: () => Promise<unknown>, code: string, status: number, eniId?: string): Promise<Surfaced> {
    const before = snapshot();
    const eniBefore = eniId ? await attr(eniId) : undefined;
    const e = await refused(call);
    assertRefusal(e, code, status);
    assert.equal(snapshot(), before, `${code}: the refused request changed the store`);
    if (eniId) assert.deepEqual(await attr(eniId), eniBefore, `${code}: the ENI read back differs`);
    return e;
  }
  const createEni = async (extra: Partial<$Ecs.CreateNetworkInterfaceRequest> = {}) =>
    (await ecs.createNetworkInterface(new $Ecs.CreateNetworkInterfaceRequest({ regionId: REGION, vSwitchId: vswH, securityGroupId: groupId, ...extra }))).body!;
  const runInstance = async (vSwitchId: string, instanceType = SMALL_TYPE) => {
    const r = await ecs.runInstances(new $Ecs.RunInstancesRequest({ regionId: REGION, imageId: IMAGE, instanceType, vSwitchId, securityGroupId: groupId, amount: 1 }));
    const id = r.body!.instanceIdSets!.instanceIdSet![0];
    await waitFor(`${id} Running`, async () => (await ecs.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: REGION, instanceIds: JSON.stringify([id]) }))).body!.instances!.instance![0]?.status, (s) => s === 'Running');
    return id;
  };

  before(async () => {
    sb = await startTestSandbox({ asyncDelayMs: DELAY_MS, clock: () => frozenAt ?? Date.now() });
    const host = new URL(sb.url).host;
    const config = () => new $OpenApiUtil.Config({ endpoint: host, protocol: 'http', ...DEFAULT_CREDENTIALS, regionId: REGION });
    ecs = new Ecs(config());
    vpc = new Vpc(config());
    pop = new RPCClient({ endpoint: sb.url, apiVersion: '2014-05-26', ...DEFAULT_CREDENTIALS });

    vpcId = (await vpc.createVpc(new $Vpc.CreateVpcRequest({ regionId: REGION, cidrBlock: '192.168.0.0/16', enableIpv6: true }))).body!.vpcId!;
    await waitFor('VPC Available', async () => (await vpc.describeVpcAttribute(new $Vpc.DescribeVpcAttributeRequest({ regionId: REGION, vpcId }))).body!.status, (s) => s === 'Available');
    const vsw = async (zoneId: string, cidrBlock: string, ipv6CidrBlock?: number) => {
      const id = (await vpc.createVSwitch(new $Vpc.CreateVSwitchRequest({ regionId: REGION, vpcId, zoneId, cidrBlock, ipv6CidrBlock }))).body!.vSwitchId!;
      await waitFor(`${id} Available`, async () => (await vpc.describeVSwitchAttributes(new $Vpc.DescribeVSwitchAttributesRequest({ regionId: REGION, vSwitchId: id }))).body!.status, (s) => s === 'Available');
      return id;
    };
    vswH = await vsw('cn-hangzhou-h', '192.168.1.0/24', 1);
    vswI = await vsw('cn-hangzhou-i', '192.168.2.0/24');
    groupId = (await ecs.createSecurityGroup(new $Ecs.CreateSecurityGroupRequest({ regionId: REGION, vpcId, securityGroupName: 'eni-scenarios' }))).body!.securityGroupId!;
    instanceId = await runInstance(vswH);
  });
  after(() => sb.close());

  it('walks the life cycle with the typed SDK: create, wait for Available, attach, assign and unassign addresses, detach, delete', async () => {
    const created = await createEni({ networkInterfaceName: 'web-eni', description: 'second leg', secondaryPrivateIpAddressCount: 1 });
    const id = created.networkInterfaceId!;
    assert.match(id, /^eni-/);
    assert.equal(created.vSwitchId, vswH);
    assert.equal(created.vpcId, vpcId);
    assert.equal(created.zoneId, 'cn-hangzhou-h');
    assert.equal(created.privateIpSets!.privateIpSet!.length, 2);
    assert.equal(created.status, 'Creating', 'a new ENI is Creating for the async delay');

    const ready = await waitEni(id, 'Available');
    assert.equal(ready.NetworkInterfaceName, 'web-eni');
    assert.equal(ready.Type, 'Secondary');
    assert.deepEqual(ready.SecurityGroupIds.SecurityGroupId, [groupId]);

    frozenAt = Date.now();
    await ecs.attachNetworkInterface(new $Ecs.AttachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: id, instanceId }));
    assert.equal((await attr(id)).Status, 'Attaching');
    frozenAt = undefined;
    const inUse = await waitEni(id, 'InUse');
    assert.equal(inUse.InstanceId, instanceId);
    assert.equal(inUse.Attachment.InstanceId, instanceId);
    const listed = (await ecs.describeNetworkInterfaces(new $Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION, instanceId }))).body!;
    assert.deepEqual(listed.networkInterfaceSets!.networkInterfaceSet!.map((e) => e.type).sort(), ['Primary', 'Secondary'], 'the instance shows its primary and the attached ENI');

    const assigned = (await ecs.assignPrivateIpAddresses(new $Ecs.AssignPrivateIpAddressesRequest({ regionId: REGION, networkInterfaceId: id, secondaryPrivateIpAddressCount: 2 }))).body!;
    const added = assigned.assignedPrivateIpAddressesSet!.privateIpSet!.privateIpAddress!;
    assert.equal(added.length, 2);
    assert.equal(assigned.assignedPrivateIpAddressesSet!.networkInterfaceId, id);
    let now = await attr(id);
    assert.equal(now.PrivateIpSets.PrivateIpSet.length, 4);
    for (const ip of added) assert.ok(ip.startsWith('192.168.1.'), `${ip} is in the VSwitch`);

    await ecs.unassignPrivateIpAddresses(new $Ecs.UnassignPrivateIpAddressesRequest({ regionId: REGION, networkInterfaceId: id, privateIpAddress: [added[0]] }));
    now = await attr(id);
    assert.deepEqual(
      now.PrivateIpSets.PrivateIpSet.map((p: any) => p.PrivateIpAddress).filter((ip: string) => added.includes(ip)),
      [added[1]],
    );

    const v6 = (await ecs.assignIpv6Addresses(new $Ecs.AssignIpv6AddressesRequest({ regionId: REGION, networkInterfaceId: id, ipv6AddressCount: 2 }))).body!;
    const v6Added = v6.ipv6Sets!.ipv6Address!;
    assert.equal(v6Added.length, 2);
    assert.deepEqual((await attr(id)).Ipv6Sets.Ipv6Set.map((s: any) => s.Ipv6Address), v6Added);
    await ecs.unassignIpv6Addresses(new $Ecs.UnassignIpv6AddressesRequest({ regionId: REGION, networkInterfaceId: id, ipv6Address: v6Added }));
    assert.deepEqual((await attr(id)).Ipv6Sets.Ipv6Set, []);

    frozenAt = Date.now();
    await ecs.detachNetworkInterface(new $Ecs.DetachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: id, instanceId }));
    assert.equal((await attr(id)).Status, 'Detaching');
    frozenAt = undefined;
    const detached = await waitEni(id, 'Available');
    assert.equal(detached.InstanceId, '');

    await ecs.deleteNetworkInterface(new $Ecs.DeleteNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: id }));
    const gone = await refused(() => attr(id));
    assertRefusal(gone, 'InvalidEniId.NotFound', 404);
    const after = (await ecs.describeNetworkInterfaces(new $Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION, networkInterfaceId: [id] }))).body!;
    assert.equal(after.totalCount, 0);
    assert.deepEqual(after.networkInterfaceSets!.networkInterfaceSet, []);
  });

  it('walks the same life cycle with pop-core (RPC v1), every response typed as the SDK model declares', async () => {
    const call = async (action: string, params: Record<string, unknown>) => {
      const body = await pop.request(action, { RegionId: REGION, ...params }, { method: 'POST' });
      assertSdkTypes($Ecs as any, action, body);
      return body;
    };
    const created = await call('CreateNetworkInterface', { VSwitchId: vswH, SecurityGroupIds: [groupId], Tag: [{ Key: 'team', Value: 'net' }], PrivateIpAddress: ['192.168.1.200'] });
    const id = created.NetworkInterfaceId;
    assert.deepEqual(created.SecurityGroupIds.SecurityGroupId, [groupId]);
    assert.deepEqual(created.Tags.Tag.map((t: any) => [t.TagKey, t.TagValue]), [['team', 'net']]);
    await waitFor('Available', () => call('DescribeNetworkInterfaceAttribute', { NetworkInterfaceId: id }), (a) => a.Status === 'Available');
    await call('AttachNetworkInterface', { NetworkInterfaceId: id, InstanceId: instanceId });
    const inUse = await waitFor('InUse', () => call('DescribeNetworkInterfaces', { NetworkInterfaceId: [id] }), (r) => r.NetworkInterfaceSets.NetworkInterfaceSet[0]?.Status === 'InUse');
    assert.equal(inUse.TotalCount, 1);
    const eni = inUse.NetworkInterfaceSets.NetworkInterfaceSet[0];
    assert.deepEqual(eni.PrivateIpSets.PrivateIpSet.map((p: any) => p.PrivateIpAddress).slice(1), ['192.168.1.200']);
    const assigned = await call('AssignPrivateIpAddresses', { NetworkInterfaceId: id, PrivateIpAddress: ['192.168.1.201', '192.168.1.202'] });
    assert.deepEqual(assigned.AssignedPrivateIpAddressesSet.PrivateIpSet.PrivateIpAddress, ['192.168.1.201', '192.168.1.202']);
    await call('UnassignPrivateIpAddresses', { NetworkInterfaceId: id, PrivateIpAddress: ['192.168.1.200', '192.168.1.202'] });
    const after = await call('DescribeNetworkInterfaceAttribute', { NetworkInterfaceId: id });
    assert.deepEqual(after.PrivateIpSets.PrivateIpSet.map((p: any) => p.PrivateIpAddress).slice(1), ['192.168.1.201']);
    await call('DetachNetworkInterface', { NetworkInterfaceId: id, InstanceId: instanceId });
    await waitFor('Available', () => call('DescribeNetworkInterfaceAttribute', { NetworkInterfaceId: id }), (a) => a.Status === 'Available');
    await call('DeleteNetworkInterface', { NetworkInterfaceId: id });
    assertRefusal(await refused(() => pop.request('DescribeNetworkInterfaceAttribute', { RegionId: REGION, NetworkInterfaceId: id }, { method: 'POST' })), 'InvalidEniId.NotFound', 404);
  });

  it('numbers the ENIs attached to one instance 0 (primary), 1, 2 in Attachment.DeviceIndex, with NetworkCardIndex 0', async () => {
    const big = await runInstance(vswH, 'ecs.g7.xlarge');
    const a = (await createEni()).networkInterfaceId!;
    const b = (await createEni()).networkInterfaceId!;
    for (const id of [a, b]) {
      await waitEni(id, 'Available');
      await ecs.attachNetworkInterface(new $Ecs.AttachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: id, instanceId: big }));
      await waitEni(id, 'InUse');
    }
    const all = (await ecs.describeNetworkInterfaces(new $Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION, instanceId: big }))).body!.networkInterfaceSets!.networkInterfaceSet!;
    const byId = Object.fromEntries(all.map((e) => [e.networkInterfaceId, e.attachment]));
    assert.deepEqual([byId[a]?.deviceIndex, byId[b]?.deviceIndex].sort(), [1, 2]);
    assert.equal(all.find((e) => e.type === 'Primary')!.attachment!.deviceIndex, 0);
    assert.equal(byId[a]!.networkCardIndex, 0);
    for (const id of [a, b]) {
      await ecs.detachNetworkInterface(new $Ecs.DetachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: id, instanceId: big }));
      await waitEni(id, 'Available');
      await ecs.deleteNetworkInterface(new $Ecs.DeleteNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: id }));
    }
    await ecs.deleteInstance(new $Ecs.DeleteInstanceRequest({ instanceId: big, force: true }));
  });

  it('pages DescribeNetworkInterfaces by PageNumber/PageSize and by NextToken/MaxResults in creation order, even within one millisecond, and a reused token still honours the new filters', async () => {
    const ids: string[] = [];
    const pageTag = [new $Ecs.CreateNetworkInterfaceRequestTag({ key: 'scenario', value: 'paging' })];
    // All twelve are created in one millisecond of the sandbox's clock, so creation order, not
    // the creation time (equal) or the random ID, must decide the listing order.
    frozenAt = Date.now();
    try {
      for (let i = 0; i < 12; i++) ids.push((await createEni({ networkInterfaceName: `page-${i}`, tag: pageTag })).networkInterfaceId!);
    } finally {
      frozenAt = undefined;
    }
    for (const id of ids) await waitEni(id, 'Available');
    const list = async (extra: Partial<$Ecs.DescribeNetworkInterfacesRequest>) =>
      (await ecs.describeNetworkInterfaces(
        new $Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION, vSwitchId: vswH, tag: [new $Ecs.DescribeNetworkInterfacesRequestTag({ key: 'scenario', value: 'paging' })], ...extra }),
      )).body!;
    try {
      const seen: string[] = [];
      for (let page = 1; page <= 3; page++) {
        const r = await list({ pageNumber: page, pageSize: 5 });
        assert.equal(r.totalCount, 12);
        assert.equal(r.pageNumber, page);
        assert.equal(r.pageSize, 5);
        seen.push(...r.networkInterfaceSets!.networkInterfaceSet!.map((e) => e.networkInterfaceId!));
      }
      assert.deepEqual(seen, ids, 'pages of 5, 5 and 2 list the twelve ENIs once each, oldest first');

      const byToken: string[] = [];
      let token: string | undefined;
      let calls = 0;
      do {
        const r = await list({ maxResults: 10, nextToken: token });
        byToken.push(...r.networkInterfaceSets!.networkInterfaceSet!.map((e) => e.networkInterfaceId!));
        token = r.nextToken || undefined;
        calls++;
      } while (token && calls < 10);
      assert.deepEqual(byToken, ids);
      assert.equal(calls, 2);
      // The API reads MaxResults under 10 as 10: a loop written with MaxResults 2 gets pages of 10, as on the cloud.
      assert.equal((await list({ maxResults: 2 })).networkInterfaceSets!.networkInterfaceSet!.length, 10);

      // A token reused with an added filter that keeps the same ENIs continues where it left off …
      const first = await list({ maxResults: 10 });
      const same = await list({ maxResults: 10, nextToken: first.nextToken, type: 'Secondary', status: 'Available' });
      assert.deepEqual(same.networkInterfaceSets!.networkInterfaceSet!.map((e) => e.networkInterfaceId), ids.slice(10));
      // … and with a narrowing filter, the filter still applies to what comes back.
      const narrowed = await list({ maxResults: 10, nextToken: first.nextToken, networkInterfaceName: 'page-11' });
      for (const e of narrowed.networkInterfaceSets!.networkInterfaceSet!) assert.equal(e.networkInterfaceName, 'page-11');
      // And a token that is not one is refused, not read as "start over".
      const bad = await refused(() => list({ maxResults: 10, nextToken: 'not-a-token' }));
      assertRefusal(bad, 'InvalidNextToken.Malformed', 400);
    } finally {
      for (const id of ids) await waitEni(id, 'Available').then(() => ecs.deleteNetworkInterface(new $Ecs.DeleteNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: id })));
    }
  });

  it('refuses DryRun on CreateNetworkInterface as an unknown parameter (the ECS API has none there) and creates nothing', async () => {
    const before = snapshot();
    const r = await refused(() => pop.request('CreateNetworkInterface', { RegionId: REGION, VSwitchId: vswH, SecurityGroupId: groupId, NetworkInterfaceName: 'dry-run', DryRun: true }, { method: 'POST' }));
    assertRefusal(r, 'UnsupportedParameter', 400);
    assert.match(r.message, /DryRun/);
    assert.equal(snapshot(), before);
    const listed = await pop.request('DescribeNetworkInterfaces', { RegionId: REGION, NetworkInterfaceName: 'dry-run' }, { method: 'POST' });
    assert.equal(listed.TotalCount, 0);
  });

  it('keeps one ENI for a ClientToken sent twice, and one assignment for a repeated AssignPrivateIpAddresses token', async () => {
    const token = 'eni-scenario-0001';
    const a = await createEni({ clientToken: token, networkInterfaceName: 'once' });
    const b = await createEni({ clientToken: token, networkInterfaceName: 'once' });
    assert.equal(b.networkInterfaceId, a.networkInterfaceId);
    const named = (await ecs.describeNetworkInterfaces(new $Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION, networkInterfaceName: 'once' }))).body!;
    assert.equal(named.totalCount, 1);
    const id = a.networkInterfaceId!;
    await waitEni(id, 'Available');
    const assign = () => ecs.assignPrivateIpAddresses(new $Ecs.AssignPrivateIpAddressesRequest({ regionId: REGION, networkInterfaceId: id, secondaryPrivateIpAddressCount: 1, clientToken: 'assign-0001' }));
    const first = (await assign()).body!.assignedPrivateIpAddressesSet!.privateIpSet!.privateIpAddress!;
    const second = (await assign()).body!.assignedPrivateIpAddressesSet!.privateIpSet!.privateIpAddress!;
    assert.deepEqual(second, first);
    assert.equal((await attr(id)).PrivateIpSets.PrivateIpSet.length, 2, 'the primary address and one secondary, not two');
    // The same token with other parameters is a mistake the API names.
    await refusedWithoutChange(() => createEni({ clientToken: token, networkInterfaceName: 'other' }), 'IdempotentParameterMismatch', 400, id);
    await ecs.deleteNetworkInterface(new $Ecs.DeleteNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: id }));
  });

  it("tags ENIs with TagResources ResourceType eni, lists them with ListTagResources, and filters DescribeNetworkInterfaces by tag", async () => {
    const a = (await createEni()).networkInterfaceId!;
    const b = (await createEni()).networkInterfaceId!;
    await ecs.tagResources(new $Ecs.TagResourcesRequest({ regionId: REGION, resourceType: 'eni', resourceId: [a, b], tag: [new $Ecs.TagResourcesRequestTag({ key: 'env', value: 'test' })] }));
    const listed = (await ecs.listTagResources(new $Ecs.ListTagResourcesRequest({ regionId: REGION, resourceType: 'eni', resourceId: [a, b] }))).body!;
    const rows = listed.tagResources!.tagResource!.map((t) => [t.resourceId, t.resourceType, t.tagKey, t.tagValue]);
    assert.deepEqual(rows.sort(), [[a, 'eni', 'env', 'test'], [b, 'eni', 'env', 'test']].sort());
    const filtered = (await ecs.describeNetworkInterfaces(new $Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION, tag: [new $Ecs.DescribeNetworkInterfacesRequestTag({ key: 'env', value: 'test' })] }))).body!;
    assert.deepEqual(filtered.networkInterfaceSets!.networkInterfaceSet!.map((e) => e.networkInterfaceId).sort(), [a, b].sort());
    assert.deepEqual(filtered.networkInterfaceSets!.networkInterfaceSet![0].tags!.tag!.map((t) => [t.tagKey, t.tagValue]), [['env', 'test']]);
    await ecs.untagResources(new $Ecs.UntagResourcesRequest({ regionId: REGION, resourceType: 'eni', resourceId: [a], tagKey: ['env'] }));
    assert.deepEqual((await attr(a)).Tags.Tag, []);
    await refusedWithoutChange(
      () => ecs.tagResources(new $Ecs.TagResourcesRequest({ regionId: REGION, resourceType: 'eni', resourceId: ['eni-missing'], tag: [new $Ecs.TagResourcesRequestTag({ key: 'k', value: 'v' })] })),
      'InvalidResourceId.NotFound',
      404,
    );
    for (const id of [a, b]) await waitEni(id, 'Available').then(() => ecs.deleteNetworkInterface(new $Ecs.DeleteNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: id })));
  });

  describe('the refusals, as the SDK surfaces them, each leaving the state unchanged', () => {
    it('an unknown ENI or instance', async () => {
      await refusedWithoutChange(() => attr('eni-doesnotexist'), 'InvalidEniId.NotFound', 404);
      await refusedWithoutChange(() => ecs.deleteNetworkInterface(new $Ecs.DeleteNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: 'eni-doesnotexist' })), 'InvalidEniId.NotFound', 404);
      const id = (await createEni()).networkInterfaceId!;
      await waitEni(id, 'Available');
      await refusedWithoutChange(() => ecs.attachNetworkInterface(new $Ecs.AttachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: id, instanceId: 'i-doesnotexist' })), 'InvalidInstanceId.NotFound', 404, id);
      await ecs.deleteNetworkInterface(new $Ecs.DeleteNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: id }));
    });

    it('the wrong state: attaching while Creating, deleting while InUse, detaching from another instance', async () => {
      frozenAt = Date.now();
      const id = (await createEni()).networkInterfaceId!;
      await refusedWithoutChange(() => ecs.attachNetworkInterface(new $Ecs.AttachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: id, instanceId })), 'InvalidOperation.InvalidEniState', 400, id);
      frozenAt = undefined;
      await waitEni(id, 'Available');
      await refusedWithoutChange(() => ecs.detachNetworkInterface(new $Ecs.DetachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: id, instanceId })), 'InvalidOperation.InvalidEniState', 400, id);
      await ecs.attachNetworkInterface(new $Ecs.AttachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: id, instanceId }));
      await waitEni(id, 'InUse');
      await refusedWithoutChange(() => ecs.deleteNetworkInterface(new $Ecs.DeleteNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: id })), 'InvalidOperation.InvalidEniState', 400, id);
      // The primary ENI of the instance is not a secondary one.
      const primary = (await ecs.describeNetworkInterfaces(new $Ecs.DescribeNetworkInterfacesRequest({ regionId: REGION, instanceId, type: 'Primary' }))).body!.networkInterfaceSets!.networkInterfaceSet![0].networkInterfaceId!;
      await refusedWithoutChange(() => ecs.deleteNetworkInterface(new $Ecs.DeleteNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: primary })), 'InvalidOperation.InvalidEniType', 403);
      await ecs.detachNetworkInterface(new $Ecs.DetachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: id, instanceId }));
      await waitEni(id, 'Available');
      await ecs.deleteNetworkInterface(new $Ecs.DeleteNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: id }));
    });

    it("quotas: ENIs per instance (the type's EniQuantity) and private addresses per attached ENI", async () => {
      const first = (await createEni()).networkInterfaceId!;
      const second = (await createEni()).networkInterfaceId!;
      await waitEni(first, 'Available');
      await waitEni(second, 'Available');
      await ecs.attachNetworkInterface(new $Ecs.AttachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: first, instanceId }));
      await waitEni(first, 'InUse');
      await refusedWithoutChange(() => ecs.attachNetworkInterface(new $Ecs.AttachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: second, instanceId })), 'EniPerInstanceLimitExceeded', 403, second);
      // 2 vCPUs: six addresses per attached ENI, the primary included. With one secondary, five more do not fit.
      await ecs.assignPrivateIpAddresses(new $Ecs.AssignPrivateIpAddressesRequest({ regionId: REGION, networkInterfaceId: first, secondaryPrivateIpAddressCount: 1 }));
      await refusedWithoutChange(
        () => ecs.assignPrivateIpAddresses(new $Ecs.AssignPrivateIpAddressesRequest({ regionId: REGION, networkInterfaceId: first, secondaryPrivateIpAddressCount: 5 })),
        'InvalidOperation.Ipv4CountExceeded',
        403,
        first,
      );
      await ecs.detachNetworkInterface(new $Ecs.DetachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: first, instanceId }));
      await waitEni(first, 'Available');
      for (const id of [first, second]) await ecs.deleteNetworkInterface(new $Ecs.DeleteNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: id }));
    });

    it('attaching across zones, and addresses the ENI does not hold', async () => {
      const other = (await createEni({ vSwitchId: vswI })).networkInterfaceId!;
      await waitEni(other, 'Available');
      await refusedWithoutChange(() => ecs.attachNetworkInterface(new $Ecs.AttachNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: other, instanceId })), 'InvalidOperation.AvailabilityZoneMismatch', 403, other);
      const primaryIp = (await attr(other)).PrivateIpAddress;
      await refusedWithoutChange(() => ecs.unassignPrivateIpAddresses(new $Ecs.UnassignPrivateIpAddressesRequest({ regionId: REGION, networkInterfaceId: other, privateIpAddress: [primaryIp] })), 'InvalidIp.IpUnassigned', 403, other);
      await refusedWithoutChange(() => ecs.unassignPrivateIpAddresses(new $Ecs.UnassignPrivateIpAddressesRequest({ regionId: REGION, networkInterfaceId: other, privateIpAddress: ['192.168.2.99'] })), 'InvalidIp.IpUnassigned', 403, other);
      await refusedWithoutChange(() => ecs.assignPrivateIpAddresses(new $Ecs.AssignPrivateIpAddressesRequest({ regionId: REGION, networkInterfaceId: other, privateIpAddress: ['192.168.1.50'] })), 'InvalidPrivateIpAddress', 400, other);
      await ecs.deleteNetworkInterface(new $Ecs.DeleteNetworkInterfaceRequest({ regionId: REGION, networkInterfaceId: other }));
    });
  });
});
