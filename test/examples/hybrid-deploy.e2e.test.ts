/**
 * End to end: `cdktf deploy` then `cdktf destroy` of the hybrid-connectivity examples
 * (vpc-peering, leased-line, vpn-to-idc) against a sandbox this test starts (in-process, temporary
 * data file, short async delay). After each deploy the sandbox holds what the guide's scenario
 * needs and a trace (SandboxTraceRoute) follows the path the guide draws; after each destroy the
 * sandbox holds nothing at all (VPCs, VSwitches, instances, and every hybrid resource).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { deployStack, destroyStack, failureSummary, type StackRunOptions } from '../../scripts/cdktf';
import { isEmpty, readInventory, renderInventory, sandboxClient } from '../../scripts/sandbox-inventory';
import { App } from 'cdktf';
import { LeasedLineToIdc, Network } from '../../constructs';
import { SandboxStack, ZONES } from '../../examples/common';
import { ensureProviderBuilt, runTerraform } from '../helpers/terraform';

type Client = ReturnType<typeof sandboxClient>;

const list = (x: any, key: string): any[] => (x ? (Array.isArray(x[key]) ? x[key] : []) : []);

/** Every hybrid resource left in the region, by kind (empty lists when none). */
async function hybridLeftovers(client: Client): Promise<Record<string, string[]>> {
  const ids = async (action: string, listKey: string, itemKey: string, idKey: string) =>
    list((await client.call('vpc', action, { PageSize: 50 }))[listKey], itemKey).map((x: any) => x[idKey]);
  return {
    vpnGateways: await ids('DescribeVpnGateways', 'VpnGateways', 'VpnGateway', 'VpnGatewayId'),
    customerGateways: await ids('DescribeCustomerGateways', 'CustomerGateways', 'CustomerGateway', 'CustomerGatewayId'),
    vpnConnections: await ids('DescribeVpnConnections', 'VpnConnections', 'VpnConnection', 'VpnConnectionId'),
    routerInterfaces: await ids('DescribeRouterInterfaces', 'RouterInterfaceSet', 'RouterInterfaceType', 'RouterInterfaceId'),
    vbrs: await ids('DescribeVirtualBorderRouters', 'VirtualBorderRouterSet', 'VirtualBorderRouterType', 'VbrId'),
    physicalConnections: await ids('DescribePhysicalConnections', 'PhysicalConnectionSet', 'PhysicalConnectionType', 'PhysicalConnectionId'),
  };
}

describe('deploying the hybrid-connectivity examples with cdktf against a sandbox', function () {
  this.timeout(300_000);
  let sandbox: Sandbox;
  let tmp: string;
  let client: Client;

  before(async function () {
    this.timeout(180_000);
    ensureProviderBuilt();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-hybrid-'));
    sandbox = await startSandbox({ port: 0, dataFile: path.join(tmp, 'sandbox.json'), asyncDelayMs: 30, log: () => {} });
    client = sandboxClient(sandbox.url);
  });

  after(async () => {
    if (sandbox) await sandbox.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  function options(stack: string): StackRunOptions {
    return {
      env: { ALICLOUD_SANDBOX_ENDPOINT: sandbox.url, ALICLOUD_SANDBOX_STATE_DIR: path.join(tmp, 'state') },
      outdir: path.join(tmp, 'cdktf.out'),
      outputsFile: path.join(tmp, `${stack}.outputs.json`),
    };
  }

  async function deploy(stack: string): Promise<any> {
    const r = await deployStack(stack, options(stack));
    assert.equal(r.code, 0, `cdktf deploy ${stack} failed:\n${failureSummary(r.output, 60)}`);
    return JSON.parse(fs.readFileSync(path.join(tmp, `${stack}.outputs.json`), 'utf8'))[stack];
  }

  async function destroy(stack: string): Promise<void> {
    const r = await destroyStack(stack, options(stack));
    assert.equal(r.code, 0, `cdktf destroy ${stack} failed:\n${failureSummary(r.output, 60)}`);
    const inv = await readInventory(client);
    assert.ok(isEmpty(inv), `the sandbox still holds resources after destroying ${stack}:\n${renderInventory(inv)}`);
    const left = await hybridLeftovers(client);
    assert.deepEqual(left, { vpnGateways: [], customerGateways: [], vpnConnections: [], routerInterfaces: [], vbrs: [], physicalConnections: [] }, `hybrid resources left after destroying ${stack}`);
  }

  const trace = async (source: string, ip: string) => client.call('vpc', 'SandboxTraceRoute', { SourceInstanceId: source, DestinationIp: ip });
  const hops = (t: any) => list(t.Hops, 'Hop');

  it('vpc-peering: VPC1 172.16.0.0/16 and VPC2 192.168.0.0/16 are joined; a trace from VPC1 to VPC2 goes through RI1 then RI2', async () => {
    const out = await deploy('vpc-peering');
    const ri1 = out.peering.InitiatorInterfaceId;
    const ri2 = out.peering.AcceptorInterfaceId;
    const interfaces = list((await client.call('vpc', 'DescribeRouterInterfaces', {})).RouterInterfaceSet, 'RouterInterfaceType');
    assert.deepEqual(interfaces.map((r: any) => [r.RouterInterfaceId, r.Role, r.Status]).sort(), [[ri1, 'InitiatingSide', 'Active'], [ri2, 'AcceptingSide', 'Active']].sort());
    const routes = async (table: string) =>
      list((await client.call('vpc', 'DescribeRouteTables', { RouteTableId: table })).RouteTables.RouteTable[0].RouteEntrys, 'RouteEntry')
        .filter((e: any) => e.Type === 'Custom')
        .map((e: any) => [e.DestinationCidrBlock, e.NextHopType, e.InstanceId]);
    assert.deepEqual(await routes(out.vpc1.RouteTableId), [['192.168.0.0/16', 'RouterInterface', ri1]]);
    assert.deepEqual(await routes(out.vpc2.RouteTableId), [['172.16.0.0/16', 'RouterInterface', ri2]]);

    const t = await trace(out.vpc1.ecs1.Id, out.vpc2.ecs2.PrivateIp);
    assert.equal(t.Result, 'Delivered', JSON.stringify(t));
    const path = hops(t).filter((h: any) => h.Type === 'RouterInterface').map((h: any) => h.ResourceId);
    assert.deepEqual(path, [ri1, ri2], JSON.stringify(hops(t)));
    await destroy('vpc-peering');
  });

  it('leased-line: VPC 172.16.0.0/12 reaches the IDC 192.168.0.0/16 through a VBR, with routes in the VPC and in the VBR', async () => {
    const out = await deploy('leased-line');
    const idc = out.idc;
    const lines = list((await client.call('vpc', 'DescribePhysicalConnections', {})).PhysicalConnectionSet, 'PhysicalConnectionType');
    assert.deepEqual(lines.map((l: any) => [l.PhysicalConnectionId, l.Status]), [[idc.Line1Id, 'Enabled']]);
    const vbrTable = list((await client.call('vpc', 'DescribeRouteTables', { RouteTableId: idc.Vbr1RouteTableId })).RouteTables.RouteTable[0].RouteEntrys, 'RouteEntry')
      .filter((e: any) => e.Type === 'Custom')
      .map((e: any) => [e.DestinationCidrBlock, e.InstanceId])
      .sort();
    assert.deepEqual(vbrTable, [['172.16.0.0/12', idc.Vbr1InterfaceId], ['192.168.0.0/16', idc.Vbr1VlanInterfaceId]]);
    const vpcTable = list((await client.call('vpc', 'DescribeRouteTables', { RouteTableId: out.network.RouteTableId })).RouteTables.RouteTable[0].RouteEntrys, 'RouteEntry')
      .filter((e: any) => e.Type === 'Custom')
      .map((e: any) => [e.DestinationCidrBlock, e.NextHopType, e.InstanceId]);
    assert.deepEqual(vpcTable, [['192.168.0.0/16', 'RouterInterface', idc.Vpc1InterfaceId]]);

    const t = await trace(out.network.ecs.Id, '192.168.10.10');
    assert.equal(t.Result, 'Idc', JSON.stringify(t));
    const types = hops(t).map((h: any) => h.Type);
    assert.ok(types.includes('VirtualBorderRouter') && types.includes('PhysicalConnection'), JSON.stringify(hops(t)));
    await destroy('leased-line');
  });

  it('an ECMP LeasedLineToIdc (two lines, ecmp: true) deploys: two same-destination VPC routes, one per VBR-peered interface, and the trace still reaches the IDC with one line down', async () => {
    // Synthesized in-process (not an example stack) and applied with plain terraform.
    const saved = { e: process.env.ALICLOUD_SANDBOX_ENDPOINT, s: process.env.ALICLOUD_SANDBOX_STATE_DIR };
    process.env.ALICLOUD_SANDBOX_ENDPOINT = sandbox.url;
    process.env.ALICLOUD_SANDBOX_STATE_DIR = path.join(tmp, 'state');
    const outdir = path.join(tmp, 'ecmp.out');
    try {
      const app = new App({ outdir });
      const stack = new SandboxStack(app, 'leased-line-ecmp');
      const network = new Network(stack, 'network', { cidrBlock: '172.16.0.0/12', vpcName: 'ecmp', vswitches: { main: { zoneId: ZONES[0], cidrBlock: '172.16.0.0/24' } } });
      new LeasedLineToIdc(stack, 'idc', { network, idcCidrs: ['192.168.0.0/16'], lines: [{}, { accessPointId: 'ap-cn-hangzhou-sandbox-b' }], ecmp: true });
      app.synth();
    } finally {
      for (const [k, v] of [['ALICLOUD_SANDBOX_ENDPOINT', saved.e], ['ALICLOUD_SANDBOX_STATE_DIR', saved.s]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    const dir = path.join(outdir, 'stacks', 'leased-line-ecmp');
    const tf = async (...args: string[]) => {
      const r = await runTerraform(dir, args, { env: { ALICLOUD_SANDBOX_ENDPOINT: sandbox.url } });
      assert.equal(r.code, 0, `terraform ${args[0]} failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
      return r;
    };
    await tf('init', '-input=false');
    await tf('apply', '-auto-approve', '-input=false');
    const out = JSON.parse((await tf('output', '-json')).stdout);
    const value = (name: string) => Object.entries<any>(out).find(([k]) => k.includes(name))![1].value;
    const [ri1, ri2] = [value('Vpc1InterfaceId'), value('Vpc2InterfaceId')];
    const vpcId = list((await client.call('vpc', 'DescribeVpcs', {})).Vpcs, 'Vpc').find((v: any) => v.VpcName === 'ecmp').VpcId;
    const table = list((await client.call('vpc', 'DescribeRouteTableList', { VpcId: vpcId })).RouterTableList, 'RouterTableListType')[0].RouteTableId;
    const custom = list((await client.call('vpc', 'DescribeRouteTables', { RouteTableId: table })).RouteTables.RouteTable[0].RouteEntrys, 'RouteEntry')
      .filter((e: any) => e.Type === 'Custom')
      .map((e: any) => [e.DestinationCidrBlock, e.NextHopType, e.InstanceId])
      .sort();
    assert.deepEqual(custom, [['192.168.0.0/16', 'RouterInterface', ri1], ['192.168.0.0/16', 'RouterInterface', ri2]].sort());
    const plan = await runTerraform(dir, ['plan', '-detailed-exitcode', '-input=false'], { env: { ALICLOUD_SANDBOX_ENDPOINT: sandbox.url } });
    assert.equal(plan.code, 0, `a second plan is not empty:\n${plan.stdout.slice(-3000)}`);
    const vsw = list((await client.call('vpc', 'DescribeVSwitches', { VpcId: vpcId })).VSwitches, 'VSwitch')[0].VSwitchId;
    await client.call('vpc', 'DeactivateRouterInterface', { RouterInterfaceId: ri1 });
    const t = await client.call('vpc', 'SandboxTraceRoute', { SourceVSwitchId: vsw, DestinationIp: '192.168.10.10' });
    assert.equal(t.Result, 'Idc', JSON.stringify(t));
    assert.ok(hops(t).some((h: any) => h.ResourceId === ri2), JSON.stringify(hops(t)));
    await tf('destroy', '-auto-approve', '-input=false');
    const inv = await readInventory(client);
    assert.ok(isEmpty(inv), `the sandbox still holds resources after destroying the ECMP stack:\n${renderInventory(inv)}`);
    assert.deepEqual(await hybridLeftovers(client), { vpnGateways: [], customerGateways: [], vpnConnections: [], routerInterfaces: [], vbrs: [], physicalConnections: [] });
  });

  it('vpn-to-idc: the six steps; the downloaded configuration is the output, and 172.16.5.5 is reached through the VPN (Result Idc)', async () => {
    const out = await deploy('vpn-to-idc');
    const vpn = out.vpn;
    const gw = (await client.call('vpc', 'DescribeVpnGateway', { VpnGatewayId: vpn.VpnGatewayId }));
    assert.equal(gw.Status, 'active');
    assert.equal(gw.InternetIp, vpn.InternetIp);
    const cgw = await client.call('vpc', 'DescribeCustomerGateway', { CustomerGatewayId: vpn.CustomerGatewayId });
    assert.equal(cgw.IpAddress, '211.167.68.68');

    // Step 4: the output is what Download Configuration gives, seen from the IDC.
    const downloaded = (await client.call('vpc', 'DownloadVpnConnectionConfig', { VpnConnectionId: vpn.VpnConnectionId })).VpnConnectionConfig;
    const config = JSON.parse(vpn.Configuration);
    assert.deepEqual(config, downloaded);
    assert.equal(config.Local, '211.167.68.68');
    assert.equal(config.Remote, gw.InternetIp);
    assert.equal(config.LocalSubnet, '172.16.0.0/12');
    assert.equal(config.RemoteSubnet, '192.168.0.0/16');
    assert.equal(config.IkeConfig.IkeVersion, 'ikev1');
    assert.equal(config.IkeConfig.IkeLifetime, 86400);
    assert.match(config.IkeConfig.Psk, /^.{16}$/);

    // Step 5: the VPC route to the VPN gateway.
    const vpcTable = list((await client.call('vpc', 'DescribeRouteTables', { RouteTableId: out.network.RouteTableId })).RouteTables.RouteTable[0].RouteEntrys, 'RouteEntry')
      .filter((e: any) => e.Type === 'Custom')
      .map((e: any) => [e.DestinationCidrBlock, e.NextHopType, e.InstanceId]);
    assert.deepEqual(vpcTable, [['172.16.0.0/12', 'VpnGateway', vpn.VpnGatewayId]]);

    // Step 6: the test.
    const t = await trace(out.network.ecs.Id, '172.16.5.5');
    assert.equal(t.Result, 'Idc', JSON.stringify(t));
    const types = hops(t).map((h: any) => h.Type);
    assert.ok(types.includes('VpnGateway') && types.includes('VpnConnection'), JSON.stringify(hops(t)));
    await destroy('vpn-to-idc');
  });
});
