/**
 * Quickstart (guide: "Build VPC", "Create a VSwitch"): one VPC with a VSwitch in each of two zones,
 * carved from the VPC block, one by mask size and one by host count.
 */
import type { Construct } from 'constructs';
import { Network } from '../constructs';
import { SandboxStack, ZONES } from './common';

export class QuickstartStack extends SandboxStack {
  public readonly network: Network;

  constructor(scope: Construct, id = 'quickstart') {
    super(scope, id);
    this.network = new Network(this, 'network', {
      cidrBlock: '172.16.0.0/12',
      vpcName: 'quickstart',
      description: 'Quickstart VPC with VSwitches in two zones',
      vswitches: {
        web: { zoneId: ZONES[0], maskLength: 24 },
        app: { zoneId: ZONES[1], hostCount: 500 },
      },
    });
  }
}
