/**
 * Moving an ECS instance to another VSwitch and private IP (guide: "Instance management in VPC").
 * The placement comes from the app context `placement` or $MOVE_INSTANCE_PLACEMENT: "initial"
 * (VSwitch first, 172.20.1.10) or "moved" (VSwitch second, 172.20.2.20). Deploy once, then deploy
 * again with MOVE_INSTANCE_PLACEMENT=moved: the provider stops the instance, moves it and starts it.
 */
import type { Construct } from 'constructs';
import { Network, type NetworkInstance } from '../constructs';
import { SandboxStack, ZONES } from './common';

export type Placement = 'initial' | 'moved';
export const PLACEMENTS: Record<Placement, { vswitch: 'first' | 'second'; privateIp: string }> = {
  initial: { vswitch: 'first', privateIp: '172.20.1.10' },
  moved: { vswitch: 'second', privateIp: '172.20.2.20' },
};

export function placementFrom(scope: Construct): Placement {
  const value = scope.node.tryGetContext('placement') ?? process.env.MOVE_INSTANCE_PLACEMENT ?? 'initial';
  if (value !== 'initial' && value !== 'moved') {
    throw new Error(`move-instance: placement "${value}" is not known: use "initial" or "moved" (context "placement" or $MOVE_INSTANCE_PLACEMENT).`);
  }
  return value;
}

export class MoveInstanceStack extends SandboxStack {
  public readonly network: Network;
  public readonly server: NetworkInstance;
  public readonly placement: Placement;

  constructor(scope: Construct, id = 'move-instance', placement: Placement = placementFrom(scope)) {
    super(scope, id);
    this.placement = placement;
    this.network = new Network(this, 'network', {
      cidrBlock: '172.20.0.0/16',
      vpcName: 'move-instance',
      // Both in one zone: an instance moves between VSwitches of its own zone.
      vswitches: {
        first: { zoneId: ZONES[0], cidrBlock: '172.20.1.0/24' },
        second: { zoneId: ZONES[0], cidrBlock: '172.20.2.0/24' },
      },
    });
    const where = PLACEMENTS[placement];
    this.server = this.network.addInstance('server', { vswitch: this.network.vswitch(where.vswitch), privateIp: where.privateIp });
  }
}
