import { strict as assert } from 'node:assert';
import { decodeNextToken, encodeNextToken, pageByNumber, pageByToken, paginate } from '../../../mock-server/actions/paging';
import type { Sandbox } from '../../../mock-server/app';
import { ok, rpc, startTestSandbox } from '../../helpers/rpc';

describe('actions: paging', () => {
  const rows = Array.from({ length: 7 }, (_, i) => i);

  it('walks every row once with NextToken, ending with an empty token', () => {
    const seen: number[] = [];
    let token: string | undefined;
    do {
      const pg = pageByToken(rows, token, 3);
      seen.push(...pg.items);
      token = pg.NextToken || undefined;
    } while (token);
    assert.deepEqual(seen, rows);
  });

  it('refuses a token it did not issue with InvalidNextToken.Malformed', () => {
    assert.equal(decodeNextToken(encodeNextToken(42)), 42);
    assert.throws(() => decodeNextToken('garbage'), (e: Error & { code?: string }) => e.code === 'InvalidNextToken.Malformed');
    assert.throws(() => decodeNextToken(Buffer.from('ecs:3').toString('base64url')), (e: Error & { code?: string }) => e.code === 'InvalidNextToken.Malformed');
  });

  it('pages by number, and lets MaxResults/NextToken take over when given', () => {
    assert.deepEqual(pageByNumber(rows, 3, 3), { items: [6], PageNumber: 3, PageSize: 3, TotalCount: 7 });
    assert.deepEqual(paginate(rows, { PageNumber: 2, PageSize: 5 }).meta, { TotalCount: 7, PageNumber: 2, PageSize: 5, NextToken: '' });
    assert.deepEqual(paginate(rows, { MaxResults: 5 }).meta, { TotalCount: 7, NextToken: encodeNextToken(5), MaxResults: 5 });
  });

  describe('on the wire', () => {
    let sb: Sandbox;
    before(async () => {
      sb = await startTestSandbox();
    });
    after(() => sb.close());

    it('issues the same NextToken format from the VPC and the ECS product', async () => {
      const vpc = await ok(sb, 'vpc', 'CreateVpc', { CidrBlock: '10.0.0.0/16' });
      const vsw = await ok(sb, 'vpc', 'CreateVSwitch', { VpcId: vpc.VpcId, ZoneId: 'cn-hangzhou-h', CidrBlock: '10.0.1.0/24' });
      await ok(sb, 'ecs', 'RunInstances', { ImageId: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', InstanceType: 'ecs.g7.large', VSwitchId: vsw.VSwitchId, Amount: 3 });
      const ecsPage = await ok(sb, 'ecs', 'DescribeInstances', { MaxResults: 2 });
      const vpcPage = await ok(sb, 'vpc', 'DescribeRouteEntryList', { RouteTableId: vpc.RouteTableId, MaxResult: 1 });
      assert.equal(ecsPage.NextToken, encodeNextToken(2));
      assert.equal(vpcPage.NextToken, encodeNextToken(1));
      // A token means the same offset in either product.
      const next = await rpc(sb, 'ecs', 'DescribeInstances', { MaxResults: 2, NextToken: vpcPage.NextToken });
      assert.equal(next.status, 200, next.text);
      assert.equal(next.body.Instances.Instance.length, 2);
    });
  });
});
