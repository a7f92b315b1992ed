/**
 * The default VPC and VSwitch (guide: "Default VPC and VSwitch"): a /16 default VPC per region and
 * a /20 default VSwitch per zone, created with is_default.
 */
import type { Construct } from 'constructs';
import { DefaultNetwork } from '../constructs';
import { SandboxStack, ZONES } from './common';

export class DefaultNetworkStack extends SandboxStack {
  public readonly network: DefaultNetwork;

  constructor(scope: Construct, id = 'default-network') {
    super(scope, id);
    this.network = new DefaultNetwork(this, 'default', { zoneIds: [ZONES[0]] });
  }
}
