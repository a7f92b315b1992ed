/**
 * NAT IP CIDR blocks and NAT IPs of a VPC NAT gateway (NetworkType=intranet) as a new user drives
 * them: the official SDKs set up exactly as the README shows (only endpoint and credentials
 * changed), against the sandbox in-process on port 0 with a real async delay, so each wait is a
 * poll of DescribeNatGateways / ListNatIps.
 *
 * - `@alicloud/vpc20160428` on `@alicloud/openapi-core` (ACS3-HMAC-SHA256), typed methods;
 * - `@alicloud/pop-core` (RPC v1), arrays passed as arrays (pop-core flattens them to Name.N).
 *
 * Each refusal is read as the SDK surfaces it (err.code, err.data.Code, HTTP status, RequestId)
 * and leaves the store, and what ListNatIps/ListNatIpCidrs read back, unchanged.
 */
/* eslint-disable @typescript-eslint/no-var-requires */
import { strict as assert } from 'node:assert';
import Vpc, * as $Vpc from '@alicloud/vpc20160428';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import type { Sandbox } from '../../../../mock-server/app';
import { DEFAULT_CREDENTIALS, startTestSandbox } from '../../../helpers/rpc';
import { assertRefusal, assertSdkTypes, refused, waitFor, type Surfaced } from '../../../helpers/sdk-user';

const RPCClient = require('@alicloud/pop-core');

const REGION = 'cn-hangzhou';
const DELAY_MS = 40;
const VSW_CIDR = '172.16.0.0/21';

describe('VPC NAT IPs through the official SDKs, as a new user drives them', function () {
  this.timeout(30_000);
  let sb: Sandbox;
  /**
   * Set while a test must see a transitional status (Creating) for certain: the sandbox's clock
   * stops there, so a slow, shared machine cannot let the async delay run out mid-check.
   */
  let frozenAt: number | undefined;
  let vpc: Vpc;
  let pop: any;
  let vpcId: string;
  let vswitchId: string;
  let natId: string;
  let snatTableId: string;
  let forwardTableId: string;

  const snapshot = () => JSON.stringify(sb.store.exportState());
  const natIps = async (extra: Partial<$Vpc.ListNatIpsRequest> = {}) =>
    (await vpc.listNatIps(new $Vpc.ListNatIpsRequest({ regionId: REGION, natGatewayId: natId, ...extra }))).body!;
  const natIpCidrs = async (extra: Partial<$Vpc.ListNatIpCidrsRequest> = {}) =>
    (await vpc.listNatIpCidrs(new $Vpc.ListNatIpCidrsRequest({ regionId: REGION, natGatewayId: natId, ...extra }))).body!;
  /** Everything a user can read back about the gateway's NAT IPs and blocks (without RequestIds). */
  const readBack = async () => {
    const { requestId: _a, ...ips } = (await natIps({ maxResults: '100' })).toMap();
    const { requestId: _b, ...blocks } = (await natIpCidrs({ maxResults: '100' })).toMap();
    delete (ips as any).RequestId;
    delete (blocks as any).RequestId;
    return { ips, blocks };
  };
  async function refusedWithoutChange(call: () => Promise<unknown>, code: string, status: number): Promise<Surfaced> {
    const before = snapshot();
    const seen = await readBack();
    const e = await refused(call);
    assertRefusal(e, code, status);
    assert.equal(snapshot(), before, `${code}: the refused request changed the store`);
    assert.deepEqual(await readBack(), seen, `${code}: ListNatIps/ListNatIpCidrs read back differently`);
    return e;
  }
  const createNatIp = async (extra: Partial<$Vpc.CreateNatIpRequest>) =>
    (await vpc.createNatIp(new $Vpc.CreateNatIpRequest({ regionId: REGION, natGatewayId: natId, ...extra }))).body!;
  const waitNatIp = (id: string, status = 'Available') =>
    waitFor(`${id} ${status}`, async () => (await natIps({ natIpIds: [id] })).natIps![0]?.natIpStatus, (s) => s === status);
  const deleteNatIp = (natIpId: string) => vpc.deleteNatIp(new $Vpc.DeleteNatIpRequest({ regionId: REGION, natIpId, natGatewayId: natId }));
  const deleteBlock = (natIpCidr: string) => vpc.deleteNatIpCidr(new $Vpc.DeleteNatIpCidrRequest({ regionId: REGION, natGatewayId: natId, natIpCidr }));

  before(async () => {
    sb = await startTestSandbox({ asyncDelayMs: DELAY_MS, clock: () => frozenAt ?? Date.now() });
    vpc = new Vpc(new $OpenApiUtil.Config({ endpoint: new URL(sb.url).host, protocol: 'http', ...DEFAULT_CREDENTIALS, regionId: REGION }));
    pop = new RPCClient({ endpoint: sb.url, apiVersion: '2016-04-28', ...DEFAULT_CREDENTIALS });
    vpcId = (await vpc.createVpc(new $Vpc.CreateVpcRequest({ regionId: REGION, cidrBlock: '172.16.0.0/12' }))).body!.vpcId!;
    await waitFor('VPC', async () => (await vpc.describeVpcAttribute(new $Vpc.DescribeVpcAttributeRequest({ regionId: REGION, vpcId }))).body!.status, (s) => s === 'Available');
    vswitchId = (await vpc.createVSwitch(new $Vpc.CreateVSwitchRequest({ regionId: REGION, vpcId, zoneId: 'cn-hangzhou-h', cidrBlock: VSW_CIDR }))).body!.vSwitchId!;
    await waitFor('VSwitch', async () => (await vpc.describeVSwitchAttributes(new $Vpc.DescribeVSwitchAttributesRequest({ regionId: REGION, vSwitchId: vswitchId }))).body!.status, (s) => s === 'Available');
    const gw = (await vpc.createNatGateway(new $Vpc.CreateNatGatewayRequest({ regionId: REGION, vpcId, vSwitchId: vswitchId, natType: 'Enhanced', networkType: 'intranet', name: 'vpc-nat' }))).body!;
    natId = gw.natGatewayId!;
    snatTableId = gw.snatTableIds!.snatTableId![0];
    forwardTableId = gw.forwardTableIds!.forwardTableId![0];
    const ready = await waitFor('NAT gateway', async () => (await vpc.describeNatGateways(new $Vpc.DescribeNatGatewaysRequest({ regionId: REGION, natGatewayId: natId }))).body!.natGateways!.natGateway![0], (g) => g.status === 'Available');
    assert.equal(ready.networkType, 'intranet');
  });
  after(() => sb.close());

  it('walks the life cycle with the typed SDK: block, NAT IP, wait for Available, SNAT and DNAT on it, rename, and delete in order', async () => {
    const block = (await vpc.createNatIpCidr(new $Vpc.CreateNatIpCidrRequest({ regionId: REGION, natGatewayId: natId, natIpCidr: '192.168.10.0/24', natIpCidrName: 'partner-range' }))).body!;
    assert.match(block.natIpCidrId!, /^vpcnatcidr-/);
    const blocks = (await natIpCidrs()).natIpCidrs!;
    assert.deepEqual(blocks.map((b) => [b.natIpCidr, b.isDefault, b.natIpCidrStatus]), [[VSW_CIDR, true, 'Available'], ['192.168.10.0/24', false, 'Available']]);

    const snatIp = await createNatIp({ natIpCidr: '192.168.10.0/24', natIpName: 'snat-ip' });
    frozenAt = Date.now();
    const dnatIp = await createNatIp({ natIpCidr: '192.168.10.0/24', natIp: '192.168.10.80', natIpName: 'dnat-ip' });
    assert.equal(dnatIp.natIp, '192.168.10.80');
    assert.equal(snatIp.natIp, '192.168.10.1', 'the lowest free host address of the block');
    assert.equal((await natIps({ natIpIds: [dnatIp.natIpId!] })).natIps![0].natIpStatus, 'Creating');
    frozenAt = undefined;
    await waitNatIp(snatIp.natIpId!);
    await waitNatIp(dnatIp.natIpId!);

    const snat = (await vpc.createSnatEntry(new $Vpc.CreateSnatEntryRequest({ regionId: REGION, snatTableId, snatIp: snatIp.natIp, sourceCIDR: '172.16.0.0/24' }))).body!;
    const fwd = (await vpc.createForwardEntry(
      new $Vpc.CreateForwardEntryRequest({ regionId: REGION, forwardTableId, externalIp: dnatIp.natIp, externalPort: '80', ipProtocol: 'tcp', internalIp: '172.16.0.10', internalPort: '8080' }),
    )).body!;
    await waitFor('SNAT entry', async () => (await vpc.describeSnatTableEntries(new $Vpc.DescribeSnatTableEntriesRequest({ regionId: REGION, snatTableId, snatEntryId: snat.snatEntryId }))).body!.snatTableEntries!.snatTableEntry![0]?.status, (s) => s === 'Available');
    await waitFor('DNAT entry', async () => (await vpc.describeForwardTableEntries(new $Vpc.DescribeForwardTableEntriesRequest({ regionId: REGION, forwardTableId, forwardEntryId: fwd.forwardEntryId }))).body!.forwardTableEntries!.forwardTableEntry![0]?.status, (s) => s === 'Available');

    await vpc.modifyNatIpAttribute(new $Vpc.ModifyNatIpAttributeRequest({ regionId: REGION, natIpId: dnatIp.natIpId, natIpName: 'web-dnat', natIpDescription: 'port 80' }));
    await vpc.modifyNatIpCidrAttribute(new $Vpc.ModifyNatIpCidrAttributeRequest({ regionId: REGION, natGatewayId: natId, natIpCidr: '192.168.10.0/24', natIpCidrDescription: 'partner' }));
    const renamed = (await natIps({ natIpName: ['web-dnat'] })).natIps!;
    assert.deepEqual(renamed.map((n) => [n.natIpId, n.natIpDescription]), [[dnatIp.natIpId, 'port 80']]);
    assert.equal((await natIpCidrs({ natIpCidrs: ['192.168.10.0/24'] })).natIpCidrs![0].natIpCidrDescription, 'partner');

    // In use: neither the NAT IPs nor their block can go yet.
    await refusedWithoutChange(() => deleteNatIp(dnatIp.natIpId!), 'DependencyViolation.NatIp', 400);
    await refusedWithoutChange(() => deleteNatIp(snatIp.natIpId!), 'DependencyViolation.NatIp', 400);
    await refusedWithoutChange(() => deleteBlock('192.168.10.0/24'), 'DependencyViolation.NatIp', 400);

    await vpc.deleteForwardEntry(new $Vpc.DeleteForwardEntryRequest({ regionId: REGION, forwardTableId, forwardEntryId: fwd.forwardEntryId }));
    await vpc.deleteSnatEntry(new $Vpc.DeleteSnatEntryRequest({ regionId: REGION, snatTableId, snatEntryId: snat.snatEntryId }));
    await waitFor('entries gone', async () => {
      const s = (await vpc.describeSnatTableEntries(new $Vpc.DescribeSnatTableEntriesRequest({ regionId: REGION, snatTableId }))).body!.totalCount;
      const f = (await vpc.describeForwardTableEntries(new $Vpc.DescribeForwardTableEntriesRequest({ regionId: REGION, forwardTableId }))).body!.totalCount;
      return [s, f];
    }, ([s, f]) => s === 0 && f === 0);
    await deleteNatIp(dnatIp.natIpId!);
    await deleteNatIp(snatIp.natIpId!);
    await waitFor('NAT IPs gone', async () => (await natIps()).natIps!.map((n) => n.isDefault), (d) => d.length === 1 && d[0] === true);
    await deleteBlock('192.168.10.0/24');
    assert.deepEqual((await natIpCidrs()).natIpCidrs!.map((b) => b.natIpCidr), [VSW_CIDR]);
  });

  it('walks a block and NAT IP life cycle with pop-core (RPC v1, its default GET), every response typed as the SDK model declares', async () => {
    const call = async (action: string, params: Record<string, unknown>) => {
      // As pop-core's README calls it: no options, so a signed GET.
      const body = await pop.request(action, { RegionId: REGION, ...params });
      assertSdkTypes($Vpc as any, action, body);
      return body;
    };
    await call('CreateNatIpCidr', { NatGatewayId: natId, NatIpCidr: '192.168.20.0/28', NatIpCidrName: 'rpc-block' });
    const created = await call('CreateNatIp', { NatGatewayId: natId, NatIpCidr: '192.168.20.0/28', NatIp: '192.168.20.5', NatIpName: 'rpc-ip' });
    assert.equal(created.NatIp, '192.168.20.5');
    const listed = await waitFor('Available', () => call('ListNatIps', { NatGatewayId: natId, NatIpIds: [created.NatIpId] }), (r) => r.NatIps[0]?.NatIpStatus === 'Available');
    assert.equal(listed.NatIps[0].NatIpCidr, '192.168.20.0/28');
    assert.equal(listed.NatIps[0].IsDefault, false);
    const blocks = await call('ListNatIpCidrs', { NatGatewayId: natId, NatIpCidrName: ['rpc-block'] });
    assert.deepEqual(blocks.NatIpCidrs.map((b: any) => b.NatIpCidr), ['192.168.20.0/28']);
    await call('ModifyNatIpAttribute', { NatIpId: created.NatIpId, NatIpName: 'rpc-ip-2' });
    await call('DeleteNatIp', { NatIpId: created.NatIpId, NatGatewayId: natId });
    await call('DeleteNatIpCidr', { NatGatewayId: natId, NatIpCidr: '192.168.20.0/28' });
    const left = await call('ListNatIpCidrs', { NatGatewayId: natId });
    assert.deepEqual(left.NatIpCidrs.map((b: any) => b.NatIpCidr), [VSW_CIDR]);
    assertRefusal(await refused(() => pop.request('DeleteNatIp', { RegionId: REGION, NatIpId: created.NatIpId })), 'ResourceNotFound.NatIp', 400);
    assertSdkTypes($Vpc as any, 'DescribeNatGateways', await call('DescribeNatGateways', { NatGatewayId: natId }));
  });

  it('pages ListNatIps and ListNatIpCidrs by NextToken/MaxResults, and a reused token still honours the new filters', async () => {
    const blocks = ['192.168.30.0/24', '192.168.31.0/24', '192.168.32.0/24'];
    for (const b of blocks) await vpc.createNatIpCidr(new $Vpc.CreateNatIpCidrRequest({ regionId: REGION, natGatewayId: natId, natIpCidr: b }));
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await createNatIp({ natIpCidr: blocks[i % 2], natIpName: `paged-${i}` })).natIpId!);
    try {
      const walk = async <T>(page: (token?: string) => Promise<{ items: T[]; next?: string; total?: string }>) => {
        const out: T[] = [];
        let token: string | undefined;
        let calls = 0;
        do {
          const r = await page(token);
          out.push(...r.items);
          token = r.next || undefined;
          calls++;
        } while (token && calls < 20);
        return { out, calls };
      };
      const ips = await walk(async (token) => {
        const r = await natIps({ maxResults: '2', nextToken: token });
        assert.equal(r.totalCount, '6', 'five NAT IPs and the default one');
        return { items: r.natIps!.map((n) => n.natIpId!), next: r.nextToken };
      });
      assert.equal(ips.calls, 3);
      assert.equal(new Set(ips.out).size, 6);
      for (const id of ids) assert.ok(ips.out.includes(id));

      const cidrWalk = await walk(async (token) => {
        const r = await natIpCidrs({ maxResults: '3', nextToken: token });
        return { items: r.natIpCidrs!.map((b) => b.natIpCidr!), next: r.nextToken };
      });
      assert.deepEqual(cidrWalk.out, [VSW_CIDR, ...blocks]);
      assert.equal(cidrWalk.calls, 2);

      // A token of the unfiltered listing, reused with a block filter: only that block's NAT IPs come back.
      const first = await natIps({ maxResults: '2' });
      const reused = await natIps({ maxResults: '2', nextToken: first.nextToken, natIpCidr: blocks[1] });
      for (const n of reused.natIps!) assert.equal(n.natIpCidr, blocks[1]);
      assertRefusal(await refused(() => natIps({ maxResults: '2', nextToken: 'garbage' })), 'InvalidNextToken.Malformed', 400);
    } finally {
      for (const id of ids) await waitNatIp(id).then(() => deleteNatIp(id));
      for (const b of blocks) await deleteBlock(b);
    }
  });

  it('answers DryRun=true with DryRunOperation and creates nothing; a dry run of an invalid request gets its real error', async () => {
    const before = snapshot();
    const seen = await readBack();
    assertRefusal(await refused(() => vpc.createNatIpCidr(new $Vpc.CreateNatIpCidrRequest({ regionId: REGION, natGatewayId: natId, natIpCidr: '192.168.40.0/24', dryRun: true }))), 'DryRunOperation', 400);
    assertRefusal(await refused(() => createNatIp({ natIpCidr: VSW_CIDR, dryRun: true })), 'DryRunOperation', 400);
    assertRefusal(await refused(() => createNatIp({ natIpCidr: VSW_CIDR, natIp: '10.0.0.1', dryRun: true })), 'OperationFailed.NatIpNotInNatIpCidr', 400);
    assert.equal(snapshot(), before);
    assert.deepEqual(await readBack(), seen);
    // pop-core sends the same flag as text.
    assertRefusal(await refused(() => pop.request('CreateNatIp', { RegionId: REGION, NatGatewayId: natId, NatIpCidr: VSW_CIDR, DryRun: true }, { method: 'POST' })), 'DryRunOperation', 400);
    assert.equal(snapshot(), before);
  });

  it('keeps one NAT IP and one block for a ClientToken sent twice', async () => {
    const a = await createNatIp({ natIpCidr: VSW_CIDR, clientToken: 'natip-token-1', natIpName: 'idem' });
    const b = await createNatIp({ natIpCidr: VSW_CIDR, clientToken: 'natip-token-1', natIpName: 'idem' });
    assert.equal(b.natIpId, a.natIpId);
    assert.equal(b.natIp, a.natIp);
    assert.equal((await natIps({ natIpName: ['idem'] })).natIps!.length, 1);
    const mk = () => vpc.createNatIpCidr(new $Vpc.CreateNatIpCidrRequest({ regionId: REGION, natGatewayId: natId, natIpCidr: '192.168.50.0/24', clientToken: 'block-token-1' }));
    const c1 = (await mk()).body!.natIpCidrId;
    const c2 = (await mk()).body!.natIpCidrId;
    assert.equal(c2, c1);
    assert.equal((await natIpCidrs({ natIpCidrs: ['192.168.50.0/24'] })).natIpCidrs!.length, 1);
    await waitNatIp(a.natIpId!);
    await refusedWithoutChange(() => createNatIp({ natIpCidr: VSW_CIDR, clientToken: 'natip-token-1', natIpName: 'other' }), 'IdempotentParameterMismatch', 400);
    await deleteNatIp(a.natIpId!);
    await deleteBlock('192.168.50.0/24');
  });

  describe('the refusals, as the SDK surfaces them, each leaving the state unchanged', () => {
    it('unknown NAT IPs, blocks and gateways', async () => {
      await refusedWithoutChange(() => deleteNatIp('vpcnatip-doesnotexist'), 'ResourceNotFound.NatIp', 400);
      await refusedWithoutChange(() => vpc.modifyNatIpAttribute(new $Vpc.ModifyNatIpAttributeRequest({ regionId: REGION, natIpId: 'vpcnatip-doesnotexist', natIpName: 'x' })), 'ResourceNotFound.NatIp', 400);
      await refusedWithoutChange(() => deleteBlock('192.168.99.0/24'), 'ResourceNotFound.NatIpCidr', 400);
      await refusedWithoutChange(() => vpc.listNatIps(new $Vpc.ListNatIpsRequest({ regionId: REGION, natGatewayId: 'ngw-doesnotexist' })), 'InvalidNatGatewayId.NotFound', 404);
    });

    it('a NAT IP outside its block, a block inside the VPC, and a block that is none of the gateway\'s', async () => {
      await vpc.createNatIpCidr(new $Vpc.CreateNatIpCidrRequest({ regionId: REGION, natGatewayId: natId, natIpCidr: '192.168.60.0/24' }));
      await refusedWithoutChange(() => createNatIp({ natIpCidr: '192.168.60.0/24', natIp: '192.168.61.5' }), 'OperationFailed.NatIpNotInNatIpCidr', 400);
      await refusedWithoutChange(() => createNatIp({ natIpCidr: VSW_CIDR, natIp: '192.168.60.5' }), 'OperationFailed.NatIpNotInNatIpCidr', 400);
      await refusedWithoutChange(() => createNatIp({ natIpCidr: '192.168.70.0/24' }), 'OperationFailed.NatIpNotInNatIpCidr', 400);
      await refusedWithoutChange(
        () => vpc.createNatIpCidr(new $Vpc.CreateNatIpCidrRequest({ regionId: REGION, natGatewayId: natId, natIpCidr: '172.16.64.0/24' })),
        'OperationFailed.CreateNatIpCidrInVpcCidrBlock',
        400,
      );
      await refusedWithoutChange(() => vpc.createNatIpCidr(new $Vpc.CreateNatIpCidrRequest({ regionId: REGION, natGatewayId: natId, natIpCidr: '192.168.60.128/25' })), 'OperationFailed.NatIpCidrInUse', 400);
      await deleteBlock('192.168.60.0/24');
    });

    it('the wrong state: a NAT IP that is still Creating, and the default NAT IP', async () => {
      frozenAt = Date.now();
      const ip = await createNatIp({ natIpCidr: VSW_CIDR });
      await refusedWithoutChange(() => deleteNatIp(ip.natIpId!), 'IncorrectStatus.NatIp', 400);
      const def = (await natIps()).natIps!.find((n) => n.isDefault)!;
      await refusedWithoutChange(() => deleteNatIp(def.natIpId!), 'OperationFailed.DefaultNatIp', 400);
      await refusedWithoutChange(() => deleteBlock(VSW_CIDR), 'OperationFailed.DefaultNatIpCidr', 400);
      frozenAt = undefined;
      await waitNatIp(ip.natIpId!);
      await deleteNatIp(ip.natIpId!);
    });

    it('quota: at most five NAT IP CIDR blocks besides the default one', async () => {
      const blocks = [0, 1, 2, 3, 4].map((i) => `10.${i}.0.0/16`);
      for (const b of blocks) await vpc.createNatIpCidr(new $Vpc.CreateNatIpCidrRequest({ regionId: REGION, natGatewayId: natId, natIpCidr: b }));
      await refusedWithoutChange(() => vpc.createNatIpCidr(new $Vpc.CreateNatIpCidrRequest({ regionId: REGION, natGatewayId: natId, natIpCidr: '10.9.0.0/16' })), 'QuotaExceeded.NatIpCidr', 400);
      for (const b of blocks) await deleteBlock(b);
    });

    it('an EIP as the DNAT external IP, or the SNAT IP, of a VPC NAT gateway', async () => {
      const eip = (await vpc.allocateEipAddress(new $Vpc.AllocateEipAddressRequest({ regionId: REGION }))).body!;
      await refusedWithoutChange(
        () => vpc.createForwardEntry(new $Vpc.CreateForwardEntryRequest({ regionId: REGION, forwardTableId, externalIp: eip.eipAddress, externalPort: '80', ipProtocol: 'tcp', internalIp: '172.16.0.10', internalPort: '80' })),
        'InvalidIp.NotInNatgw',
        400,
      );
      await refusedWithoutChange(() => vpc.createSnatEntry(new $Vpc.CreateSnatEntryRequest({ regionId: REGION, snatTableId, snatIp: eip.eipAddress, sourceCIDR: '172.16.0.0/24' })), 'InvalidSnatIp.NotFound', 404);
      // Binding the EIP to the VPC NAT gateway is refused too: it translates to NAT IPs only.
      await refusedWithoutChange(
        () => vpc.associateEipAddress(new $Vpc.AssociateEipAddressRequest({ regionId: REGION, allocationId: eip.allocationId, instanceId: natId, instanceType: 'Nat' })),
        'InvalidInstanceType.ValueNotSupported',
        400,
      );
      const after = (await vpc.describeEipAddresses(new $Vpc.DescribeEipAddressesRequest({ regionId: REGION, allocationId: eip.allocationId }))).body!.eipAddresses!.eipAddress![0];
      assert.equal(after.status, 'Available', 'the EIP stays unbound');
      await vpc.releaseEipAddress(new $Vpc.ReleaseEipAddressRequest({ regionId: REGION, allocationId: eip.allocationId }));
    });
  });
});
