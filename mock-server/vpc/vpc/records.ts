/** What the VPC family stores. Rows are immutable once stored: change one by putting a new object. */
import type { Lifecycle } from '../../domain/lifecycle';
import type { Tags } from '../../domain/tags';
import type { Row } from '../../store/state-backend';

export const VPCS = 'vpcs';

export interface VpcRecord extends Row {
  id: string;
  name: string;
  description: string;
  cidrBlock: string;
  userCidrs: string[];
  isDefault: boolean;
  vrouterId: string;
  /** The system route table created with the VPC. */
  routeTableId: string;
  resourceGroupId: string;
  createdAt: number;
  lifecycle: Lifecycle;
  tags: Tags;
  /** EnableDnsHostname as DescribeVpcs reports it (absent on older rows: DISABLED). */
  dnsHostnameStatus?: 'ENABLED' | 'DISABLED';
  /** The VPC's IPv6 /56 when IPv6 is enabled (absent or '' otherwise; see network-rules/ipv6.ts). */
  ipv6CidrBlock?: string;
  /** The ISP line of the IPv6 block (BGP unless a single-ISP line was asked for). */
  ipv6Isp?: string;
  /** Secondary IPv4 blocks added with AssociateVpcCidrBlock, in the order they were added. */
  secondaryCidrBlocks?: string[];
}

/** Every IPv4 block of the VPC: the primary one first, then the secondary ones. */
export function vpcIpv4Blocks(vpc: VpcRecord): string[] {
  return [vpc.cidrBlock, ...(vpc.secondaryCidrBlocks ?? [])];
}
