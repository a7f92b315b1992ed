/**
 * Concurrent requests never break a rule: 50 parallel CreateVSwitch calls with overlapping CIDRs
 * in one VPC leave no overlap, and every refusal is the real overlap code.
 */
import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../mock-server/app';
import { eventually, rpc, startTestSandbox } from '../../helpers/rpc';

function range(cidr: string): [number, number] {
  const [ip, mask] = cidr.split('/');
  const n = ip.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
  const size = 2 ** (32 - Number(mask));
  return [n, n + size - 1];
}

function overlap(a: string, b: string): boolean {
  const [a0, a1] = range(a);
  const [b0, b1] = range(b);
  return a0 <= b1 && b0 <= a1;
}

/** Deterministic overlapping blocks inside 10.0.0.0/22: /24s, /25s, /26s and a /23. */
function blocks(count: number, seed: number): string[] {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const mask = [23, 24, 24, 25, 25, 26, 26, 26][Math.floor(rnd() * 8)];
    const size = 2 ** (32 - mask);
    const slots = 1024 / size;
    const start = Math.floor(rnd() * slots) * size;
    out.push(`10.0.${Math.floor(start / 256)}.${start % 256}/${mask}`);
  }
  return out;
}

describe('reliability: concurrent requests never break a rule', function () {
  this.timeout(30_000);
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await startTestSandbox({ asyncDelayMs: 0 });
  });
  after(() => sandbox.close());

  for (const seed of [1, 2, 3]) {
    it(`leaves no overlap after 50 parallel CreateVSwitch calls with overlapping CIDRs (seed ${seed})`, async () => {
      const vpc = await rpc(sandbox, 'vpc', 'CreateVpc', { CidrBlock: '10.0.0.0/16', VpcName: `conc-${seed}` });
      assert.equal(vpc.status, 200, vpc.text);
      const vpcId = vpc.body.VpcId;
      await eventually(async () => (await rpc(sandbox, 'vpc', 'DescribeVpcAttribute', { VpcId: vpcId })).body?.Status === 'Available');

      const wanted = blocks(50, seed);
      const results = await Promise.all(wanted.map((cidr) => rpc(sandbox, 'vpc', 'CreateVSwitch', { VpcId: vpcId, ZoneId: 'cn-hangzhou-h', CidrBlock: cidr })));
      const ok = results.filter((r) => r.status === 200);
      const refused = results.filter((r) => r.status !== 200);
      for (const r of refused) {
        assert.equal(r.status, 400, r.text);
        assert.ok(['InvalidCidrBlock.Overlapped', 'IncorrectVSwitchStatus', 'OperationConflict'].includes(r.body.Code), r.text);
      }
      assert.ok(ok.length >= 1 && refused.length >= 1, `expected both successes and refusals, got ${ok.length}/${refused.length}`);

      const listed = await rpc(sandbox, 'vpc', 'DescribeVSwitches', { VpcId: vpcId, PageSize: 50 });
      assert.equal(listed.status, 200, listed.text);
      const cidrs: string[] = listed.body.VSwitches.VSwitch.map((s: any) => s.CidrBlock);
      assert.equal(listed.body.TotalCount, ok.length, 'every acknowledged create is listed, and nothing else');
      assert.deepEqual(new Set(listed.body.VSwitches.VSwitch.map((s: any) => s.VSwitchId)), new Set(ok.map((r) => r.body.VSwitchId)));
      for (let i = 0; i < cidrs.length; i++) {
        for (let j = i + 1; j < cidrs.length; j++) {
          assert.ok(!overlap(cidrs[i], cidrs[j]), `${cidrs[i]} overlaps ${cidrs[j]}`);
        }
      }
      // The system route table has one system entry per VSwitch, no more.
      const vsws = listed.body.VSwitches.VSwitch;
      const entries = await rpc(sandbox, 'vpc', 'DescribeRouteEntryList', { RouteTableId: vpc.body.RouteTableId, MaxResult: 100 });
      assert.equal(entries.status, 200, entries.text);
      const systemForVsw = entries.body.RouteEntrys.RouteEntry.filter((e: any) => e.Type === 'System' && cidrs.includes(e.DestinationCidrBlock));
      assert.equal(systemForVsw.length, vsws.length);
    });
  }

  it('keeps the per-region VPC quota under 30 parallel CreateVpc calls', async () => {
    const before = (await rpc(sandbox, 'vpc', 'DescribeVpcs', { RegionId: 'cn-shanghai' })).body.TotalCount;
    assert.equal(before, 0);
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => rpc(sandbox, 'vpc', 'CreateVpc', { RegionId: 'cn-shanghai', CidrBlock: `10.${i}.0.0/16` })));
    const ok = results.filter((r) => r.status === 200).length;
    assert.equal(ok, 10);
    for (const r of results.filter((x) => x.status !== 200)) assert.equal(r.body.Code, 'QuotaExceeded.Vpc', r.text);
    const after = await rpc(sandbox, 'vpc', 'DescribeVpcs', { RegionId: 'cn-shanghai', PageSize: 50 });
    assert.equal(after.body.TotalCount, 10);
  });

  it('returns one resource for 20 parallel creates with one ClientToken', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => rpc(sandbox, 'vpc', 'CreateVpc', { RegionId: 'cn-beijing', CidrBlock: '172.16.0.0/12', ClientToken: 'same-token-1' })));
    for (const r of results) assert.equal(r.status, 200, r.text);
    assert.equal(new Set(results.map((r) => r.body.VpcId)).size, 1);
    const listed = await rpc(sandbox, 'vpc', 'DescribeVpcs', { RegionId: 'cn-beijing' });
    assert.equal(listed.body.TotalCount, 1);
  });
});
