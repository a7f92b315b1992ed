import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Accounts, DEFAULT_ACCOUNT } from '../../mock-server/accounts';
import type { Sandbox } from '../../mock-server/app';
import { assertErrorShape } from '../helpers/assertions';
import { eventually, rpc, startTestSandbox, type Credentials } from '../helpers/rpc';

const OTHER: Credentials = { accessKeyId: 'OTHERACCESSKEY', accessKeySecret: 'other-secret' };

describe('accounts', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sandbox-accounts-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('the accounts file', () => {
    it('always has the default account', () => {
      const accounts = Accounts.fromFile(undefined);
      assert.deepEqual(accounts.byAccessKeyId('SANDBOXACCESSKEY'), DEFAULT_ACCOUNT);
      assert.equal(DEFAULT_ACCOUNT.accessKeySecret, 'sandbox-secret');
    });

    it('reads an array or {"accounts": [...]}, numbering accounts without an id', () => {
      const a = path.join(dir, 'a.json');
      writeFileSync(a, JSON.stringify([{ accessKeyId: 'K1', accessKeySecret: 's1' }, { accessKeyId: 'K2', accessKeySecret: 's2', accountId: 42 }]));
      const accounts = Accounts.fromFile(a);
      assert.equal(accounts.all().length, 3);
      assert.equal(accounts.byAccessKeyId('K1')!.accountId, '1000000000000002');
      assert.equal(accounts.byAccessKeyId('K2')!.accountId, '42');
      const b = path.join(dir, 'b.json');
      writeFileSync(b, JSON.stringify({ accounts: [{ accessKeyId: 'K3', accessKeySecret: 's3' }] }));
      assert.ok(Accounts.fromFile(b).byAccessKeyId('K3'));
    });

    it('refuses unreadable or malformed files with a message that names the file', () => {
      const cases: Array<[string, RegExp]> = [
        ['not json', /Cannot read the accounts file/],
        ['{"x": 1}', /must hold a JSON array/],
        ['[{"accessKeyId": "K"}]', /entry 0 has no "accessKeySecret"/],
        ['[{"accessKeyId": "", "accessKeySecret": "s"}]', /entry 0 has no "accessKeyId"/],
      ];
      for (const [text, message] of cases) {
        const f = path.join(dir, 'bad.json');
        writeFileSync(f, text);
        assert.throws(() => Accounts.fromFile(f), (e: Error) => message.test(e.message) && e.message.includes(f));
      }
      assert.throws(() => Accounts.fromFile(path.join(dir, 'missing.json')), /Cannot read the accounts file/);
    });
  });

  describe('isolation between accounts', () => {
    let sandbox: Sandbox;
    before(async () => {
      const f = path.join(dir, 'accounts.json');
      writeFileSync(f, JSON.stringify([{ ...OTHER, accountId: '2000000000000002' }]));
      sandbox = await startTestSandbox({ accountsFile: f });
    });
    after(() => sandbox.close());

    it('verifies the second account\'s signatures with its own secret', async () => {
      const wrong = await rpc(sandbox, 'vpc', 'DescribeVpcs', {}, { creds: { accessKeyId: OTHER.accessKeyId, accessKeySecret: 'sandbox-secret' } });
      assert.equal(wrong.status, 400);
      assertErrorShape(wrong.body, 'SignatureDoesNotMatch');
    });

    it('keeps the default account\'s VPCs invisible and untouchable to another account', async function () {
      const created = await rpc(sandbox, 'vpc', 'CreateVpc', { CidrBlock: '10.0.0.0/16', VpcName: 'mine' });
      assert.equal(created.status, 200, created.text);
      const vpcId = created.body.VpcId;
      await eventually(async () => (await rpc(sandbox, 'vpc', 'DescribeVpcAttribute', { VpcId: vpcId })).body?.Status === 'Available');

      const mine = await rpc(sandbox, 'vpc', 'DescribeVpcs', {});
      assert.deepEqual(mine.body.Vpcs.Vpc.map((v: any) => v.VpcId), [vpcId]);

      const theirs = await rpc(sandbox, 'vpc', 'DescribeVpcs', {}, { creds: OTHER });
      assert.equal(theirs.status, 200, theirs.text);
      assert.equal(theirs.body.TotalCount, 0);
      assert.deepEqual(theirs.body.Vpcs.Vpc, []);
      const byId = await rpc(sandbox, 'vpc', 'DescribeVpcs', { VpcId: vpcId }, { creds: OTHER });
      assert.deepEqual(byId.body.Vpcs.Vpc, []);

      const attr = await rpc(sandbox, 'vpc', 'DescribeVpcAttribute', { VpcId: vpcId }, { creds: OTHER });
      assert.equal(attr.status, 404, attr.text);
      assertErrorShape(attr.body, 'InvalidVpcId.NotFound');
      const modify = await rpc(sandbox, 'vpc', 'ModifyVpcAttribute', { VpcId: vpcId, VpcName: 'stolen' }, { creds: OTHER });
      assert.equal(modify.status, 404, modify.text);
      const vsw = await rpc(sandbox, 'vpc', 'CreateVSwitch', { VpcId: vpcId, ZoneId: 'cn-hangzhou-h', CidrBlock: '10.0.1.0/24' }, { creds: OTHER });
      assert.equal(vsw.status, 404, vsw.text);
      assertErrorShape(vsw.body, 'InvalidVpcId.NotFound');
      const del = await rpc(sandbox, 'vpc', 'DeleteVpc', { VpcId: vpcId }, { creds: OTHER });
      assert.equal(del.status, 404, del.text);

      const still = await rpc(sandbox, 'vpc', 'DescribeVpcAttribute', { VpcId: vpcId });
      assert.equal(still.status, 200);
      assert.equal(still.body.VpcName, 'mine');
    });

    it('gives each account its own quota and its own CIDR space', async () => {
      const a = await rpc(sandbox, 'vpc', 'CreateVpc', { CidrBlock: '10.0.0.0/16' }, { creds: OTHER });
      assert.equal(a.status, 200, a.text);
      const theirs = await rpc(sandbox, 'vpc', 'DescribeVpcs', {}, { creds: OTHER });
      assert.deepEqual(theirs.body.Vpcs.Vpc.map((v: any) => v.VpcId), [a.body.VpcId]);
      const mine = await rpc(sandbox, 'vpc', 'DescribeVpcs', {});
      assert.ok(!mine.body.Vpcs.Vpc.some((v: any) => v.VpcId === a.body.VpcId));
    });

    it('keeps instances and security groups apart too', async () => {
      const vpc = await rpc(sandbox, 'vpc', 'CreateVpc', { RegionId: 'cn-shenzhen', CidrBlock: '10.0.0.0/16' });
      const vsw = await rpc(sandbox, 'vpc', 'CreateVSwitch', { RegionId: 'cn-shenzhen', VpcId: vpc.body.VpcId, ZoneId: 'cn-shenzhen-a', CidrBlock: '10.0.1.0/24' });
      const sg = await rpc(sandbox, 'ecs', 'CreateSecurityGroup', { RegionId: 'cn-shenzhen', VpcId: vpc.body.VpcId });
      assert.equal(sg.status, 200, sg.text);
      const run = await rpc(sandbox, 'ecs', 'RunInstances', { RegionId: 'cn-shenzhen', ImageId: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', InstanceType: 'ecs.g7.large', VSwitchId: vsw.body.VSwitchId, SecurityGroupId: sg.body.SecurityGroupId });
      assert.equal(run.status, 200, run.text);
      const instanceId = run.body.InstanceIdSets.InstanceIdSet[0];

      const theirInstances = await rpc(sandbox, 'ecs', 'DescribeInstances', { RegionId: 'cn-shenzhen' }, { creds: OTHER });
      assert.equal(theirInstances.body.TotalCount, 0);
      const byId = await rpc(sandbox, 'ecs', 'DescribeInstances', { RegionId: 'cn-shenzhen', InstanceIds: JSON.stringify([instanceId]) }, { creds: OTHER });
      assert.equal(byId.body.TotalCount, 0);
      const stop = await rpc(sandbox, 'ecs', 'StopInstance', { InstanceId: instanceId }, { creds: OTHER });
      assert.equal(stop.status, 404, stop.text);
      assertErrorShape(stop.body, 'InvalidInstanceId.NotFound');
      const del = await rpc(sandbox, 'ecs', 'DeleteInstance', { InstanceId: instanceId, Force: true }, { creds: OTHER });
      assert.equal(del.status, 404, del.text);
      const sgAttr = await rpc(sandbox, 'ecs', 'DescribeSecurityGroupAttribute', { RegionId: 'cn-shenzhen', SecurityGroupId: sg.body.SecurityGroupId }, { creds: OTHER });
      assert.equal(sgAttr.status, 404, sgAttr.text);
      const intoMine = await rpc(sandbox, 'ecs', 'RunInstances', { RegionId: 'cn-shenzhen', ImageId: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', InstanceType: 'ecs.g7.large', VSwitchId: vsw.body.VSwitchId, SecurityGroupId: sg.body.SecurityGroupId }, { creds: OTHER });
      assert.equal(intoMine.status, 404, intoMine.text);

      const mine = await rpc(sandbox, 'ecs', 'DescribeInstances', { RegionId: 'cn-shenzhen' });
      assert.equal(mine.body.TotalCount, 1);
      assert.equal(mine.body.Instances.Instance[0].Status, 'Running');
    });

    it('keeps regions apart within one account', async () => {
      const bj = await rpc(sandbox, 'vpc', 'DescribeVpcs', { RegionId: 'cn-beijing' });
      assert.equal(bj.status, 200);
      assert.equal(bj.body.TotalCount, 0);
    });
  });
});
