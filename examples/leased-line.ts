/**
 * The guide's "Interconnection between VPC and on-premises IDC" over a leased line: a VPC
 * 172.16.0.0/12 and an IDC 192.168.0.0/16, joined through a VBR. The routes are the guide's:
 * 192.168.0.0/16 → RI1 in the VPC; in the VBR 192.168.0.0/16 → the leased line (RI3) and
 * 172.16.0.0/12 → the VBR's interface towards the VPC (RI2). The instance is where a trace starts.
 */
import type { Construct } from 'constructs';
import { LeasedLineToIdc, Network, type NetworkInstance } from '../constructs';
import { SandboxStack, ZONES } from './common';

export class LeasedLineStack extends SandboxStack {
  public readonly network: Network;
  public readonly leasedLine: LeasedLineToIdc;
  public readonly ecs: NetworkInstance;

  constructor(scope: Construct, id = 'leased-line') {
    super(scope, id);
    this.network = new Network(this, 'network', { cidrBlock: '172.16.0.0/12', vpcName: 'leased-line', vswitches: { main: { zoneId: ZONES[0], cidrBlock: '172.16.0.0/24' } } });
    this.ecs = this.network.addInstance('ecs', { vswitch: this.network.vswitch('main') });
    this.leasedLine = new LeasedLineToIdc(this, 'idc', { network: this.network, idcCidrs: ['192.168.0.0/16'] });
  }
}
