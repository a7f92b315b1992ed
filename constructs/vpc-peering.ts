/**
 * `VpcPeering`: two VPCs joined by Express Connect router interfaces (the guide's "Interconnection
 * between VPCs"): RI1 on the initiator's VRouter, RI2 on the acceptor's, connected (the acceptor's
 * connection first, then the initiator's, which connects), and both routes: in the initiator's
 * table the acceptor's block goes to RI1, in the acceptor's table the initiator's block to RI2.
 *
 * Checked at synth time: the two VPCs' blocks do not overlap; each route lies inside the peer's
 * block; the routes follow the table rules (see HybridRoute). The two networks must differ.
 */
import { TerraformOutput, Token } from 'cdktf';
import { Construct } from 'constructs';
import { routerInterface, routerInterfaceConnection } from './generated';
import { checkBlocks, checkPeerBlocksApart, checkRouteCoveredByPeer } from './hybrid-rules';
import { HybridRoute, regionOf } from './hybrid-route';
import type { INetwork } from './network-registry';

/** The registry kind peerings register under (in both networks). */
export const VPC_PEERING_PART = 'VpcPeering';

export interface VpcPeeringProps {
  /** VPC1: its interface initiates the connection. */
  readonly initiator: INetwork;
  /** VPC2: its interface accepts. */
  readonly acceptor: INetwork;
  /**
   * The bandwidth of the connection (the initiator's specification): Mini.2 … Xlarge.1.
   * @default "Large.2"
   */
  readonly specification?: string;
  /**
   * Blocks of the acceptor routed from the initiator through RI1.
   * @default [the acceptor's VPC block]
   */
  readonly initiatorRoutes?: string[];
  /**
   * Blocks of the initiator routed from the acceptor through RI2.
   * @default [the initiator's VPC block]
   */
  readonly acceptorRoutes?: string[];
  /** The initiator's region. @default its network's provider region, else the stack's, else cn-hangzhou */
  readonly initiatorRegion?: string;
  /** The acceptor's region. @default as initiatorRegion, for the acceptor's network */
  readonly acceptorRegion?: string;
  /** Emit the interface IDs as outputs. @default true */
  readonly outputs?: boolean;
}

export class VpcPeering extends Construct {
  /** RI1, on the initiator's VRouter. */
  public readonly initiatorInterface: routerInterface.RouterInterface;
  /** RI2, on the acceptor's VRouter. */
  public readonly acceptorInterface: routerInterface.RouterInterface;
  /** The initiator's connection (it connects the pair). */
  public readonly connection: routerInterfaceConnection.RouterInterfaceConnection;
  public readonly initiatorRouteEntries: readonly HybridRoute[];
  public readonly acceptorRouteEntries: readonly HybridRoute[];

  constructor(scope: Construct, id: string, props: VpcPeeringProps) {
    super(scope, id);
    const { initiator, acceptor } = props;
    if (initiator === acceptor) {
      throw new Error(`${this.node.path}: initiator and acceptor are the same network (${initiator.node.path}): router interfaces join two different VPCs. Fix: pass the second VPC's network as acceptor.`);
    }
    const initiatorRegion = props.initiatorRegion ?? regionOf(this, initiator);
    const acceptorRegion = props.acceptorRegion ?? regionOf(this, acceptor);
    this.initiatorInterface = new routerInterface.RouterInterface(this, 'InitiatorInterface', {
      routerId: initiator.routerId,
      routerType: 'VRouter',
      role: 'InitiatingSide',
      oppositeRegion: acceptorRegion,
      specification: props.specification ?? 'Large.2',
      name: `${id}-initiator`,
      provider: initiator.provider,
    });
    this.acceptorInterface = new routerInterface.RouterInterface(this, 'AcceptorInterface', {
      routerId: acceptor.routerId,
      routerType: 'VRouter',
      role: 'AcceptingSide',
      oppositeRegion: initiatorRegion,
      name: `${id}-acceptor`,
      provider: acceptor.provider,
    });
    // The real provider's documented order: the acceptor names its opposite first, then the
    // initiator's connection (which depends on it) connects the pair.
    const accepting = new routerInterfaceConnection.RouterInterfaceConnection(this, 'AcceptorConnection', {
      interfaceId: this.acceptorInterface.id,
      oppositeInterfaceId: this.initiatorInterface.id,
      oppositeRouterId: initiator.routerId,
      oppositeRouterType: 'VRouter',
      provider: acceptor.provider,
    });
    this.connection = new routerInterfaceConnection.RouterInterfaceConnection(this, 'InitiatorConnection', {
      interfaceId: this.initiatorInterface.id,
      oppositeInterfaceId: this.acceptorInterface.id,
      oppositeRouterId: acceptor.routerId,
      oppositeRouterType: 'VRouter',
      dependsOn: [accepting],
      provider: initiator.provider,
    });
    const toAcceptor = props.initiatorRoutes ?? [acceptor.cidrBlock];
    const toInitiator = props.acceptorRoutes ?? [initiator.cidrBlock];
    this.initiatorRouteEntries = toAcceptor.map(
      (d, i) => new HybridRoute(this, `InitiatorRoute${i + 1}`, { network: initiator, destination: d, nextHopType: 'RouterInterface', nextHopId: this.initiatorInterface.id, dependsOn: [this.connection] }),
    );
    this.acceptorRouteEntries = toInitiator.map(
      (d, i) => new HybridRoute(this, `AcceptorRoute${i + 1}`, { network: acceptor, destination: d, nextHopType: 'RouterInterface', nextHopId: this.acceptorInterface.id, dependsOn: [this.connection] }),
    );
    initiator.registry.registerPart(VPC_PEERING_PART, this);
    acceptor.registry.registerPart(VPC_PEERING_PART, this);

    this.node.addValidation({
      validate: () => {
        const out: string[] = [];
        const owner = `VpcPeering "${id}"`;
        const a = { name: `initiator ${initiator.node.path}`, cidr: initiator.cidrBlock };
        const b = { name: `acceptor ${acceptor.node.path}`, cidr: acceptor.cidrBlock };
        if (!Token.isUnresolved(a.cidr) && !Token.isUnresolved(b.cidr)) out.push(...checkPeerBlocksApart(owner, a, b));
        for (const [routes, peer, what] of [
          [toAcceptor, b, 'initiatorRoutes'],
          [toInitiator, a, 'acceptorRoutes'],
        ] as const) {
          const known = routes.filter((r) => !Token.isUnresolved(r));
          if (props[what] !== undefined) out.push(...checkBlocks(`${owner} ${what}`, known));
          if (Token.isUnresolved(peer.cidr)) continue;
          for (const r of known) out.push(...checkRouteCoveredByPeer(`${owner} ${what}`, r, { name: peer.name, cidrs: [peer.cidr] }));
        }
        return out;
      },
    });
    if (props.outputs ?? true) {
      new TerraformOutput(this, 'InitiatorInterfaceId', { value: this.initiatorInterface.id, description: `RI1: the router interface of ${initiator.node.path}` });
      new TerraformOutput(this, 'AcceptorInterfaceId', { value: this.acceptorInterface.id, description: `RI2: the router interface of ${acceptor.node.path}` });
    }
  }
}
