import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TerraformOutput, TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { DefaultNetwork, Network, provider, vpc, vswitch, routeEntry, instance, securityGroup } from '../../constructs';
import { VSWITCH_QUOTA_PER_VPC as MAX_VSWITCHES_PER_VPC } from '../../network-rules/limits';
import { expectSnapshot } from '../helpers/snapshot';
import { assertNames, constructionError, fullSynthJson, stackWith, synthError } from './synth-helpers';

const ZONE_B = 'cn-hangzhou-b';
const ZONE_G = 'cn-hangzhou-g';

function withProvider(stack: TerraformStack): void {
  new provider.AlicloudProvider(stack, 'alicloud', { endpoint: 'http://127.0.0.1:4590', region: 'cn-hangzhou' });
}

describe('the Network construct', () => {
  it('creates one VPC and a VSwitch per entry, with the given blocks and zones', () => {
    const synth = Testing.synthScope((s) => {
      withProvider(s as TerraformStack);
      new Network(s, 'net', {
        cidrBlock: '10.0.0.0/16',
        vpcName: 'main',
        vswitches: { web: { zoneId: ZONE_B, cidrBlock: '10.0.1.0/24' }, app: { zoneId: ZONE_G, cidrBlock: '10.0.2.0/24' } },
      });
    });
    assert.ok(Testing.toHaveResourceWithProperties(synth, vpc.Vpc.tfResourceType, { cidr_block: '10.0.0.0/16', vpc_name: 'main' }));
    assert.ok(Testing.toHaveResourceWithProperties(synth, vswitch.Vswitch.tfResourceType, { cidr_block: '10.0.1.0/24', zone_id: ZONE_B, vswitch_name: 'main-web' }));
    assert.ok(Testing.toHaveResourceWithProperties(synth, vswitch.Vswitch.tfResourceType, { cidr_block: '10.0.2.0/24', zone_id: ZONE_G }));
    assert.ok(!Testing.toHaveResource(synth, routeEntry.RouteEntry.tfResourceType));
    const parsed = JSON.parse(synth);
    assert.equal(Object.keys(parsed.resource.alicloud_vswitch).length, 2);
    for (const v of Object.values<any>(parsed.resource.alicloud_vswitch)) assert.match(v.vpc_id, /^\$\{alicloud_vpc\.\w+\.id\}$/);
  });

  it('defaults the VPC block to 172.16.0.0/12 and its name to the construct id', () => {
    const synth = Testing.synthScope((s) => new Network(s, 'plain'));
    assert.ok(Testing.toHaveResourceWithProperties(synth, 'alicloud_vpc', { cidr_block: '172.16.0.0/12', vpc_name: 'plain' }));
  });

  it('carves VSwitch blocks by mask size and by host count, around given ones', () => {
    let net!: Network;
    Testing.synthScope((s) => {
      net = new Network(s, 'net', {
        cidrBlock: '192.168.0.0/16',
        vswitches: {
          a: { zoneId: ZONE_B },
          b: { zoneId: ZONE_G, hostCount: 1000 },
          c: { zoneId: ZONE_G, cidrBlock: '192.168.0.0/24' },
          d: { zoneId: ZONE_B, maskLength: 28 },
        },
      });
    });
    const blocks = Object.fromEntries(net.vswitches.map((v) => [v.node.id, v.cidrBlock]));
    assert.deepEqual(blocks, { c: '192.168.0.0/24', a: '192.168.1.0/24', b: '192.168.4.0/22', d: '192.168.2.0/28' });
    const usable = Object.fromEntries(net.vswitches.map((v) => [v.node.id, v.usableAddressCount]));
    assert.deepEqual(usable, { c: 252, a: 252, b: 1020, d: 12 });
  });

  it('exposes the VPC id, the vRouter and the route table from the VPC resource', () => {
    const synth = JSON.parse(
      Testing.synthScope((s) => {
        const net = new Network(s, 'net', { cidrBlock: '10.0.0.0/16', outputs: false, vswitches: { a: { zoneId: ZONE_B } } });
        new TerraformOutput(s, 'vpc', { value: net.vpcId });
        new TerraformOutput(s, 'router', { value: net.routerId });
        new TerraformOutput(s, 'table', { value: net.routeTableId });
        new TerraformOutput(s, 'vsw', { value: net.vswitch('a').vswitchId });
      }),
    );
    const vpcKey = Object.keys(synth.resource.alicloud_vpc)[0];
    const vswKey = Object.keys(synth.resource.alicloud_vswitch)[0];
    assert.equal(synth.output.vpc.value, `\${alicloud_vpc.${vpcKey}.id}`);
    assert.equal(synth.output.router.value, `\${alicloud_vpc.${vpcKey}.router_id}`);
    assert.equal(synth.output.table.value, `\${alicloud_vpc.${vpcKey}.route_table_id}`);
    assert.equal(synth.output.vsw.value, `\${alicloud_vswitch.${vswKey}.id}`);
  });

  it('emits outputs for the VPC, route table, vRouter and each VSwitch (id, block, usable addresses), and none when asked not to', () => {
    const withOutputs = JSON.parse(Testing.synthScope((s) => new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { a: { zoneId: ZONE_B } } })));
    const names = Object.keys(withOutputs.output).map((k) => k.replace(/_[0-9A-F]{8}$/, ''));
    assert.deepEqual(names.sort(), ['net_RouteTableId', 'net_RouterId', 'net_VpcId', 'net_a_CidrBlock', 'net_a_Id', 'net_a_UsableAddressCount']);
    assert.equal(withOutputs.output[Object.keys(withOutputs.output).find((k) => k.startsWith('net_a_Usable'))!].value, 252);
    const none = JSON.parse(Testing.synthScope((s) => new Network(s, 'net', { outputs: false, vswitches: { a: { zoneId: ZONE_B } } })));
    assert.equal(none.output, undefined);
  });

  it('routes to instances through the VPC route table, with a default security group for the instances', () => {
    const synth = Testing.synthScope((s) => {
      const n = new Network(s, 'net', { cidrBlock: '192.168.0.0/16', vswitches: { main: { zoneId: ZONE_B, cidrBlock: '192.168.0.0/24' } } });
      const ecs01 = n.addInstance('ecs01', { vswitch: n.vswitch('main') });
      const ecs02 = n.addInstance('ecs02', { vswitch: n.vswitch('main'), privateIp: '192.168.0.20' });
      n.addRoute('default-route', { destination: '0.0.0.0/0', nextHop: ecs01 });
      n.addRoute('ten-route', { destination: '10.0.0.0/24', nextHop: ecs02 });
    });
    const parsed = JSON.parse(synth);
    const vpcKey = Object.keys(parsed.resource.alicloud_vpc)[0];
    const ecs01Key = Object.keys(parsed.resource.alicloud_instance).find((k) => k.startsWith('net_ecs01_'));
    assert.ok(
      Testing.toHaveResourceWithProperties(synth, routeEntry.RouteEntry.tfResourceType, {
        route_table_id: `\${alicloud_vpc.${vpcKey}.route_table_id}`,
        destination_cidrblock: '0.0.0.0/0',
        nexthop_type: 'Instance',
        nexthop_id: `\${alicloud_instance.${ecs01Key}.id}`,
      }),
    );
    assert.ok(Testing.toHaveResourceWithProperties(synth, instance.Instance.tfResourceType, { private_ip: '192.168.0.20', instance_type: 'ecs.g7.large' }));
    assert.ok(Testing.toHaveResourceWithProperties(synth, securityGroup.SecurityGroup.tfResourceType, { security_group_name: 'net-default' }));
    assert.equal(Object.keys(parsed.resource.alicloud_security_group).length, 1, 'one shared default group');
  });

  it('synthesizes the same JSON as the stored snapshot', () => {
    const synth = Testing.synthScope((s) => {
      withProvider(s as TerraformStack);
      const n = new Network(s, 'net', {
        cidrBlock: '192.168.0.0/16',
        vpcName: 'snap',
        tags: { team: 'net' },
        vswitches: { web: { zoneId: ZONE_B, cidrBlock: '192.168.0.0/24' }, app: { zoneId: ZONE_G, hostCount: 100 } },
      });
      const hop = n.addInstance('hop', { vswitch: n.vswitch('web'), privateIp: '192.168.0.10' });
      n.addRoute('default-route', { destination: '0.0.0.0/0', nextHop: hop, description: 'all traffic via hop' });
    });
    expectSnapshot(__dirname, 'network', JSON.parse(synth));
  });

  it('pins the provider source and version in the required_providers of a full synth', () => {
    const stack = new TerraformStack(Testing.app(), 'full');
    withProvider(stack);
    new Network(stack, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { a: { zoneId: ZONE_B } } });
    const outdir = Testing.fullSynth(stack);
    const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'full', 'cdk.tf.json'), 'utf8'));
    assert.deepEqual(json.terraform.required_providers.alicloud, { source: 'registry.terraform.io/sandbox/alicloud', version: '0.1.0' });
  });
});

describe('the DefaultNetwork construct', () => {
  it('asks for the default VPC and one default VSwitch per zone, after the VPC', () => {
    let net!: DefaultNetwork;
    const synth = Testing.synthScope((s) => {
      net = new DefaultNetwork(s, 'default', { zoneIds: [ZONE_B, ZONE_G] });
    });
    assert.ok(Testing.toHaveResourceWithProperties(synth, 'alicloud_vpc', { is_default: true }));
    const parsed = JSON.parse(synth);
    const vpcKey = Object.keys(parsed.resource.alicloud_vpc)[0];
    assert.ok(Testing.toHaveResourceWithProperties(synth, 'alicloud_vswitch', { is_default: true, zone_id: ZONE_B, depends_on: [`alicloud_vpc.${vpcKey}`] }));
    assert.ok(Testing.toHaveResourceWithProperties(synth, 'alicloud_vswitch', { is_default: true, zone_id: ZONE_G }));
    for (const v of Object.values<any>(parsed.resource.alicloud_vswitch)) {
      assert.equal(v.cidr_block, undefined);
      assert.equal(v.vpc_id, undefined);
    }
    assert.equal(net.usableAddressCountPerVSwitch, 4092);
    expectSnapshot(__dirname, 'default-network', parsed);
  });

  it('refuses a zone listed twice', () => {
    assert.throws(() => Testing.synthScope((s) => new DefaultNetwork(s, 'default', { zoneIds: [ZONE_B, ZONE_B] })), /zone "cn-hangzhou-b" is listed twice/);
  });
});

describe('the Network construct, as a user extends and reorders it', () => {
  const vswitchesOf = (json: any) =>
    Object.fromEntries(Object.entries<any>(json.resource.alicloud_vswitch).map(([key, v]) => [key, v.cidr_block]));

  it('keeps the logical id and block of every existing VSwitch when one is added after them', () => {
    const before = fullSynthJson((s) => {
      new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { web: { zoneId: ZONE_B }, app: { zoneId: ZONE_G, hostCount: 500 }, db: { zoneId: ZONE_B, cidrBlock: '10.0.9.0/24' } } });
    });
    const after = fullSynthJson((s) => {
      new Network(s, 'net', {
        cidrBlock: '10.0.0.0/16',
        vswitches: { web: { zoneId: ZONE_B }, app: { zoneId: ZONE_G, hostCount: 500 }, db: { zoneId: ZONE_B, cidrBlock: '10.0.9.0/24' }, cache: { zoneId: ZONE_G, maskLength: 26 } },
      });
    });
    const was = vswitchesOf(before);
    const now = vswitchesOf(after);
    assert.equal(Object.keys(now).length, 4);
    for (const [key, block] of Object.entries(was)) assert.equal(now[key], block, `VSwitch ${key} moved or was renamed`);
    assert.equal(Object.keys(after.resource.alicloud_vpc)[0], Object.keys(before.resource.alicloud_vpc)[0]);
  });

  it('keeps logical ids and given blocks when the VSwitches are listed in another order', () => {
    const a = fullSynthJson((s) => new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { x: { zoneId: ZONE_B, cidrBlock: '10.0.1.0/24' }, y: { zoneId: ZONE_G, cidrBlock: '10.0.2.0/24' } } }));
    const b = fullSynthJson((s) => new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { y: { zoneId: ZONE_G, cidrBlock: '10.0.2.0/24' }, x: { zoneId: ZONE_B, cidrBlock: '10.0.1.0/24' } } }));
    assert.deepEqual(vswitchesOf(a), vswitchesOf(b));
  });

  it('refuses a VSwitch that gives both a cidrBlock and a maskLength or hostCount, instead of ignoring one', () => {
    const msg = constructionError((s) => new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { a: { zoneId: ZONE_B, cidrBlock: '10.0.0.0/24', maskLength: 28 } } }));
    assertNames(msg, { path: 'test/net/a', value: '10.0.0.0/24', rule: /gives both cidrBlock "10\.0\.0\.0\/24" and maskLength 28: give one of cidrBlock, maskLength and hostCount/ });
    assert.match(constructionError((s) => new Network(s, 'net', { vswitches: { a: { zoneId: ZONE_B, cidrBlock: '172.16.0.0/24', hostCount: 10 } } })), /and hostCount 10.*Fix: drop hostCount/);
  });

  it('says the VPC is too small, not that it is full, when the carved mask is larger than the VPC block', () => {
    const msg = constructionError((s) => new Network(s, 'net', { cidrBlock: '10.0.0.0/24', vswitches: { a: { zoneId: ZONE_B, maskLength: 16 } } }));
    assert.match(msg, /test\/net\/a: VSwitch mask \/16 is larger than VPC block 10\.0\.0\.0\/24.*Fix: use a maskLength of 24 or more/);
    assert.doesNotMatch(msg, /no free/);
  });

  it('refuses to carve next to a VSwitch whose block is only known at deploy time, as the blocks could overlap', () => {
    const msg = constructionError((s) => {
      const v = new TerraformVariable(s, 'vsw_cidr', { type: 'string' });
      new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { given: { zoneId: ZONE_B, cidrBlock: v.stringValue }, carved: { zoneId: ZONE_G } } });
    });
    assert.match(msg, /test\/net\/carved: cannot carve a VSwitch block next to VSwitch "given", whose block is only known at deploy time.*Fix: give this VSwitch a cidrBlock too/);
  });

  it('lets Terraform count the usable addresses of a VSwitch whose block is a token, instead of reporting 0', () => {
    let net!: Network;
    const json = fullSynthJson((s) => {
      const v = new TerraformVariable(s, 'vsw_cidr', { type: 'string' });
      net = new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { a: { zoneId: ZONE_B, cidrBlock: v.stringValue } } });
    });
    const out = Object.entries<any>(json.output).find(([k]) => k.startsWith('net_a_UsableAddressCount'))![1];
    assert.equal(out.value, '${(pow(2, (32 - tonumber(element(split("/", var.vsw_cidr), 1)))) - 4)}');
    assert.ok(Token.isUnresolved(net.vswitch('a').usableAddressCount));
    const idOut = Object.entries<any>(json.output).find(([k]) => k.startsWith('net_a_Id'))![1];
    assert.equal(idOut.description, `ID of VSwitch a (${ZONE_B})`);
  });

  it('outputs the block of each VSwitch, so a carved block can be read back and pinned', () => {
    const json = fullSynthJson((s) => new Network(s, 'net', { cidrBlock: '10.0.0.0/16', vswitches: { a: { zoneId: ZONE_B, hostCount: 100 } } }));
    const out = Object.entries<any>(json.output).find(([k]) => k.startsWith('net_a_CidrBlock'))![1];
    const key = Object.keys(json.resource.alicloud_vswitch)[0];
    assert.equal(out.value, `\${alicloud_vswitch.${key}.cidr_block}`);
    assert.equal(json.resource.alicloud_vswitch[key].cidr_block, '10.0.0.0/25');
  });

  it('refuses a VPC or VSwitch block written without a mask, instead of reading it as a /32', () => {
    const msg = synthError((s) => new Network(s, 'net', { cidrBlock: '10.0.0.0', vswitches: { a: { zoneId: ZONE_B, cidrBlock: '10.0.0.0' } } }));
    assertNames(msg, { path: 'test/net', value: '10.0.0.0', rule: /VPC cidr_block "10\.0\.0\.0" is not valid: "10\.0\.0\.0" is an address, not a block: it has no mask/ });
    assert.match(msg, /\[test\/net\/a\] VSwitch "a" cidr_block "10\.0\.0\.0" is not valid: .*no mask/);
    assert.doesNotMatch(msg, /mask \/32/);
  });

  it('refuses a VPC block with two masks, as the API does', () => {
    const msg = synthError((s) => new Network(s, 'net', { cidrBlock: '10.0.0.0/16/8' }));
    assertNames(msg, { path: 'test/net', value: '10.0.0.0/16/8', rule: /not an IPv4 CIDR block/ });
  });

  it('refuses more VSwitches than the quota of 150 per VPC', () => {
    const msg = synthError((s) => {
      const n = new Network(s, 'net', { cidrBlock: '10.0.0.0/8', outputs: false });
      for (let k = 0; k <= MAX_VSWITCHES_PER_VPC; k++) n.addVSwitch(`v${k}`, { zoneId: ZONE_B, maskLength: 29 });
    });
    assertNames(msg, { path: 'test/net', value: '151', rule: /a VPC holds at most 150 VSwitches/ });
  });

  it('names the VSwitches it has, and the fix, when asked for one it does not have', () => {
    assert.throws(() => stackWith((s) => new Network(s, 'net', { vswitches: { web: { zoneId: ZONE_B } } }).vswitch('wbe')), /test\/net: no VSwitch "wbe"; this network has "web"\. Fix: /);
  });
});

describe('the Network construct, as a user names its parts', () => {
  it('refuses an instance with the id of a VSwitch of the same network, saying they share one namespace', () => {
    const msg = constructionError((s) => {
      const n = new Network(s, 'net', { vswitches: { web: { zoneId: ZONE_B } } });
      n.addInstance('web', { vswitch: n.vswitch('web') });
    });
    assertNames(msg, { path: 'test/net/web', value: 'web', rule: /already taken by a VSwitch of this network: VSwitches and instances of a network share one namespace/ });
  });

  it('refuses a VSwitch id the Network keeps for its own parts, even ones made on first use such as Routes', () => {
    for (const id of ['Vpc', 'Routes', 'DefaultSecurityGroup']) {
      const msg = constructionError((s) => new Network(s, 'net', { outputs: false, vswitches: { [id]: { zoneId: ZONE_B } } }));
      assertNames(msg, { path: `test/net/${id}`, value: id, rule: /is a name the Network keeps for its own parts/ });
    }
  });

  it('refuses a VSwitch added twice under one id', () => {
    const msg = constructionError((s) => new Network(s, 'net', { vswitches: { a: { zoneId: ZONE_B } } }).addVSwitch('a', { zoneId: ZONE_G }));
    assertNames(msg, { path: 'test/net/a', value: 'a', rule: /already taken by a VSwitch/ });
  });

  it('describes its outputs with the construct id when the VPC name is a token', () => {
    const json = fullSynthJson((s) => new Network(s, 'net', { vpcName: new TerraformVariable(s, 'name', { type: 'string' }).stringValue }));
    const vpcOut = Object.entries<any>(json.output).find(([k]) => k.startsWith('net_VpcId'))![1];
    assert.equal(vpcOut.description, 'ID of VPC net');
    assert.equal(Object.values<any>(json.resource.alicloud_vpc)[0].vpc_name, '${var.name}');
  });
});
