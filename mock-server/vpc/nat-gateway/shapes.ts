/** How NAT gateways appear in DescribeNatGateways. */
import { ecsTagsShape } from '../../actions/tags';
import { isoTime } from '../../domain/ids';
import type { Transaction } from '../../store/store';
import { FORWARD_ENTRIES, type ForwardEntryRecord } from '../dnat/records';
import { SNAT_ENTRIES, type SnatEntryRecord } from '../snat/records';
import { isVpcNatGateway, natIpsOfGateway } from '../nat-ip/records';
import { publicIpsOf } from './public-ips';
import { natGatewayStatus, type NatGatewayRecord } from './records';

/** IpLists: every address of the gateway (public ones, or a VPC NAT gateway's NAT IPs), and what uses it. */
function ipLists(tx: Transaction, nat: NatGatewayRecord) {
  const snatIps = new Set(tx.table<SnatEntryRecord>(SNAT_ENTRIES).filter((s) => s.natGatewayId === nat.id).flatMap((s) => s.snatIps));
  const dnatIps = new Set(tx.table<ForwardEntryRecord>(FORWARD_ENTRIES).filter((f) => f.natGatewayId === nat.id).map((f) => f.externalIp));
  // A VPC NAT gateway's addresses are its NAT IPs (AllocationId: the NAT IP's ID).
  const addresses = isVpcNatGateway(nat)
    ? natIpsOfGateway(tx, nat).map((n) => ({ ipAddress: n.natIp, allocationId: n.id }))
    : publicIpsOf(tx, nat.id);
  return addresses.map((p) => ({
    IpAddress: p.ipAddress,
    AllocationId: p.allocationId,
    PrivateIpAddress: '',
    UsingStatus: snatIps.has(p.ipAddress) ? 'UsedBySnatTable' : dnatIps.has(p.ipAddress) ? 'UsedByForwardTable' : 'Idle',
    // The legacy exclusivity rule: an address in DNAT use is not offered to SNAT.
    SnatEntryEnabled: !dnatIps.has(p.ipAddress),
  }));
}

export function natGatewayShape(tx: Transaction, nat: NatGatewayRecord) {
  return {
    NatGatewayId: nat.id,
    Name: nat.name,
    Description: nat.description,
    VpcId: nat.vpcId,
    RegionId: tx.region,
    Status: natGatewayStatus(nat, tx.now),
    BusinessStatus: 'Normal',
    NatType: nat.natType,
    NetworkType: nat.networkType,
    Spec: nat.spec,
    InternetChargeType: nat.internetChargeType,
    InstanceChargeType: 'PostPaid',
    CreationTime: isoTime(nat.createdAt),
    ExpiredTime: '',
    AutoPay: false,
    DeletionProtection: nat.deletionProtection,
    EipBindMode: nat.eipBindMode,
    IcmpReplyEnabled: nat.icmpReplyEnabled,
    PrivateLinkEnabled: nat.privateLinkEnabled ?? false,
    PrivateLinkMode: '',
    AvailabilityMode: nat.availabilityMode ?? 'CrossAZ',
    EcsMetricEnabled: false,
    SecurityProtectionEnabled: false,
    EnableSessionLog: 'false',
    ResourceGroupId: nat.resourceGroupId,
    SnatTableIds: { SnatTableId: [nat.snatTableId] },
    ForwardTableIds: { ForwardTableId: [nat.forwardTableId] },
    FullNatTableIds: { FullNatTableId: [] as string[] },
    IpLists: { IpList: ipLists(tx, nat) },
    NatGatewayPrivateInfo: {
      VswitchId: nat.vswitchId,
      EniInstanceId: nat.eniId,
      PrivateIpAddress: nat.privateIpAddress,
      IzNo: nat.zoneId,
      EniType: 'indirect',
      MaxBandwidth: 5120,
      MaxSessionEstablishRate: 100000,
      MaxSessionQuota: 2000000,
    },
    AccessMode: { ModeValue: nat.accessMode?.modeValue ?? '', TunnelType: nat.accessMode?.tunnelType ?? '' },
    // NAT gateways list their tags as TagKey/TagValue (unlike most VPC resources).
    Tags: ecsTagsShape(nat.tags),
  };
}
