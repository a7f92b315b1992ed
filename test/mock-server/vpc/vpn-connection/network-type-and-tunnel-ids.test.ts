/**
 * VPN connections: NetworkType (private connections recorded, defaulting to the gateway's type),
 * EnableTunnelsBgp on a single-tunnel connection (stored), and dual-tunnel modifies that name the
 * tunnel to change by TunnelId, with the refusals leaving the store as it was.
 */
import { strict as assert } from 'node:assert';
import type { Sandbox } from '../../../../mock-server/app';
import { call, createVpc, expectError, withSandbox } from '../vpc-helpers';

async function gateways(sb: Sandbox) {
  const vpc = await createVpc(sb, { CidrBlock: '192.168.0.0/16' });
  const pub = await call(sb, 'CreateVpnGateway', { VpcId: vpc.VpcId, Bandwidth: 10 });
  const cgw1 = await call(sb, 'CreateCustomerGateway', { IpAddress: '211.167.68.68' });
  const cgw2 = await call(sb, 'CreateCustomerGateway', { IpAddress: '211.167.68.69' });
  return { vpcId: vpc.VpcId, gw: pub.VpnGatewayId as string, cgw1: cgw1.CustomerGatewayId as string, cgw2: cgw2.CustomerGatewayId as string };
}

const SUBNETS = { LocalSubnet: '192.168.0.0/16', RemoteSubnet: '172.16.0.0/12' };

async function dualTunnel(sb: Sandbox, net: { gw: string; cgw1: string; cgw2: string }) {
  const c = await call(sb, 'CreateVpnConnection', {
    VpnGatewayId: net.gw,
    ...SUBNETS,
    'TunnelOptionsSpecification.1.CustomerGatewayId': net.cgw1,
    'TunnelOptionsSpecification.1.TunnelIkeConfig.Psk': 'first-psk',
    'TunnelOptionsSpecification.2.CustomerGatewayId': net.cgw2,
    'TunnelOptionsSpecification.2.TunnelIkeConfig.Psk': 'second-psk',
  });
  return c.VpnConnectionId as string;
}

async function tunnels(sb: Sandbox, id: string): Promise<any[]> {
  return (await call(sb, 'DescribeVpnConnection', { VpnConnectionId: id })).TunnelOptionsSpecification.TunnelOptions;
}

describe('VPN connections: network type, tunnel BGP on one tunnel, and tunnels named by TunnelId', () => {
  const ctx = withSandbox();

  it('records NetworkType=private and shows it back; left out, a connection takes its gateway\'s type', async () => {
    const { sb } = ctx;
    const net = await gateways(sb);
    const priv = await call(sb, 'CreateVpnConnection', { VpnGatewayId: net.gw, CustomerGatewayId: net.cgw1, ...SUBNETS, NetworkType: 'private' });
    assert.equal((await call(sb, 'DescribeVpnConnection', { VpnConnectionId: priv.VpnConnectionId })).NetworkType, 'private');
    const listed = await call(sb, 'DescribeVpnConnections', { VpnConnectionId: priv.VpnConnectionId });
    assert.equal(listed.VpnConnections.VpnConnection[0].NetworkType, 'private');

    const pub = await call(sb, 'CreateVpnConnection', { VpnGatewayId: net.gw, CustomerGatewayId: net.cgw2, ...SUBNETS });
    assert.equal((await call(sb, 'DescribeVpnConnection', { VpnConnectionId: pub.VpnConnectionId })).NetworkType, 'public');

    const privGw = await call(sb, 'CreateVpnGateway', { VpcId: net.vpcId, Bandwidth: 200, NetworkType: 'private' });
    const inherited = await call(sb, 'CreateVpnConnection', { VpnGatewayId: privGw.VpnGatewayId, CustomerGatewayId: net.cgw1, ...SUBNETS });
    assert.equal((await call(sb, 'DescribeVpnConnection', { VpnConnectionId: inherited.VpnConnectionId })).NetworkType, 'private');
  });

  it('stores EnableTunnelsBgp on a single-tunnel connection and changes it in place', async () => {
    const { sb } = ctx;
    const net = await gateways(sb);
    const c = await call(sb, 'CreateVpnConnection', { VpnGatewayId: net.gw, CustomerGatewayId: net.cgw1, ...SUBNETS, EnableTunnelsBgp: true });
    const d = await call(sb, 'DescribeVpnConnection', { VpnConnectionId: c.VpnConnectionId });
    assert.equal(d.EnableTunnelsBgp, true);
    assert.equal(d.TunnelOptionsSpecification, undefined, 'it stays a single-tunnel connection');
    await call(sb, 'ModifyVpnConnectionAttribute', { VpnConnectionId: c.VpnConnectionId, EnableTunnelsBgp: false });
    assert.equal((await call(sb, 'DescribeVpnConnection', { VpnConnectionId: c.VpnConnectionId })).EnableTunnelsBgp, false);
  });

  it('changes the tunnel a TunnelId names, whatever its position, and keeps the other tunnel and the order', async () => {
    const { sb } = ctx;
    const net = await gateways(sb);
    const id = await dualTunnel(sb, net);
    const [t1, t2] = await tunnels(sb, id);
    await call(sb, 'ModifyVpnConnectionAttribute', {
      VpnConnectionId: id,
      'TunnelOptionsSpecification.1.TunnelId': t2.TunnelId,
      'TunnelOptionsSpecification.1.TunnelIkeConfig.Psk': 'changed-psk',
    });
    const [u1, u2] = await tunnels(sb, id);
    assert.deepEqual([u1.TunnelId, u2.TunnelId], [t1.TunnelId, t2.TunnelId]);
    assert.equal(u2.TunnelIkeConfig.Psk, 'changed-psk');
    assert.equal(u2.Role, 'slave');
    assert.equal(u2.CustomerGatewayId, net.cgw2);
    assert.deepEqual(u1, t1, 'the tunnel not named is untouched');

    // Both named, in reverse order: each entry still lands on its own tunnel.
    await call(sb, 'ModifyVpnConnectionAttribute', {
      VpnConnectionId: id,
      'TunnelOptionsSpecification.1.TunnelId': t2.TunnelId,
      'TunnelOptionsSpecification.1.TunnelIpsecConfig.IpsecLifetime': '3600',
      'TunnelOptionsSpecification.2.TunnelId': t1.TunnelId,
      'TunnelOptionsSpecification.2.TunnelIpsecConfig.IpsecLifetime': '7200',
    });
    const [v1, v2] = await tunnels(sb, id);
    assert.deepEqual([v1.TunnelId, v1.TunnelIpsecConfig.IpsecLifetime, v2.TunnelId, v2.TunnelIpsecConfig.IpsecLifetime], [t1.TunnelId, 7200, t2.TunnelId, 3600]);
  });

  it('refuses an unknown, repeated or premature TunnelId and a per-tunnel RemoteCaCertificate, changing nothing', async () => {
    const { sb } = ctx;
    const net = await gateways(sb);
    const id = await dualTunnel(sb, net);
    const [t1] = await tunnels(sb, id);
    const unknown = await expectError(sb, 'ModifyVpnConnectionAttribute', {
      VpnConnectionId: id,
      'TunnelOptionsSpecification.1.TunnelId': 'tun-nosuchtunnel',
      'TunnelOptionsSpecification.1.TunnelIkeConfig.Psk': 'never-stored',
    }, 'InvalidParameter');
    assert.match(unknown, /"tun-nosuchtunnel" is not a tunnel of this VPN connection: use a TunnelId DescribeVpnConnection lists/);
    const twice = await expectError(sb, 'ModifyVpnConnectionAttribute', {
      VpnConnectionId: id,
      'TunnelOptionsSpecification.1.TunnelId': t1.TunnelId,
      'TunnelOptionsSpecification.2.TunnelId': t1.TunnelId,
    }, 'InvalidParameter');
    assert.match(twice, /same tunnel .*give each tunnel once/);
    const byPosition = await expectError(sb, 'ModifyVpnConnectionAttribute', {
      VpnConnectionId: id,
      'TunnelOptionsSpecification.1.TunnelIkeConfig.Psk': 'never-stored',
    }, 'InvalidParameter');
    assert.match(byPosition, /give every tunnel .* or name the one to change with TunnelId/);
    const ca = await expectError(sb, 'ModifyVpnConnectionAttribute', {
      VpnConnectionId: id,
      'TunnelOptionsSpecification.1.TunnelId': t1.TunnelId,
      'TunnelOptionsSpecification.1.RemoteCaCertificate': '-----BEGIN CERTIFICATE-----',
    }, 'InvalidParameter');
    assert.match(ca, /TunnelOptionsSpecification\.1\.RemoteCaCertificate.*not simulate/);
    const onCreate = await expectError(sb, 'CreateVpnConnection', {
      VpnGatewayId: net.gw,
      LocalSubnet: '192.168.0.0/16',
      RemoteSubnet: '10.0.0.0/8',
      'TunnelOptionsSpecification.1.CustomerGatewayId': net.cgw1,
      'TunnelOptionsSpecification.1.TunnelId': t1.TunnelId,
      'TunnelOptionsSpecification.2.CustomerGatewayId': net.cgw2,
    }, 'InvalidParameter');
    assert.match(onCreate, /CreateVpnConnection assigns tunnel IDs/);
  });
});
