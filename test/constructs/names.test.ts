/**
 * Names in the cloud: the ones the constructs derive from construct ids are valid by construction,
 * and a name the user gives that the API would refuse stops synthesis (issue 9: a route with a
 * short id used to become a 1-character name that failed only at `terraform plan`).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TerraformVariable, Testing } from 'cdktf';
import { Network } from '../../constructs';
import { ecsName, routeEntryName, vpcProductName } from '../../constructs/names';
import { ecsNameProblem, resourceNameProblem, routeEntryNameProblem } from '../../network-rules/limits';
import { ensureProviderBuilt, runTerraform } from '../helpers/terraform';
import { assertNames, fullSynthJson, stackWith, synthError, ZONE_B } from './synth-helpers';

const only = (json: any, type: string) => Object.values<any>(json.resource[type])[0];

describe('names the constructs derive from construct ids', () => {
  it('gives a route with a 1-character id a name of at least 2 characters, and keeps longer ids as they are', () => {
    const json = fullSynthJson((s) => {
      const n = new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { a: { zoneId: ZONE_B, cidrBlock: '10.0.0.0/24' } } });
      n.addRoute('r', { destination: '0.0.0.0/0', nextHop: 'i-bp1hop' });
      n.addRoute('to-ten', { destination: '10.9.0.0/16', nextHop: 'i-bp1hop' });
    });
    const names = Object.values<any>(json.resource.alicloud_route_entry).map((r) => r.name).sort();
    assert.deepEqual(names, ['route-r', 'to-ten']);
    for (const n of names) assert.equal(routeEntryNameProblem(n), undefined, n);
  });

  it('cuts names built from very long ids to 128 characters', () => {
    const long = 'n'.repeat(200);
    const json = fullSynthJson((s) => {
      const n = new Network(s, long, { cidrBlock: '10.0.0.0/16', vswitches: { [long]: { zoneId: ZONE_B, cidrBlock: '10.0.0.0/24' } } });
      n.addInstance(`i${long}`, { vswitch: n.vswitch(long) });
      n.addRoute(`r${long}`, { destination: '0.0.0.0/0', nextHop: 'i-bp1hop' });
    });
    const vpcName = only(json, 'alicloud_vpc').vpc_name;
    assert.equal(vpcName, long.slice(0, 128));
    assert.equal(only(json, 'alicloud_vswitch').vswitch_name.length, 128);
    assert.equal(only(json, 'alicloud_instance').instance_name.length, 128);
    assert.equal(only(json, 'alicloud_route_entry').name.length, 128);
    assert.equal(resourceNameProblem(vpcName), undefined);
    assert.equal(ecsNameProblem(only(json, 'alicloud_instance').instance_name), undefined);
  });

  it('turns a VPC name ECS would refuse into valid instance and security group names', () => {
    const json = fullSynthJson((s) => {
      const n = new Network(s, 'net', { vpcName: '1st net (prod)', cidrBlock: '10.0.0.0/16', vswitches: { a: { zoneId: ZONE_B, cidrBlock: '10.0.0.0/24' } } });
      n.addInstance('web', { vswitch: n.vswitch('a') });
    });
    assert.equal(only(json, 'alicloud_vpc').vpc_name, '1st net (prod)', 'a VPC name may hold spaces and brackets');
    assert.equal(only(json, 'alicloud_instance').instance_name, 'instance-1st-net--prod--web');
    assert.equal(only(json, 'alicloud_security_group').security_group_name, 'sg-1st-net--prod--default');
    assert.equal(ecsNameProblem(only(json, 'alicloud_instance').instance_name), undefined);
    assert.equal(ecsNameProblem(only(json, 'alicloud_security_group').security_group_name), undefined);
  });

  it('leaves names built from a VPC name only known at deploy time to the cloud', () => {
    const json = fullSynthJson((s) => {
      const n = new Network(s, 'net', { vpcName: new TerraformVariable(s, 'name', { type: 'string' }).stringValue, cidrBlock: '10.0.0.0/16', vswitches: { a: { zoneId: ZONE_B, cidrBlock: '10.0.0.0/24' } } });
      n.addInstance('web', { vswitch: n.vswitch('a') });
    });
    assert.equal(only(json, 'alicloud_instance').instance_name, '${var.name}-web');
  });

  it('derives names by the rules, whatever the parts', () => {
    const cases: Array<[string[], string]> = [
      [['web'], 'web'],
      [['a'], 'instance-a'],
      [['Web', 'x/y@z'], 'Web-x-y-z'],
      [['é', 'ü'], 'é-ü'],
    ];
    for (const [parts, expected] of cases) {
      assert.equal(ecsName('instance', ...parts), expected);
      assert.equal(ecsNameProblem(expected), undefined, expected);
    }
    assert.equal(routeEntryName('x'), 'route-x');
    assert.equal(vpcProductName('a', 'b'), 'a-b');
    // A surrogate pair is not split when cutting.
    assert.equal(vpcProductName(`${'a'.repeat(127)}😀`), 'a'.repeat(127));
  });
});

describe('names the user gives, checked at synth time', () => {
  it('refuses a 1-character route name at synth time, as the provider would at plan', () => {
    const msg = synthError((s) => new Network(s, 'net', { cidrBlock: '10.0.0.0/16' }).addRoute('default', { destination: '0.0.0.0/0', nextHop: 'i-bp1hop', name: 'd' }));
    assertNames(msg, { path: 'test/net/Routes/default', value: 'd', rule: /route "default" name "d" is refused by the API \(1 characters\): a route entry name is 2 to 128 characters/ });
  });

  it('refuses VPC and VSwitch names over 128 characters or starting with http://, naming the property', () => {
    const long = 'v'.repeat(129);
    const msg = synthError((s) => new Network(s, 'net', { vpcName: 'http://example', vswitches: { a: { zoneId: ZONE_B, vswitchName: long } } }));
    assertNames(msg, { path: 'test/net', value: 'http://example', rule: /VPC vpcName "http:\/\/example" is refused by the API .*must not start with http:\/\/ or https:\/\// });
    assertNames(msg, { path: 'test/net/a', value: long, rule: /VSwitch "a" vswitchName "v{129}" is refused by the API \(129 characters\): a name is 1 to 128 characters/ });
    assert.match(msg, /Fix: change vswitchName to follow that rule, or leave vswitchName out to get a name derived from the construct id/);
  });

  it('refuses an instance name ECS would refuse, and a 1-character instance description', () => {
    const msg = synthError((s) => {
      const n = new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { a: { zoneId: ZONE_B } } });
      n.addInstance('web', { vswitch: n.vswitch('a'), instanceName: '1web', description: 'x' });
    });
    assertNames(msg, { path: 'test/net/web', value: '1web', rule: /instance "web" instanceName "1web" is refused by the API \(4 characters\): use 2 to 128 characters that start with a letter/ });
    assertNames(msg, { path: 'test/net/web', value: 'x', rule: /instance "web" description "x" is refused by the API \(1 characters\): a description is 2 to 256 characters/ });
  });

  it('accepts valid given names and skips names that are tokens', () => {
    const stack = stackWith((s) => {
      const n = new Network(s, 'net', { vpcName: 'prod', cidrBlock: '10.0.0.0/16', vswitches: { a: { zoneId: ZONE_B, vswitchName: 'a' } } });
      n.addInstance('web', { vswitch: n.vswitch('a'), instanceName: new TerraformVariable(s, 'iname', { type: 'string' }).stringValue });
      n.addRoute('r', { destination: '0.0.0.0/0', nextHop: 'i-bp1hop', name: 'to-internet', description: 'all' });
    });
    fs.rmSync(Testing.fullSynth(stack), { recursive: true, force: true });
  });
});

describe('a route with a short id, through real Terraform', function () {
  this.timeout(180_000);
  before(function () {
    this.timeout(300_000);
    ensureProviderBuilt();
  });

  it('passes the provider\'s validation (which terraform plan runs), where the name "r" failed', async () => {
    const stack = stackWith((s) => new Network(s, 'n', { cidrBlock: '10.0.0.0/16' }).addRoute('r', { destination: '0.0.0.0/0', nextHop: 'i-bp1hop' }));
    const outdir = Testing.fullSynth(stack);
    const dir = path.join(outdir, 'stacks', 'test');
    try {
      const init = await runTerraform(dir, ['init', '-backend=false', '-input=false', '-no-color']);
      assert.equal(init.code, 0, init.stdout + init.stderr);
      const validate = await runTerraform(dir, ['validate', '-json', '-no-color']);
      assert.equal(JSON.parse(validate.stdout).valid, true, validate.stdout);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
