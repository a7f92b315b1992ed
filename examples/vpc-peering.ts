/**
 * The guide's "Interconnection between VPCs" (Express Connect): VPC1 172.16.0.0/16 and VPC2
 * 192.168.0.0/16 joined by router interfaces, VPC1's initiating (RI1) and VPC2's accepting (RI2),
 * with both routes: 192.168.0.0/16 → RI1 in VPC1 and 172.16.0.0/16 → RI2 in VPC2. An instance in
 * each VPC gives the trace (SandboxTraceRoute) a start and an end.
 */
import type { Construct } from 'constructs';
import { Network, VpcPeering, type NetworkInstance } from '../constructs';
import { SandboxStack, ZONES } from './common';

export class VpcPeeringStack extends SandboxStack {
  public readonly vpc1: Network;
  public readonly vpc2: Network;
  public readonly peering: VpcPeering;
  public readonly ecs1: NetworkInstance;
  public readonly ecs2: NetworkInstance;

  constructor(scope: Construct, id = 'vpc-peering') {
    super(scope, id);
    this.vpc1 = new Network(this, 'vpc1', { cidrBlock: '172.16.0.0/16', vpcName: 'vpc1', vswitches: { main: { zoneId: ZONES[0], cidrBlock: '172.16.0.0/24' } } });
    this.vpc2 = new Network(this, 'vpc2', { cidrBlock: '192.168.0.0/16', vpcName: 'vpc2', vswitches: { main: { zoneId: ZONES[0], cidrBlock: '192.168.0.0/24' } } });
    this.ecs1 = this.vpc1.addInstance('ecs1', { vswitch: this.vpc1.vswitch('main') });
    this.ecs2 = this.vpc2.addInstance('ecs2', { vswitch: this.vpc2.vswitch('main') });
    this.peering = new VpcPeering(this, 'peering', { initiator: this.vpc1, acceptor: this.vpc2 });
  }
}
