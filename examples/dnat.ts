/**
 * The guide's DNAT port mapping ("Access from the Internet" with a NAT gateway): the gateway's
 * public IP 118.31.48.48, port 80/tcp, forwarded to the instance 172.16.121.123, port 8080. The
 * sandbox grants the guide's address to the EIP on request (AllocateEipAddress IpAddress).
 */
import type { Construct } from 'constructs';
import { NatEgress, Network, PortForward, type NetworkInstance } from '../constructs';
import { SandboxStack, ZONES } from './common';

export const DNAT_PUBLIC_IP = '118.31.48.48';
export const DNAT_SERVER_IP = '172.16.121.123';

export class DnatStack extends SandboxStack {
  public readonly network: Network;
  public readonly server: NetworkInstance;
  public readonly nat: NatEgress;
  public readonly http: PortForward;

  constructor(scope: Construct, id = 'dnat') {
    super(scope, id);
    this.network = new Network(this, 'network', {
      cidrBlock: '172.16.0.0/16',
      vpcName: 'dnat',
      vswitches: { web: { zoneId: ZONES[0], cidrBlock: '172.16.121.0/24' } },
    });
    const web = this.network.vswitch('web');
    this.server = this.network.addInstance('server', { vswitch: web, privateIp: DNAT_SERVER_IP });
    this.nat = new NatEgress(this, 'nat', { network: this.network, vswitch: web, eipAddresses: [DNAT_PUBLIC_IP] });
    this.http = new PortForward(this, 'http', {
      gateway: this.nat,
      target: this.server,
      ports: [{ protocol: 'tcp', externalPort: 80, internalPort: 8080 }],
    });
  }
}
