import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../../mock-server/app';
import { rpc } from '../../../helpers/rpc';
import { call, createVpc, createVSwitch, expectError, putInstance, withSandbox, ZONE2 } from '../vpc-helpers';

/** The guide's tutorial: VPC 192.168.0.0/16, IDC 172.16.0.0/12 behind the gateway 211.167.68.68. */
async function tutorial(sb: Sandbox) {
  const vpc = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
  const vsw = await createVSwitch(sb, vpc.VpcId, '192.168.1.0/24');
  const gw = await call(sb, 'CreateVpnGateway', { VpcId: vpc.VpcId, Bandwidth: 10, Name: 'vpn-gw' });
  const cgw = await call(sb, 'CreateCustomerGateway', { IpAddress: '211.167.68.68', Name: 'idc-gw' });
  return { ...vpc, vsw, gw: gw.VpnGatewayId as string, cgw: cgw.CustomerGatewayId as string };
}

function connection(net: { gw: string; cgw: string }, extra: Record<string, string> = {}) {
  return { VpnGatewayId: net.gw, CustomerGatewayId: net.cgw, LocalSubnet: '192.168.0.0/16', RemoteSubnet: '172.16.0.0/12', ...extra };
}

describe('VPN gateways, customer gateways and VPN connections', () => {
  const ctx = withSandbox();

  describe('VPN gateway', () => {
    it('creates a gateway in the VPC with a public InternetIp, init then active, and the bandwidth as Spec', async () => {
      const { sb } = ctx;
      const net = await tutorial(sb);
      const g = await call(sb, 'DescribeVpnGateway', { VpnGatewayId: net.gw });
      assert.equal(g.VpcId, net.VpcId);
      assert.equal(g.Status, 'active');
      assert.equal(g.Spec, '10M');
      assert.match(g.InternetIp, /^\d+\.\d+\.\d+\.\d+$/);
      assert.doesNotMatch(g.InternetIp, /^(10|192\.168|172\.(1[6-9]|2\d|3[01]))\./);
      assert.equal(typeof g.CreateTime, 'number');
      const list = await call(sb, 'DescribeVpnGateways', { VpcId: net.VpcId });
      assert.deepEqual(list.VpnGateways.VpnGateway.map((x: any) => x.VpnGatewayId), [net.gw]);
    });

    it('accepts only the real bandwidths', async () => {
      const { sb } = ctx;
      const vpc = await createVpc(sb);
      for (const bw of [5, 10, 20, 50, 100, 200, 500, 1000]) {
        const r = await call(sb, 'CreateVpnGateway', { VpcId: vpc.VpcId, Bandwidth: bw });
        assert.match(r.VpnGatewayId, /^vpn-/);
      }
      for (const bw of [1, 15, 2000]) {
        const message = await expectError(sb, 'CreateVpnGateway', { VpcId: vpc.VpcId, Bandwidth: bw }, 'InvalidParameter');
        assert.match(message, /5, 10, 20, 50, 100, 200, 500, 1000/);
      }
    });

    it('must be in the VPC\'s region: a VPC of another region is not found', async () => {
      const { sb } = ctx;
      const vpc = await createVpc(sb);
      const r = await rpc(sb, 'vpc', 'CreateVpnGateway', { RegionId: 'cn-shanghai', VpcId: vpc.VpcId, Bandwidth: 10 });
      assert.equal(r.status, 404);
      assert.equal(r.body.Code, 'InvalidVpcId.NotFound');
    });

    it('gives every gateway its own InternetIp', async () => {
      const { sb } = ctx;
      const vpc = await createVpc(sb);
      const ids = await Promise.all([1, 2, 3].map(() => call(sb, 'CreateVpnGateway', { VpcId: vpc.VpcId, Bandwidth: 5 })));
      const ips = await Promise.all(ids.map((r) => call(sb, 'DescribeVpnGateway', { VpnGatewayId: r.VpnGatewayId })));
      assert.equal(new Set(ips.map((g) => g.InternetIp)).size, 3);
    });

    it('takes its InternetIp from the region\'s public pool, which no EIP then gets', async () => {
      const { sb } = ctx;
      const vpc = await createVpc(sb);
      const g = await call(sb, 'CreateVpnGateway', { VpcId: vpc.VpcId, Bandwidth: 5 });
      const ip = (await call(sb, 'DescribeVpnGateway', { VpnGatewayId: g.VpnGatewayId })).InternetIp;
      const eips = await Promise.all([1, 2, 3].map(() => call(sb, 'AllocateEipAddress', {})));
      assert.ok(!eips.some((e) => e.EipAddress === ip), `an EIP got the gateway's ${ip}`);
      await expectError(sb, 'AllocateEipAddress', { IpAddress: ip }, 'ReserveIpFail');
    });

    it('renames and describes, and is not deletable while a connection uses it', async () => {
      const { sb } = ctx;
      const net = await tutorial(sb);
      await call(sb, 'ModifyVpnGatewayAttribute', { VpnGatewayId: net.gw, Name: 'renamed', Description: 'to the IDC' });
      const g = await call(sb, 'DescribeVpnGateway', { VpnGatewayId: net.gw });
      assert.deepEqual([g.Name, g.Description], ['renamed', 'to the IDC']);
      const c = await call(sb, 'CreateVpnConnection', connection(net));
      const message = await expectError(sb, 'DeleteVpnGateway', { VpnGatewayId: net.gw }, 'DependencyViolation.VpnConnection');
      assert.match(message, new RegExp(c.VpnConnectionId));
      await call(sb, 'DeleteVpnConnection', { VpnConnectionId: c.VpnConnectionId });
      await call(sb, 'DeleteVpnGateway', { VpnGatewayId: net.gw });
      await expectError(sb, 'DescribeVpnGateway', { VpnGatewayId: net.gw }, 'InvalidVpnGatewayInstanceId.NotFound', 404);
    });

    it('records a disaster-recovery VSwitch in another zone of its VPC, shows it, and keeps it from being deleted', async () => {
      const { sb } = ctx;
      const vpc = await createVpc(sb, { CidrBlock: '172.16.0.0/16' });
      const vsw1 = await createVSwitch(sb, vpc.VpcId, '172.16.0.0/24');
      const vsw2 = await createVSwitch(sb, vpc.VpcId, '172.16.1.0/24', { ZoneId: ZONE2 });
      const sameZone = await createVSwitch(sb, vpc.VpcId, '172.16.2.0/24');
      const other = await createVpc(sb, { CidrBlock: '10.0.0.0/16' });
      const elsewhere = await createVSwitch(sb, other.VpcId, '10.0.0.0/24', { ZoneId: ZONE2 });
      const base = { VpcId: vpc.VpcId, Bandwidth: 10, VSwitchId: vsw1 };
      assert.match(await expectError(sb, 'CreateVpnGateway', { ...base, DisasterRecoveryVSwitchId: sameZone }, 'InvalidParameter'), /another zone/);
      assert.match(await expectError(sb, 'CreateVpnGateway', { ...base, DisasterRecoveryVSwitchId: elsewhere }, 'InvalidParameter'), /must be in its VPC/);
      await expectError(sb, 'CreateVpnGateway', { VpcId: vpc.VpcId, Bandwidth: 10, DisasterRecoveryVSwitchId: vsw2 }, 'InvalidParameter');
      const g = await call(sb, 'CreateVpnGateway', { ...base, DisasterRecoveryVSwitchId: vsw2 });
      const d = await call(sb, 'DescribeVpnGateway', { VpnGatewayId: g.VpnGatewayId });
      assert.deepEqual([d.VSwitchId, d.DisasterRecoveryVSwitchId], [vsw1, vsw2]);
      assert.match(await expectError(sb, 'DeleteVSwitch', { VSwitchId: vsw2 }, 'DependencyViolation'), new RegExp(g.VpnGatewayId));
    });

    it('keeps its VPC from being deleted', async () => {
      const { sb } = ctx;
      const vpc = await createVpc(sb);
      const g = await call(sb, 'CreateVpnGateway', { VpcId: vpc.VpcId, Bandwidth: 5 });
      await expectError(sb, 'DeleteVpc', { VpcId: vpc.VpcId }, 'DependencyViolation.Instance');
      await call(sb, 'DeleteVpnGateway', { VpnGatewayId: g.VpnGatewayId });
      await call(sb, 'DeleteVpc', { VpcId: vpc.VpcId });
    });
  });

  describe('with a controlled clock', () => {
    const DELAY = 1000;
    let now = Date.now();
    const slow = withSandbox({ asyncDelayMs: DELAY, clock: () => now });

    it('is init for the async delay, then active; connections wait with VpnGateway.Configuring', async () => {
      const { sb } = slow;
      const vpc = await createVpc(sb);
      now += DELAY;
      const g = await call(sb, 'CreateVpnGateway', { VpcId: vpc.VpcId, Bandwidth: 10 });
      const cgw = await call(sb, 'CreateCustomerGateway', { IpAddress: '211.167.68.68' });
      assert.equal((await call(sb, 'DescribeVpnGateway', { VpnGatewayId: g.VpnGatewayId })).Status, 'init');
      const c = { VpnGatewayId: g.VpnGatewayId, CustomerGatewayId: cgw.CustomerGatewayId, LocalSubnet: '192.168.0.0/16', RemoteSubnet: '172.16.0.0/12' };
      await expectError(sb, 'CreateVpnConnection', c, 'VpnGateway.Configuring');
      await expectError(sb, 'DeleteVpnGateway', { VpnGatewayId: g.VpnGatewayId }, 'VpnGateway.Configuring');
      now += DELAY;
      assert.equal((await call(sb, 'DescribeVpnGateway', { VpnGatewayId: g.VpnGatewayId })).Status, 'active');
      const created = await call(sb, 'CreateVpnConnection', c);
      assert.equal((await call(sb, 'DescribeVpnConnection', { VpnConnectionId: created.VpnConnectionId })).State, 'init');
      now += DELAY;
      assert.equal((await call(sb, 'DescribeVpnConnection', { VpnConnectionId: created.VpnConnectionId })).State, 'active');
    });
  });

  describe('customer gateway', () => {
    it('registers the IDC gateway\'s public address, once per address', async () => {
      const { sb } = ctx;
      const r = await call(sb, 'CreateCustomerGateway', { IpAddress: '211.167.68.68', Name: 'idc_1', Description: 'IDC in Hangzhou' });
      assert.equal(r.IpAddress, '211.167.68.68');
      assert.equal(typeof r.CreateTime, 'number');
      const d = await call(sb, 'DescribeCustomerGateway', { CustomerGatewayId: r.CustomerGatewayId });
      assert.deepEqual([d.IpAddress, d.Name, d.Description], ['211.167.68.68', 'idc_1', 'IDC in Hangzhou']);
      const message = await expectError(sb, 'CreateCustomerGateway', { IpAddress: '211.167.68.68' }, 'InvalidIpAddress.AlreadyExist');
      assert.match(message, new RegExp(r.CustomerGatewayId));
    });

    it('refuses private, shared, loopback, multicast and malformed addresses', async () => {
      const { sb } = ctx;
      for (const ip of ['10.1.1.1', '172.16.0.1', '192.168.1.1', '100.64.0.1', '127.0.0.1', '224.0.0.1', '211.167.68', '1.2.3.4.5', 'gateway']) {
        await expectError(sb, 'CreateCustomerGateway', { IpAddress: ip }, 'InvalidIpAddress.WrongFormat');
      }
    });

    it('checks the name (2–128 characters) and the description (no http:// or https:// start)', async () => {
      const { sb } = ctx;
      await expectError(sb, 'CreateCustomerGateway', { IpAddress: '211.167.68.68', Name: 'a' }, 'InvalidName');
      await expectError(sb, 'CreateCustomerGateway', { IpAddress: '211.167.68.68', Name: 'x'.repeat(129) }, 'InvalidName');
      await expectError(sb, 'CreateCustomerGateway', { IpAddress: '211.167.68.68', Name: '_starts-with-underscore' }, 'InvalidName');
      await expectError(sb, 'CreateCustomerGateway', { IpAddress: '211.167.68.68', Description: 'https://example.com' }, 'InvalidDescription');
      await expectError(sb, 'CreateCustomerGateway', { IpAddress: '211.167.68.68', Description: 'http://example.com' }, 'InvalidDescription');
      await call(sb, 'CreateCustomerGateway', { IpAddress: '211.167.68.68', Name: 'x'.repeat(128) });
    });

    it('is not deletable while a connection uses it', async () => {
      const { sb } = ctx;
      const net = await tutorial(sb);
      const c = await call(sb, 'CreateVpnConnection', connection(net));
      await expectError(sb, 'DeleteCustomerGateway', { CustomerGatewayId: net.cgw }, 'DependencyViolation.VpnConnection');
      await call(sb, 'DeleteVpnConnection', { VpnConnectionId: c.VpnConnectionId });
      await call(sb, 'DeleteCustomerGateway', { CustomerGatewayId: net.cgw });
      await expectError(sb, 'DescribeCustomerGateway', { CustomerGatewayId: net.cgw }, 'InvalidCustomerGatewayInstanceId.NotFound', 404);
    });
  });

  describe('VPN connection', () => {
    it('fills the real IKE and IPsec defaults and a random 16-character pre-shared key', async () => {
      const { sb } = ctx;
      const net = await tutorial(sb);
      const c = await call(sb, 'CreateVpnConnection', connection(net));
      const d = await call(sb, 'DescribeVpnConnection', { VpnConnectionId: c.VpnConnectionId });
      assert.equal(d.State, 'active');
      const { Psk, LocalId, RemoteId, ...ike } = d.IkeConfig;
      assert.deepEqual(ike, { IkeVersion: 'ikev1', IkeMode: 'main', IkeEncAlg: 'aes', IkeAuthAlg: 'sha1', IkePfs: 'group2', IkeLifetime: 86400 });
      assert.match(Psk, /^[A-Za-z0-9]{16}$/);
      const gw = await call(sb, 'DescribeVpnGateway', { VpnGatewayId: net.gw });
      assert.deepEqual([LocalId, RemoteId], [gw.InternetIp, '211.167.68.68']);
      assert.deepEqual(d.IpsecConfig, { IpsecEncAlg: 'aes', IpsecAuthAlg: 'sha1', IpsecPfs: 'group2', IpsecLifetime: 86400 });
      const other = await call(sb, 'CreateCustomerGateway', { IpAddress: '211.167.68.69' });
      const c2 = await call(sb, 'CreateVpnConnection', connection({ gw: net.gw, cgw: other.CustomerGatewayId }));
      const d2 = await call(sb, 'DescribeVpnConnection', { VpnConnectionId: c2.VpnConnectionId });
      assert.notEqual(d2.IkeConfig.Psk, Psk);
    });

    it('takes the given IKE and IPsec values, and refuses values the real API does not offer', async () => {
      const { sb } = ctx;
      const net = await tutorial(sb);
      const ikeConfig = JSON.stringify({ IkeVersion: 'ikev2', IkeEncAlg: 'aes256', IkeAuthAlg: 'sha256', IkePfs: 'group14', IkeLifetime: 3600, Psk: 'secret-key' });
      const c = await call(sb, 'CreateVpnConnection', connection(net, { IkeConfig: ikeConfig, IpsecConfig: JSON.stringify({ IpsecPfs: 'disabled', IpsecLifetime: '1800' }) }));
      const d = await call(sb, 'DescribeVpnConnection', { VpnConnectionId: c.VpnConnectionId });
      assert.deepEqual([d.IkeConfig.IkeVersion, d.IkeConfig.IkeEncAlg, d.IkeConfig.IkeAuthAlg, d.IkeConfig.IkePfs, d.IkeConfig.IkeLifetime, d.IkeConfig.Psk], ['ikev2', 'aes256', 'sha256', 'group14', 3600, 'secret-key']);
      assert.deepEqual([d.IpsecConfig.IpsecPfs, d.IpsecConfig.IpsecLifetime, d.IpsecConfig.IpsecEncAlg], ['disabled', 1800, 'aes']);
      const other = await call(sb, 'CreateCustomerGateway', { IpAddress: '211.167.68.70' });
      const base = connection({ gw: net.gw, cgw: other.CustomerGatewayId });
      for (const bad of ['{"IkeVersion":"ikev3"}', '{"IkeLifetime":86401}', '{"IkeMode":"quick"}', '{"IkeEncAlg":"rc4"}', '{"IkeVersoin":"ikev2"}', '{not json', '["ikev1"]', '{"Psk":"has space"}']) {
        await expectError(sb, 'CreateVpnConnection', { ...base, IkeConfig: bad }, 'InvalidParameter');
      }
      await expectError(sb, 'CreateVpnConnection', { ...base, IpsecConfig: '{"IpsecPfs":"group3"}' }, 'InvalidParameter');
    });

    it('refuses overlapping local and remote subnets, and malformed blocks', async () => {
      const { sb } = ctx;
      const net = await tutorial(sb);
      const message = await expectError(sb, 'CreateVpnConnection', connection(net, { LocalSubnet: '192.168.0.0/16,10.0.0.0/8', RemoteSubnet: '172.16.0.0/12,10.1.0.0/16' }), 'InvalidParameter');
      assert.match(message, /10\.0\.0\.0\/8 overlaps the RemoteSubnet block 10\.1\.0\.0\/16/);
      await expectError(sb, 'CreateVpnConnection', connection(net, { RemoteSubnet: '172.16.0.1/12' }), 'InvalidCidrBlock.Malformed');
      const c = await call(sb, 'CreateVpnConnection', connection(net, { LocalSubnet: '192.168.0.0/24, 192.168.1.0/24', RemoteSubnet: '172.16.0.0/12' }));
      const d = await call(sb, 'DescribeVpnConnection', { VpnConnectionId: c.VpnConnectionId });
      assert.equal(d.LocalSubnet, '192.168.0.0/24,192.168.1.0/24');
      await expectError(sb, 'ModifyVpnConnectionAttribute', { VpnConnectionId: c.VpnConnectionId, RemoteSubnet: '192.168.1.0/24' }, 'InvalidParameter');
    });

    it('allows one connection per VPN gateway and customer gateway pair', async () => {
      const { sb } = ctx;
      const net = await tutorial(sb);
      await call(sb, 'CreateVpnConnection', connection(net));
      await expectError(sb, 'CreateVpnConnection', connection(net, { LocalSubnet: '192.168.1.0/24' }), 'InvalidVpnConnection.AlreadyExists');
    });

    it('lets exactly one of two racing creates for the same gateway pair win', async () => {
      const { sb } = ctx;
      const net = await tutorial(sb);
      const results = await Promise.all([1, 2, 3, 4].map(() => rpc(sb, 'vpc', 'CreateVpnConnection', connection(net))));
      assert.deepEqual(results.map((r) => r.status).sort(), [200, 400, 400, 400]);
      for (const r of results.filter((x) => x.status === 400)) assert.equal(r.body.Code, 'InvalidVpnConnection.AlreadyExists');
      const list = await call(sb, 'DescribeVpnConnections', { VpnGatewayId: net.gw });
      assert.equal(list.TotalCount, 1);
    });

    it('modifies IKE settings keeping the ones not given', async () => {
      const { sb } = ctx;
      const net = await tutorial(sb);
      const c = await call(sb, 'CreateVpnConnection', connection(net, { IkeConfig: '{"Psk":"first-key"}' }));
      const m = await call(sb, 'ModifyVpnConnectionAttribute', { VpnConnectionId: c.VpnConnectionId, IkeConfig: '{"IkeVersion":"ikev2"}', Name: 'renamed' });
      assert.deepEqual([m.IkeConfig.IkeVersion, m.IkeConfig.Psk, m.Name], ['ikev2', 'first-key', 'renamed']);
    });

    it('downloads the configuration seen from the IDC, as the guide\'s note says', async () => {
      const { sb } = ctx;
      const net = await tutorial(sb);
      const c = await call(sb, 'CreateVpnConnection', connection(net, { IkeConfig: '{"Psk":"123456"}' }));
      const gw = await call(sb, 'DescribeVpnGateway', { VpnGatewayId: net.gw });
      const { VpnConnectionConfig: cfg } = await call(sb, 'DownloadVpnConnectionConfig', { VpnConnectionId: c.VpnConnectionId });
      assert.equal(cfg.Local, '211.167.68.68');
      assert.equal(cfg.Remote, gw.InternetIp);
      assert.equal(cfg.LocalSubnet, '172.16.0.0/12', 'LocalSubnet is the IDC (the connection\'s RemoteSubnet)');
      assert.equal(cfg.RemoteSubnet, '192.168.0.0/16', 'RemoteSubnet is the VPC (the connection\'s LocalSubnet)');
      assert.deepEqual([cfg.IkeConfig.LocalId, cfg.IkeConfig.RemoteId, cfg.IkeConfig.Psk], ['211.167.68.68', gw.InternetIp, '123456']);
      assert.deepEqual(cfg.IpsecConfig, { IpsecEncAlg: 'aes', IpsecAuthAlg: 'sha1', IpsecPfs: 'group2', IpsecLifetime: 86400 });
      await expectError(sb, 'DownloadVpnConnectionConfig', { VpnConnectionId: 'vco-missing' }, 'InvalidVpnConnectionInstanceId.NotFound', 404);
    });

    it('stores BGP and health checks switched on as configuration and shows them back, changed in place', async () => {
      const { sb } = ctx;
      const net = await tutorial(sb);
      const bgp = '{"EnableBgp":true,"LocalAsn":65010,"TunnelCidr":"169.254.11.0/30","LocalBgpIp":"169.254.11.1"}';
      const health = '{"enable":true,"sip":"192.168.0.5","dip":"172.16.0.5","interval":5,"retry":4}';
      const c = await call(sb, 'CreateVpnConnection', connection(net, { BgpConfig: bgp, HealthCheckConfig: health }));
      const d = await call(sb, 'DescribeVpnConnection', { VpnConnectionId: c.VpnConnectionId });
      assert.deepEqual(d.VpnBgpConfig, { EnableBgp: 'true', Status: 'true', LocalAsn: 65010, PeerAsn: 0, TunnelCidr: '169.254.11.0/30', LocalBgpIp: '169.254.11.1', PeerBgpIp: '' });
      assert.deepEqual(d.VcoHealthCheck, { Enable: 'true', Status: '', Sip: '192.168.0.5', Dip: '172.16.0.5', Interval: 5, Retry: 4, Policy: 'revoke_route' });
      await call(sb, 'ModifyVpnConnectionAttribute', { VpnConnectionId: c.VpnConnectionId, HealthCheckConfig: '{"enable":false}' });
      const after = await call(sb, 'DescribeVpnConnection', { VpnConnectionId: c.VpnConnectionId });
      assert.equal(after.VcoHealthCheck.Enable, 'false');
      assert.equal(after.VcoHealthCheck.Dip, '172.16.0.5', 'keys left out keep their values');
      assert.equal(after.VpnBgpConfig.EnableBgp, 'true');
    });

    it('refuses malformed BGP and health-check settings, creating nothing', async () => {
      const { sb } = ctx;
      const net = await tutorial(sb);
      for (const extra of <Array<Record<string, string>>>[
        { BgpConfig: '{oops' },
        { BgpConfig: '{"EnableBgp":true,"TunnelCidr":"10.0.0.0/30"}' },
        { BgpConfig: '{"EnableBgp":true,"TunnelCidr":"169.254.11.0/29"}' },
        { BgpConfig: '{"EnableBgp":true,"TunnelCidr":"169.254.11.0/30","LocalBgpIp":"169.254.12.1"}' },
        { BgpConfig: '{"LocalAsn":0}' },
        { HealthCheckConfig: '{"enable":"maybe"}' },
        { HealthCheckConfig: '{"enable":true,"dip":"not-an-ip"}' },
      ]) {
        await expectError(sb, 'CreateVpnConnection', connection(net, extra), 'InvalidParameter');
      }
      const list = await call(sb, 'DescribeVpnConnections', { VpnGatewayId: net.gw });
      assert.equal(list.TotalCount, 0);
    });
  });

  describe('VPN route entries and VPC routes to the gateway', () => {
    it('creates, lists and deletes VPN route entries through the gateway\'s connections', async () => {
      const { sb } = ctx;
      const net = await tutorial(sb);
      const c = await call(sb, 'CreateVpnConnection', connection(net));
      const e = await call(sb, 'CreateVpnRouteEntry', { VpnGatewayId: net.gw, RouteDest: '172.16.0.0/12', NextHop: c.VpnConnectionId, Weight: 100, PublishVpc: true });
      assert.deepEqual([e.RouteDest, e.NextHop, e.Weight, e.State], ['172.16.0.0/12', c.VpnConnectionId, 100, 'published']);
      await expectError(sb, 'CreateVpnRouteEntry', { VpnGatewayId: net.gw, RouteDest: '10.0.0.0/8', NextHop: c.VpnConnectionId, Weight: 50, PublishVpc: false }, 'InvalidParameter');
      await expectError(sb, 'CreateVpnRouteEntry', { VpnGatewayId: net.gw, RouteDest: '10.0.0.0/8', NextHop: 'vco-missing', Weight: 0, PublishVpc: false }, 'InvalidVpnConnectionInstanceId.NotFound', 404);
      const list = await call(sb, 'DescribeVpnRouteEntries', { VpnGatewayId: net.gw });
      assert.equal(list.TotalCount, 1);
      assert.equal(list.VpnRouteEntries.VpnRouteEntry[0].RouteEntryType, 'custom');
      await expectError(sb, 'DeleteVpnConnection', { VpnConnectionId: c.VpnConnectionId }, 'DependencyViolation.VpnConnection');
      await call(sb, 'DeleteVpnRouteEntry', { VpnGatewayId: net.gw, RouteDest: '172.16.0.0/12', NextHop: c.VpnConnectionId, Weight: 100 });
      assert.equal((await call(sb, 'DescribeVpnRouteEntries', { VpnGatewayId: net.gw })).TotalCount, 0);
    });

    it('accepts NextHopType=VpnGateway in the VPC route table, and keeps the gateway while routed to', async () => {
      const { sb } = ctx;
      const net = await tutorial(sb);
      const r = await call(sb, 'CreateRouteEntry', { RouteTableId: net.RouteTableId, DestinationCidrBlock: '172.16.0.0/12', NextHopType: 'VpnGateway', NextHopId: net.gw });
      const entries = await call(sb, 'DescribeRouteEntryList', { RouteTableId: net.RouteTableId, RouteEntryId: r.RouteEntryId });
      assert.deepEqual([entries.RouteEntrys.RouteEntry[0].NextHopType, entries.RouteEntrys.RouteEntry[0].InstanceId], ['VpnGateway', net.gw]);
      await expectError(sb, 'DeleteVpnGateway', { VpnGatewayId: net.gw }, 'DependencyViolation.RouteEntry');
      await expectError(sb, 'CreateRouteEntry', { RouteTableId: net.RouteTableId, DestinationCidrBlock: '10.0.0.0/8', NextHopType: 'VpnGateway', NextHopId: 'vpn-missing' }, 'InvalidNextHopId.NotFound', 404);
      const other = await createVpc(sb, { CidrBlock: '10.0.0.0/8' });
      await expectError(sb, 'CreateRouteEntry', { RouteTableId: other.RouteTableId, DestinationCidrBlock: '172.16.0.0/12', NextHopType: 'VpnGateway', NextHopId: net.gw }, 'InvalidNextHopId.NotFound', 404);
      await call(sb, 'DeleteRouteEntry', { RouteEntryId: r.RouteEntryId });
      await call(sb, 'DeleteVpnGateway', { VpnGatewayId: net.gw });
      void putInstance;
    });
  });
});
