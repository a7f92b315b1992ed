/**
 * An EIP bound to an ECS instance (guide: "Access the Internet" / "Access from the Internet" with
 * an EIP): the instance has no system public IP, so the EIP is its public address both ways.
 */
import type { Construct } from 'constructs';
import { ElasticIp, Network, type NetworkInstance } from '../constructs';
import { SandboxStack, ZONES } from './common';

export class EipStack extends SandboxStack {
  public readonly network: Network;
  public readonly server: NetworkInstance;
  public readonly eip: ElasticIp;

  constructor(scope: Construct, id = 'eip') {
    super(scope, id);
    this.network = new Network(this, 'network', {
      cidrBlock: '192.168.0.0/16',
      vpcName: 'eip',
      vswitches: { web: { zoneId: ZONES[0], cidrBlock: '192.168.1.0/24' } },
    });
    this.server = this.network.addInstance('server', { vswitch: this.network.vswitch('web') });
    this.eip = new ElasticIp(this, 'server-eip', { instance: this.server, bandwidth: 5 });
  }
}
