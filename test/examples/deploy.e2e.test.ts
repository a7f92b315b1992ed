/**
 * End to end: `cdktf deploy` then `cdktf destroy` of every example stack against a sandbox this test
 * starts (in-process, temporary data file, short async delay). After each deploy the sandbox holds
 * exactly what the stack declared; after each destroy it holds nothing. Stacks run one after the
 * other (2 cores).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Testing } from 'cdktf';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { PLACEMENTS } from '../../examples/move-instance';
import { deployStack, destroyStack, failureSummary, type StackRunOptions } from '../../scripts/cdktf';
import { isEmpty, readInventory, renderInventory, sandboxClient, type Inventory } from '../../scripts/sandbox-inventory';
import { ensureProviderBuilt } from '../helpers/terraform';
import { buildExample, resourceCounts, type ExampleStack } from './helpers';

describe('deploying the examples with cdktf against a sandbox', function () {
  this.timeout(180_000);
  let sandbox: Sandbox;
  let tmp: string;
  let client: ReturnType<typeof sandboxClient>;
  const timings: string[] = [];

  before(async function () {
    this.timeout(180_000);
    ensureProviderBuilt();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-e2e-'));
    sandbox = await startSandbox({ port: 0, dataFile: path.join(tmp, 'sandbox.json'), asyncDelayMs: 30, log: () => {} });
    client = sandboxClient(sandbox.url);
  });

  after(async () => {
    if (sandbox) await sandbox.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    if (timings.length) process.stdout.write(`      timings: ${timings.join('; ')}\n`);
  });

  function options(stack: string, extraEnv: NodeJS.ProcessEnv = {}): StackRunOptions {
    return {
      env: { ALICLOUD_SANDBOX_ENDPOINT: sandbox.url, ALICLOUD_SANDBOX_STATE_DIR: path.join(tmp, 'state'), ...extraEnv },
      outdir: path.join(tmp, 'cdktf.out'),
      outputsFile: path.join(tmp, `${stack}.outputs.json`),
    };
  }

  async function deploy(stack: ExampleStack, extraEnv: NodeJS.ProcessEnv = {}): Promise<any> {
    const r = await deployStack(stack, options(stack, extraEnv));
    timings.push(`deploy ${stack} ${(r.ms / 1000).toFixed(1)} s`);
    assert.equal(r.code, 0, `cdktf deploy ${stack} failed:\n${failureSummary(r.output, 40)}`);
    return JSON.parse(fs.readFileSync(path.join(tmp, `${stack}.outputs.json`), 'utf8'))[stack];
  }

  async function destroy(stack: ExampleStack, extraEnv: NodeJS.ProcessEnv = {}): Promise<void> {
    const r = await destroyStack(stack, options(stack, extraEnv));
    timings.push(`destroy ${stack} ${(r.ms / 1000).toFixed(1)} s`);
    assert.equal(r.code, 0, `cdktf destroy ${stack} failed:\n${failureSummary(r.output, 40)}`);
    const inv = await readInventory(client);
    assert.ok(isEmpty(inv), `the sandbox still holds resources after destroying ${stack}:\n${renderInventory(inv)}`);
    // EIPs live outside any VPC, and the inventory does not list them or NAT gateways.
    const internet = await internetInventory();
    assert.deepEqual([internet.eips.length, internet.nats.length], [0, 0], `EIPs or NAT gateways left after destroying ${stack}: ${JSON.stringify(internet)}`);
  }

  /** EIPs, NAT gateways and their SNAT/DNAT entries in the region. */
  async function internetInventory() {
    const eips: any[] = (await client.call('vpc', 'DescribeEipAddresses', { PageSize: 100 })).EipAddresses.EipAddress;
    const nats: any[] = (await client.call('vpc', 'DescribeNatGateways', { PageSize: 50 })).NatGateways.NatGateway;
    const snat: any[] = [];
    const dnat: any[] = [];
    for (const n of nats) {
      snat.push(...(await client.call('vpc', 'DescribeSnatTableEntries', { SnatTableId: n.SnatTableIds.SnatTableId[0], PageSize: 50 })).SnatTableEntries.SnatTableEntry);
      dnat.push(...(await client.call('vpc', 'DescribeForwardTableEntries', { ForwardTableId: n.ForwardTableIds.ForwardTableId[0], PageSize: 50 })).ForwardTableEntries.ForwardTableEntry);
    }
    return { eips, nats, snat, dnat };
  }

  /** The Internet-access resources the sandbox holds match the stack's declared counts. */
  async function assertInternetDeclared(declared: any) {
    const counts = resourceCounts(declared);
    const internet = await internetInventory();
    const held = {
      alicloud_eip_address: internet.eips.length,
      alicloud_eip_association: internet.eips.filter((e) => e.Status === 'InUse').length,
      alicloud_nat_gateway: internet.nats.length,
      alicloud_snat_entry: internet.snat.length,
      alicloud_forward_entry: internet.dnat.length,
    };
    const want = Object.fromEntries(Object.keys(held).map((t) => [t, counts[t] ?? 0]));
    assert.deepEqual(held, want);
    return internet;
  }

  /** The sandbox's egress decision for an instance reaching an Internet address. */
  async function egressOf(instanceId: string): Promise<any> {
    return (await client.call('vpc', 'SandboxLookupRoute', { InstanceId: instanceId, DestinationIp: '47.100.1.1' })).Egress;
  }

  /** The sandbox holds as many of each resource type as the stack declares, and nothing else. */
  function assertMatchesDeclared(inv: Inventory, declared: any): void {
    const counts = resourceCounts(declared);
    const held = {
      alicloud_vpc: inv.vpcs.length,
      alicloud_vswitch: inv.vswitches.length,
      alicloud_route_entry: inv.routes.length,
      alicloud_instance: inv.instances.length,
      alicloud_security_group: inv.securityGroups.length,
    };
    const want = Object.fromEntries(Object.keys(held).map((t) => [t, counts[t] ?? 0]));
    assert.deepEqual(held, want, `the sandbox does not hold what the stack declared:\n${renderInventory(inv)}`);
    for (const v of Object.values<any>(declared.resource.alicloud_vpc ?? {})) {
      if (v.cidr_block) assert.ok(inv.vpcs.some((x) => x.cidrBlock === v.cidr_block && x.name === v.vpc_name), `no VPC ${v.vpc_name} ${v.cidr_block}`);
    }
    for (const s of Object.values<any>(declared.resource.alicloud_vswitch ?? {})) {
      const found = inv.vswitches.find((x) => x.zoneId === s.zone_id && (s.cidr_block ? x.cidrBlock === s.cidr_block : x.isDefault));
      assert.ok(found, `no VSwitch ${s.cidr_block ?? '(default)'} in ${s.zone_id}`);
      if (s.vswitch_name) assert.equal(found.name, s.vswitch_name);
    }
    for (const i of inv.instances) assert.equal(i.status, 'Running');
  }

  it('deploys the quickstart: one VPC with a VSwitch in each of two zones, then destroys it', async () => {
    const declared = JSON.parse(Testing.synth(buildExample('quickstart')));
    const out = await deploy('quickstart');
    const inv = await readInventory(client);
    assertMatchesDeclared(inv, declared);
    assert.deepEqual(new Set(inv.vswitches.map((v) => v.zoneId)), new Set(['cn-hangzhou-b', 'cn-hangzhou-g']));
    assert.equal(out.network.VpcId, inv.vpcs[0].id);
    assert.equal(out.network.RouterId, inv.vpcs[0].routerId);
    assert.equal(out.network.RouteTableId, inv.routeTables[0].id);
    assert.equal(out.network.web.Id, inv.vswitches.find((v) => v.cidrBlock === '172.16.0.0/24')!.id);
    // The usable count the construct promised is what the sandbox reports for an empty VSwitch.
    for (const name of ['web', 'app']) {
      const vsw = inv.vswitches.find((v) => v.id === out.network[name].Id)!;
      assert.equal(vsw.available, out.network[name].UsableAddressCount, `VSwitch ${name}`);
      // The carved block is readable from the outputs, so a user can pin it.
      assert.equal(out.network[name].CidrBlock, vsw.cidrBlock, `VSwitch ${name}`);
    }
    await destroy('quickstart');
  });

  it("deploys the guide's route table: 10.0.0.1 goes to the second instance and 10.0.1.1 to the first", async () => {
    const declared = JSON.parse(Testing.synth(buildExample('route-table')));
    const out = await deploy('route-table');
    const inv = await readInventory(client);
    assertMatchesDeclared(inv, declared);
    const ecs01 = out.network.ecs01.Id;
    const ecs02 = out.network.ecs02.Id;
    assert.deepEqual(
      inv.routes.map((r) => [r.destination, r.nextHopType, r.nextHopId]).sort(),
      [
        ['0.0.0.0/0', 'Instance', ecs01],
        ['10.0.0.0/24', 'Instance', ecs02],
      ].sort(),
    );
    const lookup = async (ip: string) => (await client.call('vpc', 'SandboxLookupRoute', { RouteTableId: out.network.RouteTableId, DestinationIp: ip })).MatchedRouteEntry;
    assert.equal((await lookup('10.0.0.1')).NextHopId, ecs02);
    assert.equal((await lookup('10.0.1.1')).NextHopId, ecs01);
    await destroy('route-table');
  });

  it('moves an instance to another VSwitch and private IP with a second deploy', async () => {
    const declared = JSON.parse(Testing.synth(buildExample('move-instance')));
    const first = await deploy('move-instance', { MOVE_INSTANCE_PLACEMENT: 'initial' });
    let inv = await readInventory(client);
    assertMatchesDeclared(inv, declared);
    const id = first.network.server.Id;
    const firstVsw = first.network.first.Id;
    const secondVsw = first.network.second.Id;
    assert.deepEqual(inv.instances.map((i) => [i.id, i.vswitchId, i.privateIp]), [[id, firstVsw, PLACEMENTS.initial.privateIp]]);

    const moved = await deploy('move-instance', { MOVE_INSTANCE_PLACEMENT: 'moved' });
    inv = await readInventory(client);
    assert.equal(moved.network.server.Id, id, 'the instance was replaced instead of moved');
    assert.deepEqual(inv.instances.map((i) => [i.id, i.vswitchId, i.privateIp, i.status]), [[id, secondVsw, PLACEMENTS.moved.privateIp, 'Running']]);
    const byId = Object.fromEntries(inv.vswitches.map((v) => [v.id, v.available]));
    assert.equal(byId[firstVsw], 252, 'the old VSwitch got its address back');
    assert.equal(byId[secondVsw], 251, 'the new VSwitch lost one address');
    await destroy('move-instance', { MOVE_INSTANCE_PLACEMENT: 'moved' });
  });

  it('creates the default VPC and the default VSwitch of a zone, then removes them', async () => {
    const declared = JSON.parse(Testing.synth(buildExample('default-network')));
    const out = await deploy('default-network');
    const inv = await readInventory(client);
    assertMatchesDeclared(inv, declared);
    assert.equal(inv.vpcs[0].id, out.default.VpcId);
    assert.equal(inv.vpcs[0].isDefault, true);
    assert.match(inv.vpcs[0].cidrBlock, /\/16$/);
    assert.equal(inv.vswitches[0].isDefault, true);
    assert.match(inv.vswitches[0].cidrBlock, /\/20$/);
    assert.equal(inv.vswitches[0].available, 4092);
    // The blocks the cloud picked are readable from the outputs.
    assert.equal(out.default.CidrBlock, inv.vpcs[0].cidrBlock);
    assert.equal(out.default['cn-hangzhou-b'].CidrBlock, inv.vswitches[0].cidrBlock);
    await destroy('default-network');
  });

  it("explains the guide's ECS01/ECS02 case: ECS02 reaches the Internet through the route 0.0.0.0/0 → ECS01 and its EIP", async () => {
    const declared = JSON.parse(Testing.synth(buildExample('internet-via-instance')));
    const out = await deploy('internet-via-instance');
    assertMatchesDeclared(await readInventory(client), declared);
    await assertInternetDeclared(declared);
    const ecs01 = out.network.ecs01.Id;
    const ecs02 = out.network.ecs02.Id;
    const eipIp = out['ecs01-eip'].IpAddress;
    const second = await egressOf(ecs02);
    assert.equal(second.Via, 'RouteToInstance', JSON.stringify(second));
    assert.equal(second.NextHopInstanceId, ecs01);
    assert.equal(second.PublicIpAddress, eipIp);
    const first = await egressOf(ecs01);
    assert.deepEqual([first.Via, first.PublicIpAddress], ['Eip', eipIp]);
    await destroy('internet-via-instance');
  });

  it('SNATs a VSwitch: the instance without an EIP goes out through the gateway, the one with an EIP through its own', async () => {
    const declared = JSON.parse(Testing.synth(buildExample('snat')));
    const out = await deploy('snat');
    assertMatchesDeclared(await readInventory(client), declared);
    const internet = await assertInternetDeclared(declared);
    const natIp = out.nat.PublicIps[0];
    assert.equal(internet.snat[0].SnatIp, natIp);
    assert.equal(internet.snat[0].SourceVSwitchId, out.network.app.Id);
    const without = await egressOf(out.network['without-eip'].Id);
    assert.deepEqual([without.Via, without.PublicIpAddress, without.SnatEntryId], ['Snat', natIp, internet.snat[0].SnatEntryId], JSON.stringify(without));
    const withEip = await egressOf(out.network['with-eip'].Id);
    assert.deepEqual([withEip.Via, withEip.PublicIpAddress], ['Eip', out['with-eip-eip'].IpAddress], JSON.stringify(withEip));
    await destroy('snat');
  });

  it("maps the guide's 118.31.48.48:80/tcp to 172.16.121.123:8080", async () => {
    const declared = JSON.parse(Testing.synth(buildExample('dnat')));
    const out = await deploy('dnat');
    assertMatchesDeclared(await readInventory(client), declared);
    const internet = await assertInternetDeclared(declared);
    assert.deepEqual(out.nat.PublicIps, ['118.31.48.48']);
    const e = internet.dnat[0];
    assert.deepEqual([e.ExternalIp, e.ExternalPort, e.IpProtocol, e.InternalIp, e.InternalPort, e.Status], ['118.31.48.48', '80', 'tcp', '172.16.121.123', '8080', 'Available']);
    assert.equal(out.network.server.PrivateIp, '172.16.121.123');
    await destroy('dnat');
  });

  it('binds an EIP to an ECS instance', async () => {
    const declared = JSON.parse(Testing.synth(buildExample('eip')));
    const out = await deploy('eip');
    assertMatchesDeclared(await readInventory(client), declared);
    const internet = await assertInternetDeclared(declared);
    const server = out.network.server.Id;
    assert.deepEqual([internet.eips[0].Status, internet.eips[0].InstanceId, internet.eips[0].IpAddress], ['InUse', server, out['server-eip'].IpAddress]);
    const inst = (await client.call('ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([server]) })).Instances.Instance[0];
    assert.equal(inst.EipAddress.IpAddress, out['server-eip'].IpAddress);
    await destroy('eip');
  });
});
