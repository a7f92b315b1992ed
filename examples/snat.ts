/**
 * SNAT for a VSwitch (guide: "Access the Internet" with a NAT gateway): every instance of the
 * VSwitch "app" without a public IP of its own goes out through the gateway's EIP. The instance
 * "with-eip" has its own EIP, which it uses instead ("the previously configured public IP is used,
 * rather than SNAT"); SandboxLookupRoute (InstanceId) shows both egress decisions.
 */
import type { Construct } from 'constructs';
import { ElasticIp, NatEgress, Network, type NetworkInstance } from '../constructs';
import { SandboxStack, ZONES } from './common';

export class SnatStack extends SandboxStack {
  public readonly network: Network;
  public readonly nat: NatEgress;
  public readonly withEip: NetworkInstance;
  public readonly withoutEip: NetworkInstance;

  constructor(scope: Construct, id = 'snat') {
    super(scope, id);
    this.network = new Network(this, 'network', {
      cidrBlock: '172.19.0.0/16',
      vpcName: 'snat',
      vswitches: {
        app: { zoneId: ZONES[0], cidrBlock: '172.19.1.0/24' },
        gateway: { zoneId: ZONES[0], cidrBlock: '172.19.2.0/24' },
      },
    });
    const app = this.network.vswitch('app');
    this.withEip = this.network.addInstance('with-eip', { vswitch: app });
    this.withoutEip = this.network.addInstance('without-eip', { vswitch: app });
    new ElasticIp(this, 'with-eip-eip', { instance: this.withEip });
    this.nat = new NatEgress(this, 'nat', {
      network: this.network,
      vswitch: this.network.vswitch('gateway'),
      snat: { app: { vswitch: app } },
    });
  }
}
