/**
 * `LeasedLineToIdc`: the guide's "Interconnection between VPC and on-premises IDC" over Express
 * Connect. Per leased line: the physical connection (enabled), a VBR on it, a router interface on
 * the VBR (it initiates: RI3's partner in the guide's figure) and one on the VPC's VRouter (it
 * accepts), connected; then the routes on both sides:
 *
 *   VPC table:  IDC blocks → the VPC's interface (the guide's RI1)
 *   VBR table:  IDC blocks → the leased line (the VBR's VLAN interface, the guide's RI3)
 *               VPC blocks → the VBR's interface towards the VPC (the guide's RI2)
 *
 * The IDC's own route (to the leased line) is the IDC's business and is not modelled.
 *
 * With two or more lines and `ecmp: true`, the VPC routes each IDC block over every line's
 * interface (one route entry per interface, the same destination), the guide's ECMP-Routing.
 *
 * Checked at synth time: the IDC and VPC blocks do not overlap; the VBR's routes to the VPC lie
 * inside the VPC block; an ECMP route has at least two interfaces peered with VBRs; the VPC routes
 * follow the table rules (HybridRoute); VLAN ids are in range (each line has its own
 * VBR, so VLANs cannot clash).
 */
import { TerraformOutput, Token } from 'cdktf';
import { Construct } from 'constructs';
import {
  dataAlicloudExpressConnectVirtualBorderRouters,
  expressConnectPhysicalConnection,
  expressConnectVirtualBorderRouter,
  routeEntry,
  routerInterface,
  routerInterfaceConnection,
} from './generated';
import { checkBlocks, checkEcmpHops, checkRouteCoveredByPeer, checkSubnetsApart } from './hybrid-rules';
import { HybridRoute, regionOf } from './hybrid-route';
import type { INetwork } from './network-registry';
import { problem } from './validation';

/** One leased line and its VBR. */
export interface LeasedLineOptions {
  /**
   * Where the line meets the cloud (DescribeAccessPoints lists them).
   * @default "ap-<region>-sandbox-a", the sandbox's first access point of the region
   */
  readonly accessPointId?: string;
  /** CT, CU, CM, CO, Equinix or Other. @default "CT" */
  readonly lineOperator?: string;
  /** @default "1000Base-LX" */
  readonly portType?: string;
  /** The VBR's VLAN, 0 to 2999, unique per line. @default 0 */
  readonly vlanId?: number;
  /** The VBR's address on the line. @default "10.0.0.1" */
  readonly localGatewayIp?: string;
  /** The IDC router's address on the line. @default "10.0.0.2" */
  readonly peerGatewayIp?: string;
  /** @default "255.255.255.252" */
  readonly peeringSubnetMask?: string;
  /** The bandwidth between the VBR and the VPC (the VBR interface's specification). @default "Large.1" */
  readonly specification?: string;
}

export interface LeasedLineToIdcProps {
  readonly network: INetwork;
  /** The IDC's blocks, e.g. ["192.168.0.0/16"]. */
  readonly idcCidrs: string[];
  /** The VPC blocks the VBR routes to the VPC. @default [the VPC block] */
  readonly vpcCidrs?: string[];
  /** The leased lines, one VBR each. @default one line with the defaults */
  readonly lines?: LeasedLineOptions[];
  /**
   * Route the IDC blocks over every line at once (ECMP); needs two or more lines. Without it the
   * VPC routes over the first line only.
   * @default false
   */
  readonly ecmp?: boolean;
  /** Emit the lines', VBRs' and interfaces' IDs as outputs. @default true */
  readonly outputs?: boolean;
}

/** What one line is made of. */
export interface LeasedLine {
  readonly physicalConnection: expressConnectPhysicalConnection.ExpressConnectPhysicalConnection;
  readonly vbr: expressConnectVirtualBorderRouter.ExpressConnectVirtualBorderRouter;
  /** The VBR's interface towards the VPC (initiator). */
  readonly vbrInterface: routerInterface.RouterInterface;
  /** The VPC's interface towards the VBR (acceptor; the VPC routes' next hop). */
  readonly vpcInterface: routerInterface.RouterInterface;
  readonly connection: routerInterfaceConnection.RouterInterfaceConnection;
  /** The VBR's leased-line (VLAN) interface: the next hop of the VBR's IDC routes. */
  readonly vlanInterfaceId: string;
  readonly vbrRoutes: readonly routeEntry.RouteEntry[];
}

export class LeasedLineToIdc extends Construct {
  public readonly network: INetwork;
  public readonly lines: readonly LeasedLine[];
  public readonly vpcRoutes: readonly HybridRoute[];

  constructor(scope: Construct, id: string, props: LeasedLineToIdcProps) {
    const network = props.network;
    if (scope === network) network.registry.checkChildId(id, 'LeasedLineToIdc');
    super(scope, id);
    this.network = network;
    const region = regionOf(this, network);
    const vpcCidrs = props.vpcCidrs ?? [network.cidrBlock];
    const lineOptions = props.lines && props.lines.length ? props.lines : [{}];
    const p = network.provider;

    this.lines = lineOptions.map((o, i): LeasedLine => {
      const n = i + 1;
      const pc = new expressConnectPhysicalConnection.ExpressConnectPhysicalConnection(this, `Line${n}`, {
        accessPointId: o.accessPointId ?? `ap-${region}-sandbox-a`,
        lineOperator: o.lineOperator ?? 'CT',
        portType: o.portType ?? '1000Base-LX',
        physicalConnectionName: `${id}-line${n}`,
        status: 'Enabled',
        provider: p,
      });
      const vbr = new expressConnectVirtualBorderRouter.ExpressConnectVirtualBorderRouter(this, `Vbr${n}`, {
        physicalConnectionId: pc.id,
        vlanId: o.vlanId ?? 0,
        localGatewayIp: o.localGatewayIp ?? '10.0.0.1',
        peerGatewayIp: o.peerGatewayIp ?? '10.0.0.2',
        peeringSubnetMask: o.peeringSubnetMask ?? '255.255.255.252',
        virtualBorderRouterName: `${id}-vbr${n}`,
        provider: p,
      });
      const vbrInterface = new routerInterface.RouterInterface(this, `Vbr${n}Interface`, {
        routerId: vbr.id,
        routerType: 'VBR',
        role: 'InitiatingSide',
        oppositeRegion: region,
        specification: o.specification ?? 'Large.1',
        name: `${id}-vbr${n}-to-vpc`,
        provider: p,
      });
      const vpcInterface = new routerInterface.RouterInterface(this, `Vpc${n}Interface`, {
        routerId: network.routerId,
        routerType: 'VRouter',
        role: 'AcceptingSide',
        oppositeRegion: region,
        name: `${id}-vpc-to-vbr${n}`,
        provider: p,
      });
      const accepting = new routerInterfaceConnection.RouterInterfaceConnection(this, `Vpc${n}Connection`, {
        interfaceId: vpcInterface.id,
        oppositeInterfaceId: vbrInterface.id,
        oppositeRouterId: vbr.id,
        oppositeRouterType: 'VBR',
        provider: p,
      });
      const connection = new routerInterfaceConnection.RouterInterfaceConnection(this, `Vbr${n}Connection`, {
        interfaceId: vbrInterface.id,
        oppositeInterfaceId: vpcInterface.id,
        oppositeRouterId: network.routerId,
        oppositeRouterType: 'VRouter',
        dependsOn: [accepting],
        provider: p,
      });
      // The VBR resource does not export its VLAN interface; the data source does (as in the real provider).
      const lookup = new dataAlicloudExpressConnectVirtualBorderRouters.DataAlicloudExpressConnectVirtualBorderRouters(this, `Vbr${n}Lookup`, { ids: [vbr.id], provider: p });
      const vlanInterfaceId = lookup.routers.get(0).vlanInterfaceId;
      const vbrRoutes = [
        ...props.idcCidrs.map((d, j) => new routeEntry.RouteEntry(this, `Vbr${n}ToIdc${j + 1}`, { routeTableId: vbr.routeTableId, destinationCidrblock: d, nexthopType: 'RouterInterface', nexthopId: vlanInterfaceId, name: `${id}-vbr${n}-to-idc${j + 1}`, provider: p })),
        ...vpcCidrs.map((d, j) => new routeEntry.RouteEntry(this, `Vbr${n}ToVpc${j + 1}`, { routeTableId: vbr.routeTableId, destinationCidrblock: d, nexthopType: 'RouterInterface', nexthopId: vbrInterface.id, name: `${id}-vbr${n}-to-vpc${j + 1}`, dependsOn: [connection], provider: p })),
      ];
      return { physicalConnection: pc, vbr, vbrInterface, vpcInterface, connection, vlanInterfaceId, vbrRoutes };
    });

    const ecmp = props.ecmp ?? false;
    const hops = ecmp ? this.lines : this.lines.slice(0, 1);
    this.vpcRoutes = props.idcCidrs.flatMap((d, j) =>
      hops.map(
        (line, k) =>
          new HybridRoute(this, `VpcToIdc${j + 1}${ecmp ? `Via${k + 1}` : ''}`, {
            network,
            destination: d,
            nextHopType: 'RouterInterface',
            nextHopId: line.vpcInterface.id,
            ecmpGroup: ecmp ? `${this.node.path}/${d}` : undefined,
            dependsOn: [line.connection],
          }),
      ),
    );

    this.node.addValidation({
      validate: () => {
        const owner = `LeasedLineToIdc "${id}"`;
        const out: string[] = [];
        const idc = props.idcCidrs.filter((x) => !Token.isUnresolved(x));
        if (props.idcCidrs.length === 0 || idc.length) out.push(...checkBlocks(`${owner} idcCidrs`, idc));
        const vpcKnown = vpcCidrs.filter((x) => !Token.isUnresolved(x));
        out.push(...checkSubnetsApart(owner, vpcKnown, idc).map((m) => m.replace('local and remote subnets of a VPN connection', 'VPC and IDC blocks joined by a leased line').replace('local subnet', 'VPC block')));
        if (!Token.isUnresolved(network.cidrBlock)) {
          for (const d of vpcKnown) out.push(...checkRouteCoveredByPeer(`${owner} VBR route to the VPC`, d, { name: `VPC ${network.node.path}`, cidrs: [network.cidrBlock] }));
        }
        if (ecmp) for (const d of idc) out.push(...checkEcmpHops(owner, d, this.lines.map((_, k) => ({ name: `Vpc${k + 1}Interface`, peerRouterType: 'VBR' as const }))));
        lineOptions.forEach((o, k) => {
          if (o.vlanId !== undefined && (o.vlanId < 0 || o.vlanId > 2999 || !Number.isInteger(o.vlanId))) {
            out.push(problem(`${owner} line ${k + 1} vlanId`, String(o.vlanId), 'is out of range: a VLAN id is a whole number from 0 to 2999', 'pick a VLAN id from 0 to 2999'));
          }
        });
        return out;
      },
    });
    if (props.outputs ?? true) {
      this.lines.forEach((l, i) => {
        new TerraformOutput(this, `Line${i + 1}Id`, { value: l.physicalConnection.id });
        new TerraformOutput(this, `Vbr${i + 1}Id`, { value: l.vbr.id });
        new TerraformOutput(this, `Vbr${i + 1}RouteTableId`, { value: l.vbr.routeTableId });
        new TerraformOutput(this, `Vbr${i + 1}InterfaceId`, { value: l.vbrInterface.id, description: 'RI2: the VBR\'s interface towards the VPC' });
        new TerraformOutput(this, `Vpc${i + 1}InterfaceId`, { value: l.vpcInterface.id, description: 'RI1: the VPC\'s interface towards the VBR' });
        new TerraformOutput(this, `Vbr${i + 1}VlanInterfaceId`, { value: l.vlanInterfaceId, description: 'RI3: the VBR\'s leased-line interface' });
      });
    }
  }
}
