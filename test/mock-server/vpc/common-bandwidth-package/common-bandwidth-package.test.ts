/**
 * EIP bandwidth plans (Internet Shared Bandwidth): EIPs of one region and line type share a
 * package's bandwidth; DescribeEipAddresses shows the package; deletion and release are guarded.
 */
import { strict as assert } from 'node:assert';
import { call, expectError, withSandbox } from '../vpc-helpers';
import { describeEip, eip } from '../internet-helpers';

async function cbwp(sb: Parameters<typeof call>[0], params: Record<string, string | number> = {}): Promise<string> {
  return (await call(sb, 'CreateCommonBandwidthPackage', { Bandwidth: 10, ...params })).BandwidthPackageId;
}

async function describeCbwp(sb: Parameters<typeof call>[0], id: string): Promise<any> {
  const r = await call(sb, 'DescribeCommonBandwidthPackages', { BandwidthPackageId: id });
  return r.CommonBandwidthPackages.CommonBandwidthPackage[0];
}

describe('vpc/common-bandwidth-package: EIP bandwidth plans', () => {
  const h = withSandbox();

  it('creates a package with the real defaults and shows it, its tags and its settings back', async () => {
    const id = await cbwp(h.sb, { Name: 'shared-1', Description: 'for the web tier', Ratio: 20, 'Tag.1.Key': 'env', 'Tag.1.Value': 'dev' });
    assert.match(id, /^cbwp-/);
    const p = await describeCbwp(h.sb, id);
    assert.deepEqual(
      [p.Name, p.Description, p.Bandwidth, p.ISP, p.InternetChargeType, p.InstanceChargeType, p.Ratio, p.Status, p.DeletionProtection],
      ['shared-1', 'for the web tier', '10', 'BGP', 'PayByBandwidth', 'PostPaid', 20, 'Available', false],
    );
    assert.deepEqual(p.Tags.Tag, [{ Key: 'env', Value: 'dev' }]);
    assert.deepEqual(p.PublicIpAddresses.PublicIpAddresse, []);
    const tagged = await call(h.sb, 'ListTagResources', { ResourceType: 'COMMONBANDWIDTHPACKAGE', 'ResourceId.1': id });
    assert.deepEqual(tagged.TagResources.TagResource.map((t: any) => [t.TagKey, t.TagValue]), [['env', 'dev']]);
  });

  it('filters by name and resource group and pages the list', async () => {
    const a = await cbwp(h.sb, { Name: 'alpha' });
    await cbwp(h.sb, { Name: 'beta', ResourceGroupId: 'rg-other' });
    await cbwp(h.sb, { Name: 'gamma' });
    const byName = await call(h.sb, 'DescribeCommonBandwidthPackages', { Name: 'alpha' });
    assert.deepEqual(byName.CommonBandwidthPackages.CommonBandwidthPackage.map((x: any) => x.BandwidthPackageId), [a]);
    const byGroup = await call(h.sb, 'DescribeCommonBandwidthPackages', { ResourceGroupId: 'rg-other' });
    assert.deepEqual(byGroup.CommonBandwidthPackages.CommonBandwidthPackage.map((x: any) => x.Name), ['beta']);
    const page2 = await call(h.sb, 'DescribeCommonBandwidthPackages', { PageSize: 2, PageNumber: 2 });
    assert.equal(page2.TotalCount, 3);
    assert.equal(page2.CommonBandwidthPackages.CommonBandwidthPackage.length, 1);
    const none = await call(h.sb, 'DescribeCommonBandwidthPackages', { BandwidthPackageId: 'cbwp-nothere' });
    assert.deepEqual(none.CommonBandwidthPackages.CommonBandwidthPackage, []);
  });

  it('refuses bandwidth outside the range of its billing method, and bad names, changing nothing', async () => {
    await expectError(h.sb, 'CreateCommonBandwidthPackage', { Bandwidth: 0 }, 'InvalidParameter');
    await expectError(h.sb, 'CreateCommonBandwidthPackage', { Bandwidth: 1001, InternetChargeType: 'PayByTraffic' }, 'InvalidParameter');
    await expectError(h.sb, 'CreateCommonBandwidthPackage', {}, 'MissingParameter');
    await expectError(h.sb, 'CreateCommonBandwidthPackage', { Bandwidth: 5, ISP: 'NotAnIsp' }, 'InvalidParameter');
    await expectError(h.sb, 'CreateCommonBandwidthPackage', { Bandwidth: 5, Name: 'http://x' }, 'InvalidParameter.Name.Malformed');
    // The 95th-percentile plans are sold larger.
    await cbwp(h.sb, { Bandwidth: 2000, InternetChargeType: 'PayBy95', Ratio: 20 });
  });

  it('lets EIPs join and shows the package in DescribeEipAddresses, with the EIP\'s own bandwidth kept apart', async () => {
    const id = await cbwp(h.sb, { Bandwidth: 10 });
    const e1 = await eip(h.sb, { Bandwidth: 3 });
    const e2 = await eip(h.sb, { Bandwidth: 4 });
    await call(h.sb, 'AddCommonBandwidthPackageIp', { BandwidthPackageId: id, IpInstanceId: e1.id, IpType: 'EIP' });
    await call(h.sb, 'AddCommonBandwidthPackageIps', { BandwidthPackageId: id, 'IpInstanceIds.1': e2.id });
    const p = await describeCbwp(h.sb, id);
    assert.deepEqual(
      p.PublicIpAddresses.PublicIpAddresse.map((x: any) => [x.AllocationId, x.IpAddress, x.BandwidthPackageIpRelationStatus]),
      [[e1.id, e1.ip, 'BINDED'], [e2.id, e2.ip, 'BINDED']],
    );
    const d = await describeEip(h.sb, e1.id);
    assert.deepEqual([d.BandwidthPackageId, d.BandwidthPackageType, d.BandwidthPackageBandwidth, d.Bandwidth, d.EipBandwidth], [id, 'CommonBandwidthPackage', '10', '10', '3']);
    // A cap inside the package shows as the EIP's Bandwidth; cancelling it gives the whole package back.
    await call(h.sb, 'ModifyCommonBandwidthPackageIpBandwidth', { BandwidthPackageId: id, EipId: e1.id, Bandwidth: '2' });
    assert.equal((await describeEip(h.sb, e1.id)).Bandwidth, '2');
    await expectError(h.sb, 'ModifyCommonBandwidthPackageIpBandwidth', { BandwidthPackageId: id, EipId: e1.id, Bandwidth: '11' }, 'InvalidParameter');
    await call(h.sb, 'CancelCommonBandwidthPackageIpBandwidth', { BandwidthPackageId: id, EipId: e1.id });
    assert.equal((await describeEip(h.sb, e1.id)).Bandwidth, '10');
    // Removed, the EIP is on its own again.
    await call(h.sb, 'RemoveCommonBandwidthPackageIp', { BandwidthPackageId: id, IpInstanceId: e1.id });
    const alone = await describeEip(h.sb, e1.id);
    assert.deepEqual([alone.BandwidthPackageId, alone.Bandwidth], ['', '3']);
  });

  it('keeps an EIP in one package, of the same line type and Anti-DDoS edition', async () => {
    const a = await cbwp(h.sb);
    const b = await cbwp(h.sb);
    const pro = await cbwp(h.sb, { ISP: 'BGP_PRO' });
    const e = await eip(h.sb);
    await call(h.sb, 'AddCommonBandwidthPackageIp', { BandwidthPackageId: a, IpInstanceId: e.id });
    await expectError(h.sb, 'AddCommonBandwidthPackageIp', { BandwidthPackageId: b, IpInstanceId: e.id }, 'IpInstanceId.AlreadyInBandwidthPackage');
    const other = await eip(h.sb);
    await expectError(h.sb, 'AddCommonBandwidthPackageIp', { BandwidthPackageId: pro, IpInstanceId: other.id }, 'OperationDenied.IspInconsistent');
    const ddos = await cbwp(h.sb, { 'SecurityProtectionTypes.1': 'AntiDDoS_Enhanced' });
    await expectError(h.sb, 'AddCommonBandwidthPackageIp', { BandwidthPackageId: ddos, IpInstanceId: other.id }, 'OperationDenied.SecurityProtectionTypesInconsistent');
    // A batch with one bad EIP adds none of them.
    await expectError(h.sb, 'AddCommonBandwidthPackageIps', { BandwidthPackageId: b, 'IpInstanceIds.1': other.id, 'IpInstanceIds.2': e.id }, 'IpInstanceId.AlreadyInBandwidthPackage');
    await expectError(h.sb, 'AddCommonBandwidthPackageIp', { BandwidthPackageId: b, IpInstanceId: 'eip-nothere' }, 'InvalidAllocationId.NotFound', 404);
    await expectError(h.sb, 'AddCommonBandwidthPackageIp', { BandwidthPackageId: 'cbwp-nothere', IpInstanceId: other.id }, 'InvalidBandwidthPackageId.NotFound', 404);
    await expectError(h.sb, 'RemoveCommonBandwidthPackageIp', { BandwidthPackageId: b, IpInstanceId: other.id }, 'OperationUnsupported.IpNotInCbwp');
  });

  it('refuses to delete a package that holds EIPs unless Force, which takes them out; and never releases an EIP in a package', async () => {
    const id = await cbwp(h.sb);
    const e = await eip(h.sb);
    await call(h.sb, 'AddCommonBandwidthPackageIp', { BandwidthPackageId: id, IpInstanceId: e.id });
    await expectError(h.sb, 'ReleaseEipAddress', { AllocationId: e.id }, 'IncorrectEipStatus');
    await expectError(h.sb, 'DeleteCommonBandwidthPackage', { BandwidthPackageId: id }, 'OperationFailed.BandwidthPackageNotEmpty');
    await expectError(h.sb, 'DeleteCommonBandwidthPackage', { BandwidthPackageId: id, Force: 'false' }, 'OperationFailed.BandwidthPackageNotEmpty');
    await call(h.sb, 'DeleteCommonBandwidthPackage', { BandwidthPackageId: id, Force: 'true' });
    assert.equal(await describeCbwp(h.sb, id), undefined);
    assert.equal((await describeEip(h.sb, e.id)).BandwidthPackageId, '');
    await call(h.sb, 'ReleaseEipAddress', { AllocationId: e.id });
    await expectError(h.sb, 'DeleteCommonBandwidthPackage', { BandwidthPackageId: id }, 'InvalidBandwidthPackageId.NotFound', 404);
  });

  it('honours deletion protection (DeletionProtection Type CBWP)', async () => {
    const id = await cbwp(h.sb);
    await call(h.sb, 'DeletionProtection', { InstanceId: id, Type: 'CBWP', ProtectionEnable: true });
    assert.equal((await describeCbwp(h.sb, id)).DeletionProtection, true);
    await expectError(h.sb, 'DeleteCommonBandwidthPackage', { BandwidthPackageId: id, Force: 'true' }, 'InvalidOperation.DeletionProtection');
    await call(h.sb, 'DeletionProtection', { InstanceId: id, Type: 'CBWP', ProtectionEnable: false });
    await call(h.sb, 'DeleteCommonBandwidthPackage', { BandwidthPackageId: id });
  });

  it('renames and resizes a package, refusing a size below an EIP\'s cap', async () => {
    const id = await cbwp(h.sb, { Bandwidth: 10 });
    const e = await eip(h.sb);
    await call(h.sb, 'AddCommonBandwidthPackageIp', { BandwidthPackageId: id, IpInstanceId: e.id });
    await call(h.sb, 'ModifyCommonBandwidthPackageIpBandwidth', { BandwidthPackageId: id, EipId: e.id, Bandwidth: '8' });
    await call(h.sb, 'ModifyCommonBandwidthPackageAttribute', { BandwidthPackageId: id, Name: 'renamed', Description: 'new words' });
    await expectError(h.sb, 'ModifyCommonBandwidthPackageSpec', { BandwidthPackageId: id, Bandwidth: '5' }, 'InvalidParameter');
    await call(h.sb, 'ModifyCommonBandwidthPackageSpec', { BandwidthPackageId: id, Bandwidth: '20' });
    const p = await describeCbwp(h.sb, id);
    assert.deepEqual([p.Name, p.Description, p.Bandwidth], ['renamed', 'new words', '20']);
    assert.equal((await describeEip(h.sb, e.id)).BandwidthPackageBandwidth, '20');
  });
});

describe('vpc/common-bandwidth-package: asynchronous states', () => {
  const h = withSandbox({ asyncDelayMs: 200 });

  it('shows Pending after a create and refuses membership changes until Available; joining EIPs show BINDING first', async () => {
    const id = await cbwp(h.sb);
    assert.equal((await describeCbwp(h.sb, id)).Status, 'Pending');
    const e = await eip(h.sb);
    await expectError(h.sb, 'AddCommonBandwidthPackageIp', { BandwidthPackageId: id, IpInstanceId: e.id }, 'BandwidthPackageOperation.conflict');
    await new Promise((r) => setTimeout(r, 250));
    assert.equal((await describeCbwp(h.sb, id)).Status, 'Available');
    await call(h.sb, 'AddCommonBandwidthPackageIp', { BandwidthPackageId: id, IpInstanceId: e.id });
    assert.equal((await describeCbwp(h.sb, id)).PublicIpAddresses.PublicIpAddresse[0].BandwidthPackageIpRelationStatus, 'BINDING');
  });
});
