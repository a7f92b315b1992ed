/** What the NAT gateway family stores. */
import { currentStatus, type Lifecycle } from '../../domain/lifecycle';
import type { Tags } from '../../domain/tags';
import type { Row } from '../../store/state-backend';

export const NAT_GATEWAYS = 'natGateways';

export interface NatGatewayRecord extends Row {
  /** NatGatewayId (`ngw-…`). */
  id: string;
  vpcId: string;
  /** The VSwitch an Enhanced gateway sits in, and the private address it takes there. */
  vswitchId: string;
  zoneId: string;
  privateIpAddress: string;
  /** The gateway's network interface (`eni-…`), shown in NatGatewayPrivateInfo. */
  eniId: string;
  name: string;
  description: string;
  natType: 'Enhanced';
  /**
   * internet: an Internet NAT gateway (public addresses are EIPs and bandwidth-package addresses);
   * intranet: a VPC NAT gateway, whose addresses are NAT IPs (mock-server/vpc/nat-ip).
   */
  networkType: 'internet' | 'intranet';
  /**
   * A VPC NAT gateway's default NAT IP CIDR block (its VSwitch's block) and default NAT IP (its own
   * private address), made with it and gone with it: their IDs are kept here, the rest is derived.
   */
  defaultNatIpId?: string;
  defaultNatIpCidrId?: string;
  spec: string;
  internetChargeType: string;
  eipBindMode: string;
  icmpReplyEnabled: boolean;
  deletionProtection: boolean;
  /**
   * PrivateLinkEnabled and AccessMode (ModeValue route/tunnel, TunnelType geneve) as asked for at
   * creation: recorded and shown; the sandbox simulates no PrivateLink endpoint behind them.
   */
  privateLinkEnabled?: boolean;
  accessMode?: { modeValue: string; tunnelType: string };
  /**
   * CrossAZ (the API's default) or SingleAZ, as asked for at creation: recorded and shown; the
   * sandbox has no zone outage for it to matter. Optional: gateways stored before it default to CrossAZ.
   */
  availabilityMode?: string;
  resourceGroupId: string;
  /** Each gateway has exactly one SNAT table (`stb-…`) and one DNAT table (`ftb-…`). */
  snatTableId: string;
  forwardTableId: string;
  createdAt: number;
  /** Creating → Available. */
  lifecycle: Lifecycle;
  tags: Tags;
}

export function natGatewayStatus(nat: NatGatewayRecord, now: number): string {
  return currentStatus(nat.lifecycle, now);
}
