/**
 * The guide's "Traffic routing within a VPC" case: ECS01 has an EIP, and ECS02 reaches the
 * Internet without one through the custom route 0.0.0.0/0 → ECS01 (ECS01 forwards the traffic,
 * e.g. with NAT rules of its own). The sandbox's SandboxLookupRoute (InstanceId = ECS02) explains
 * the path: Via RouteToInstance, from ECS01's EIP.
 */
import type { Construct } from 'constructs';
import { ElasticIp, Network, type NetworkInstance } from '../constructs';
import { SandboxStack, ZONES } from './common';

export class InternetViaInstanceStack extends SandboxStack {
  public readonly network: Network;
  public readonly ecs01: NetworkInstance;
  public readonly ecs02: NetworkInstance;
  public readonly eip: ElasticIp;

  constructor(scope: Construct, id = 'internet-via-instance') {
    super(scope, id);
    this.network = new Network(this, 'network', {
      cidrBlock: '172.18.0.0/16',
      vpcName: 'internet-via-instance',
      vswitches: { main: { zoneId: ZONES[0], cidrBlock: '172.18.1.0/24' } },
    });
    const main = this.network.vswitch('main');
    this.ecs01 = this.network.addInstance('ecs01', { vswitch: main });
    this.ecs02 = this.network.addInstance('ecs02', { vswitch: main });
    this.eip = new ElasticIp(this, 'ecs01-eip', { instance: this.ecs01 });
    this.network.addRoute('internet-via-ecs01', { destination: '0.0.0.0/0', nextHop: this.ecs01 });
  }
}
