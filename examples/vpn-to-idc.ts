/**
 * The guide's VPN tutorial: VPC 192.168.0.0/16, IDC 172.16.0.0/12, IDC gateway 211.167.68.68.
 * Step 1 the VPN gateway, step 2 the customer gateway, step 3 the connection (local network
 * 192.168.0.0/16, remote network 172.16.0.0/12), step 4 the configuration to download (the
 * `Configuration` output), step 5 the VPC route 172.16.0.0/12 → the VPN gateway. Step 6, the test:
 * a trace from the instance to 172.16.5.5 leaves through the VPN connection (Result Idc).
 */
import type { Construct } from 'constructs';
import { Network, VpnToIdc, type NetworkInstance } from '../constructs';
import { SandboxStack, ZONES } from './common';

export class VpnToIdcStack extends SandboxStack {
  public readonly network: Network;
  public readonly vpn: VpnToIdc;
  public readonly ecs: NetworkInstance;

  constructor(scope: Construct, id = 'vpn-to-idc') {
    super(scope, id);
    this.network = new Network(this, 'network', { cidrBlock: '192.168.0.0/16', vpcName: 'vpn-to-idc', vswitches: { main: { zoneId: ZONES[0], cidrBlock: '192.168.0.0/24' } } });
    this.ecs = this.network.addInstance('ecs', { vswitch: this.network.vswitch('main') });
    this.vpn = new VpnToIdc(this, 'vpn', { network: this.network, idcGatewayIp: '211.167.68.68', idcCidrs: ['172.16.0.0/12'] });
  }
}
