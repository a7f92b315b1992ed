import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Sandbox } from '../../../mock-server/app';
import { parseCli } from '../../../mock-server/cli';
import { FaultSet } from '../../../mock-server/sandbox/faults';
import { assertErrorShape } from '../../helpers/assertions';
import { DEFAULT_CREDENTIALS, ok, rpc, startTestSandbox } from '../../helpers/rpc';
import { popCoreClient, openApiClient } from '../compat/clients';

const VPC = { CidrBlock: '10.0.0.0/16' };

async function setFaults(sandbox: Sandbox, rules: unknown[]) {
  return rpc(sandbox, 'vpc', 'SandboxSetFaults', { Faults: JSON.stringify(rules), RegionId: undefined });
}

async function faultList(sandbox: Sandbox): Promise<any[]> {
  return (await ok(sandbox, 'vpc', 'SandboxGetFaults', { RegionId: undefined })).Faults;
}

async function vpcIds(sandbox: Sandbox): Promise<string[]> {
  const body = await ok(sandbox, 'vpc', 'DescribeVpcs', { PageSize: 50 });
  return body.Vpcs.Vpc.map((v: any) => v.VpcId).sort();
}

describe('fault injection', () => {
  describe('without --admin', () => {
    let sandbox: Sandbox;
    before(async () => (sandbox = await startTestSandbox()));
    after(() => sandbox.close());

    for (const [action, params] of [
      ['SandboxSetFaults', { Faults: '[{"Action":"*","Code":"InternalError"}]' }],
      ['SandboxGetFaults', {}],
      ['SandboxClearFaults', {}],
    ] as const) {
      it(`refuses ${action} with Forbidden.SandboxAdminDisabled, and no rule takes effect`, async () => {
        const r = await rpc(sandbox, 'vpc', action, { ...params, RegionId: undefined });
        assert.equal(r.status, 403, r.text);
        assertErrorShape(r.body, 'Forbidden.SandboxAdminDisabled', 'vpc.aliyuncs.com');
        await ok(sandbox, 'vpc', 'DescribeVpcs');
      });
    }
  });

  describe('with --admin', () => {
    let sandbox: Sandbox;
    beforeEach(async () => (sandbox = await startTestSandbox({ admin: true })));
    afterEach(() => sandbox.close());

    it('answers a faulted CreateVpc with the real Throttling.User error and creates nothing', async () => {
      assert.equal((await setFaults(sandbox, [{ Action: 'CreateVpc', Probability: 1, Code: 'Throttling.User' }])).status, 200);
      const before = JSON.stringify(sandbox.store.exportState().accounts);
      const r = await rpc(sandbox, 'vpc', 'CreateVpc', VPC);
      assert.equal(r.status, 400, r.text);
      assertErrorShape(r.body, 'Throttling.User', 'vpc.aliyuncs.com');
      assert.match(r.body.Message, /user flow control.*Injected by sandbox fault rule 1: CreateVpc/);
      assert.equal(JSON.stringify(sandbox.store.exportState().accounts), before, 'the store is untouched');
      assert.deepEqual(await vpcIds(sandbox), []);
      assert.deepEqual(await faultList(sandbox), [{ Action: 'CreateVpc', Probability: 1, Code: 'Throttling.User', Hits: 1 }]);
    });

    it('gives each injected code its real HTTP status', async () => {
      for (const [code, status] of [['ServiceUnavailable', 503], ['InternalError', 500], ['OperationConflict', 409], ['Throttling', 400], ['SystemBusy', 400]] as const) {
        await setFaults(sandbox, [{ Action: 'DescribeVpcs', Code: code }]);
        const r = await rpc(sandbox, 'vpc', 'DescribeVpcs');
        assert.equal(r.status, status, `${code}: ${r.text}`);
        assert.equal(r.body.Code, code);
      }
    });

    it('stops a rule after Count faults', async () => {
      await setFaults(sandbox, [{ Action: 'CreateVpc', Probability: 1, Count: 2, Code: 'ServiceUnavailable' }]);
      assert.equal((await rpc(sandbox, 'vpc', 'CreateVpc', VPC)).status, 503);
      assert.equal((await rpc(sandbox, 'vpc', 'CreateVpc', VPC)).status, 503);
      const third = await ok(sandbox, 'vpc', 'CreateVpc', VPC);
      assert.deepEqual(await vpcIds(sandbox), [third.VpcId]);
      assert.equal((await faultList(sandbox))[0].Hits, 2);
    });

    it('matches globs and the product: Create* on ecs leaves VPC creates alone', async () => {
      await setFaults(sandbox, [{ Action: 'Create*', Product: 'ECS', Code: 'Throttling.User' }]);
      const vpc = await ok(sandbox, 'vpc', 'CreateVpc', VPC);
      const sg = await rpc(sandbox, 'ecs', 'CreateSecurityGroup', { VpcId: vpc.VpcId });
      assert.equal(sg.status, 400, sg.text);
      assert.equal(sg.body.Code, 'Throttling.User');
      assert.deepEqual((await ok(sandbox, 'ecs', 'DescribeSecurityGroups', { VpcId: vpc.VpcId })).SecurityGroups.SecurityGroup, []);
      const [rule] = await faultList(sandbox);
      assert.equal(rule.Product, 'ecs');
      assert.equal(rule.Hits, 1);
    });

    it('lets a retry with the same ClientToken create the object exactly once after an injected 5xx', async () => {
      await setFaults(sandbox, [{ Action: 'CreateVpc', Count: 1, Code: 'InternalError' }]);
      const token = 'retry-after-fault-1';
      assert.equal((await rpc(sandbox, 'vpc', 'CreateVpc', { ...VPC, ClientToken: token })).status, 500);
      const first = await ok(sandbox, 'vpc', 'CreateVpc', { ...VPC, ClientToken: token });
      const again = await ok(sandbox, 'vpc', 'CreateVpc', { ...VPC, ClientToken: token });
      assert.equal(again.VpcId, first.VpcId);
      assert.deepEqual(await vpcIds(sandbox), [first.VpcId]);
    });

    it('delays a request by LatencyMs and then serves it', async () => {
      await setFaults(sandbox, [{ Action: 'DescribeVpcs', LatencyMs: 300 }]);
      const t0 = Date.now();
      await ok(sandbox, 'vpc', 'DescribeVpcs');
      assert.ok(Date.now() - t0 >= 290, `took ${Date.now() - t0} ms`);
      const t1 = Date.now();
      await ok(sandbox, 'vpc', 'DescribeVSwitches');
      assert.ok(Date.now() - t1 < 290, 'other actions are not delayed');
    });

    it('faults about the given share of requests at Probability 0.5', async () => {
      await setFaults(sandbox, [{ Action: 'DescribeVpcs', Probability: 0.5, Code: 'Throttling.User' }]);
      let failed = 0;
      for (let i = 0; i < 200; i++) if ((await rpc(sandbox, 'vpc', 'DescribeVpcs')).status !== 200) failed++;
      // Binomial(200, 0.5): 60…140 holds with overwhelming probability; 0 or 200 would mean a broken draw.
      assert.ok(failed > 60 && failed < 140, `${failed} of 200 faulted`);
      assert.equal((await faultList(sandbox))[0].Hits, failed);
    });

    it('never faults the Sandbox* actions, so a test can always clear its rules', async () => {
      await setFaults(sandbox, [{ Action: '*', Code: 'InternalError' }]);
      assert.equal((await rpc(sandbox, 'vpc', 'DescribeVpcs')).status, 500);
      const cleared = await ok(sandbox, 'ecs', 'SandboxClearFaults', { RegionId: undefined });
      assert.equal(cleared.Cleared, 1);
      assert.deepEqual(await faultList(sandbox), []);
      await ok(sandbox, 'vpc', 'DescribeVpcs');
    });

    for (const [what, rules, message] of [
      ['an unknown code', [{ Action: 'CreateVpc', Code: 'Throttling.Everything' }], /is not one the sandbox injects; use one of Throttling, Throttling.User/],
      ['both Code and LatencyMs', [{ Action: 'CreateVpc', Code: 'InternalError', LatencyMs: 5 }], /exactly one of Code .* or LatencyMs/],
      ['neither Code nor LatencyMs', [{ Action: 'CreateVpc' }], /exactly one of Code/],
      ['a probability above 1', [{ Action: 'CreateVpc', Code: 'InternalError', Probability: 1.5 }], /Probability must be a number from 0 to 1, got 1.5/],
      ['a Count of 0', [{ Action: 'CreateVpc', Code: 'InternalError', Count: 0 }], /Count must be a whole number of at least 1/],
      ['a Sandbox* action', [{ Action: 'SandboxResetState', Code: 'InternalError' }], /Sandbox\* admin actions cannot be faulted/],
      ['an unknown field', [{ Action: 'CreateVpc', Code: 'InternalError', Region: 'cn-hangzhou' }], /unknown field "Region"/],
      ['a product that is not vpc or ecs', [{ Action: 'CreateVpc', Code: 'InternalError', Product: 'rds' }], /Product must be "vpc" or "ecs"/],
      ['a toString code (prototype keys are not codes)', [{ Action: 'CreateVpc', Code: 'toString' }], /is not one the sandbox injects/],
    ] as const) {
      it(`refuses a rule list with ${what} and keeps the rules it had`, async () => {
        await setFaults(sandbox, [{ Action: 'DeleteVpc', Code: 'TaskConflict' }]);
        const r = await setFaults(sandbox, [{ Action: 'DescribeVpcs', Code: 'InternalError' }, ...rules]);
        assert.equal(r.status, 400, r.text);
        assert.equal(r.body.Code, 'InvalidParameter');
        assert.match(r.body.Message, /Faults\[1\]/);
        assert.match(r.body.Message, message);
        assert.deepEqual(await faultList(sandbox), [{ Action: 'DeleteVpc', Probability: 1, Code: 'TaskConflict', Hits: 0 }]);
      });
    }

    it('refuses Faults that are not JSON', async () => {
      const r = await rpc(sandbox, 'vpc', 'SandboxSetFaults', { Faults: '[{Action:', RegionId: undefined });
      assert.equal(r.status, 400);
      assert.match(r.body.Message, /not valid JSON/);
    });

    it('reaches the official SDKs as their own errors: pop-core (RPC v1) and openapi-core (ACS3)', async function () {
      this.timeout(60_000);
      await setFaults(sandbox, [{ Action: 'CreateVpc', Code: 'Throttling.User' }, { Action: 'DescribeVpcs', Product: 'vpc', Code: 'ServiceUnavailable' }]);
      for (const client of [popCoreClient(sandbox.url, DEFAULT_CREDENTIALS, 'POST'), openApiClient(sandbox.url, DEFAULT_CREDENTIALS)]) {
        for (const [action, code, status] of [['CreateVpc', 'Throttling.User', 400], ['DescribeVpcs', 'ServiceUnavailable', 503]] as const) {
          const err = await client.call('vpc', action, { RegionId: 'cn-hangzhou', ...(action === 'CreateVpc' ? VPC : {}) }).then(
            () => assert.fail(`${client.name} ${action} succeeded`),
            (e) => client.errorOf(e),
          );
          assert.equal(err.code, code, client.name);
          assert.equal(err.statusCode, status, client.name);
        }
      }
      assert.deepEqual(sandbox.store.exportState().accounts, {}, 'nothing was written');
    });
  });

  describe('--faults FILE', () => {
    let dir: string;
    before(() => (dir = mkdtempSync(path.join(tmpdir(), 'sandbox-faults-'))));
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('is read by the CLI (flag and ALICLOUD_SANDBOX_FAULTS)', () => {
      assert.equal((parseCli(['--faults', 'f.json'], {}) as any).faultsFile, 'f.json');
      assert.equal((parseCli([], { ALICLOUD_SANDBOX_FAULTS: 'e.json' }) as any).faultsFile, 'e.json');
    });

    it('applies the rules from the start, without --admin for the rules themselves', async () => {
      const file = path.join(dir, 'faults.json');
      writeFileSync(file, JSON.stringify([{ Action: 'CreateVSwitch', Code: 'OperationConflict', Count: 1 }]));
      const sandbox = await startTestSandbox({ faultsFile: file });
      try {
        const vpc = await ok(sandbox, 'vpc', 'CreateVpc', VPC);
        const r = await rpc(sandbox, 'vpc', 'CreateVSwitch', { VpcId: vpc.VpcId, ZoneId: 'cn-hangzhou-i', CidrBlock: '10.0.1.0/24' });
        assert.equal(r.status, 409, r.text);
        assert.equal(r.body.Code, 'OperationConflict');
        await ok(sandbox, 'vpc', 'CreateVSwitch', { VpcId: vpc.VpcId, ZoneId: 'cn-hangzhou-i', CidrBlock: '10.0.1.0/24' });
      } finally {
        await sandbox.close();
      }
    });

    it('refuses to start on a bad file, naming the file and the rule', async () => {
      const file = path.join(dir, 'bad.json');
      writeFileSync(file, JSON.stringify([{ Action: 'CreateVpc', Code: 'Nope' }]));
      await assert.rejects(startTestSandbox({ faultsFile: file }), (err: Error) => {
        assert.ok(err.message.includes(file), err.message);
        assert.match(err.message, /\[0\].*Code "Nope"/);
        return true;
      });
      assert.throws(() => FaultSet.fromFile(path.join(dir, 'missing.json')), /cannot read the --faults file .*missing\.json/);
    });
  });
});
