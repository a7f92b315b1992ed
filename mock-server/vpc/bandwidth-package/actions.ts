/**
 * The guide's NAT shared bandwidth packages: CreateBandwidthPackage, DescribeBandwidthPackages,
 * DeleteBandwidthPackage (legacy actions of the 2016-04-28 API; today's typed SDKs no longer
 * carry them, pop-core and other RPC clients still call them).
 */
import { pageByNumber } from '../../actions/paging';
import { DESCRIPTION, ID, NAME, PAGE, VPC_CLIENT_TOKEN } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { isoTime } from '../../domain/ids';
import type { Transaction } from '../../store/store';
import { boolean, integer, required, string } from '../../wire/params';
import { FORWARD_ENTRIES, type ForwardEntryRecord } from '../dnat/records';
import { SNAT_ENTRIES, type SnatEntryRecord } from '../snat/records';
import { BANDWIDTH_RANGE, IP_COUNT_RANGE, createPackage, deletePackage, packageStatus, packages } from './domain';
import type { BandwidthPackageRecord } from './records';

function packageShape(tx: Transaction, p: BandwidthPackageRecord) {
  const snat = new Set(tx.table<SnatEntryRecord>(SNAT_ENTRIES).filter((s) => s.natGatewayId === p.natGatewayId).flatMap((s) => s.snatIps));
  const dnat = new Set(tx.table<ForwardEntryRecord>(FORWARD_ENTRIES).filter((f) => f.natGatewayId === p.natGatewayId).map((f) => f.externalIp));
  return {
    BandwidthPackageId: p.id,
    NatGatewayId: p.natGatewayId,
    RegionId: tx.region,
    ZoneId: p.zoneId,
    Name: p.name,
    Description: p.description,
    Bandwidth: String(p.bandwidth),
    IpCount: String(p.addresses.length),
    ISP: p.isp,
    InstanceChargeType: 'PostPaid',
    InternetChargeType: p.internetChargeType,
    BusinessStatus: 'Normal',
    Status: packageStatus(p, tx.now),
    CreationTime: isoTime(p.createdAt),
    // (sic) "PublicIpAddresse": the real response's spelling.
    PublicIpAddresses: {
      PublicIpAddresse: p.addresses.map((a) => ({
        AllocationId: a.allocationId,
        IpAddress: a.ipAddress,
        UsingStatus: snat.has(a.ipAddress) || dnat.has(a.ipAddress) ? 'Used' : 'Available',
        ApAccessEnabled: false,
      })),
    },
  };
}

const createBandwidthPackageAction = defineAction({
  name: 'CreateBandwidthPackage',
  products: ['vpc'],
  params: {
    NatGatewayId: required(ID),
    IpCount: required(integer({ min: IP_COUNT_RANGE[0], max: IP_COUNT_RANGE[1] })),
    Bandwidth: required(integer({ min: BANDWIDTH_RANGE[0], max: BANDWIDTH_RANGE[1] })),
    Name: NAME,
    Description: DESCRIPTION,
    ISP: string({ enum: ['BGP', 'BGP_PRO'] }),
    Zone: ID,
    InternetChargeType: string({ enum: ['PayByBandwidth', 'PayByTraffic'] }),
    ClientToken: VPC_CLIENT_TOKEN,
  },
  async handle(ctx, p) {
    return ctx.transact((tx) => {
      const pkg = createPackage(tx, ctx.config, {
        natGatewayId: p.NatGatewayId,
        ipCount: p.IpCount,
        bandwidth: p.Bandwidth,
        name: p.Name,
        description: p.Description,
        isp: p.ISP,
        internetChargeType: p.InternetChargeType,
        zone: p.Zone,
      });
      return { BandwidthPackageId: pkg.id };
    });
  },
});

const describeBandwidthPackagesAction = defineAction({
  name: 'DescribeBandwidthPackages',
  products: ['vpc'],
  params: { BandwidthPackageId: ID, NatGatewayId: ID, ...PAGE },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const rows = packages(tx).filter((x) => (!p.BandwidthPackageId || x.id === p.BandwidthPackageId) && (!p.NatGatewayId || x.natGatewayId === p.NatGatewayId));
      const pg = pageByNumber(rows, p.PageNumber, p.PageSize);
      return { TotalCount: pg.TotalCount, PageNumber: pg.PageNumber, PageSize: pg.PageSize, BandwidthPackages: { BandwidthPackage: pg.items.map((x) => packageShape(tx, x)) } };
    });
  },
});

const deleteBandwidthPackageAction = defineAction({
  name: 'DeleteBandwidthPackage',
  products: ['vpc'],
  params: { BandwidthPackageId: required(ID), Force: boolean() },
  async handle(ctx, p) {
    await ctx.transact((tx) => deletePackage(tx, p.BandwidthPackageId, !!p.Force));
    return {};
  },
});

export const bandwidthPackageActions = [createBandwidthPackageAction, describeBandwidthPackagesAction, deleteBandwidthPackageAction];
