/**
 * The guide's route-table example ("Routing policy"): 0.0.0.0/0 goes to one ECS instance and
 * 10.0.0.0/24 to another, so by longest prefix match 10.0.0.1 goes to the second and 10.0.1.1 to
 * the first. The VPC is 192.168.0.0/16 with the VSwitch 192.168.0.0/24 of the guide's table, so the
 * custom destinations lie outside every VSwitch, as the rules require.
 */
import type { Construct } from 'constructs';
import { Network, type NetworkInstance } from '../constructs';
import { SandboxStack, ZONES } from './common';

export class RouteTableStack extends SandboxStack {
  public readonly network: Network;
  /** Next hop of 0.0.0.0/0 (the guide's i-12345678). */
  public readonly defaultHop: NetworkInstance;
  /** Next hop of 10.0.0.0/24 (the guide's i-87654321). */
  public readonly tenHop: NetworkInstance;

  constructor(scope: Construct, id = 'route-table') {
    super(scope, id);
    this.network = new Network(this, 'network', {
      cidrBlock: '192.168.0.0/16',
      vpcName: 'route-table',
      vswitches: { main: { zoneId: ZONES[0], cidrBlock: '192.168.0.0/24' } },
    });
    const main = this.network.vswitch('main');
    this.defaultHop = this.network.addInstance('ecs01', { vswitch: main });
    this.tenHop = this.network.addInstance('ecs02', { vswitch: main });
    this.network.addRoute('default-route', { destination: '0.0.0.0/0', nextHop: this.defaultHop });
    this.network.addRoute('ten-route', { destination: '10.0.0.0/24', nextHop: this.tenHop });
  }
}
