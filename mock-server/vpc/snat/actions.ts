/** SNAT actions: CreateSnatEntry, DescribeSnatTableEntries, ModifySnatEntry, DeleteSnatEntry. */
import { pageByNumber } from '../../actions/paging';
import { DRY_RUN, ID, NAME, PAGE, VPC_CLIENT_TOKEN, dryRunPassed, notSimulated } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import type { Transaction } from '../../store/store';
import { integer, list, required, string } from '../../wire/params';
import { natGateways } from '../nat-gateway/domain';
import { createSnatEntry, deleteSnatEntry, getSnatTable, modifySnatEntry, snatEntries, snatEntryStatus, sourceBlockOf } from './domain';
import type { SnatEntryRecord } from './records';

const SNAT_IP = string({ maxLength: 2048 });
const EIP_AFFINITY = integer({ min: 0, max: 1 });

function snatEntryShape(tx: Transaction, e: SnatEntryRecord) {
  return {
    SnatEntryId: e.id,
    SnatTableId: e.snatTableId,
    NatGatewayId: e.natGatewayId,
    SnatIp: e.snatIps.join(','),
    // A VSwitch entry shows the VSwitch's block as its SourceCIDR, as the console does.
    SourceCIDR: sourceBlockOf(tx, e),
    SourceVSwitchId: e.sourceVSwitchId,
    SnatEntryName: e.name,
    Status: snatEntryStatus(e, tx.now),
    EipAffinity: String(e.eipAffinity),
    NetworkInterfaceId: '',
  };
}

const createSnatEntryAction = defineAction({
  name: 'CreateSnatEntry',
  products: ['vpc'],
  params: {
    SnatTableId: required(ID),
    SnatIp: SNAT_IP,
    SourceVSwitchId: ID,
    SourceCIDR: string({ maxLength: 64 }),
    SnatEntryName: NAME,
    EipAffinity: EIP_AFFINITY,
    NetworkInterfaceId: ID,
    ClientToken: VPC_CLIENT_TOKEN,
    DryRun: DRY_RUN,
  },
  async handle(ctx, p) {
    notSimulated('NetworkInterfaceId', p.NetworkInterfaceId, 'SNAT for a network interface');
    return ctx.transact((tx) => {
      const e = createSnatEntry(tx, ctx.config, {
        snatTableId: p.SnatTableId,
        snatIp: p.SnatIp ?? '',
        sourceVSwitchId: p.SourceVSwitchId,
        sourceCidr: p.SourceCIDR,
        name: p.SnatEntryName,
        eipAffinity: p.EipAffinity,
      });
      if (p.DryRun) dryRunPassed();
      return { SnatEntryId: e.id };
    });
  },
});

const describeSnatTableEntriesAction = defineAction({
  name: 'DescribeSnatTableEntries',
  products: ['vpc'],
  params: {
    SnatTableId: ID,
    SnatEntryId: ID,
    NatGatewayId: ID,
    SnatIp: string({ maxLength: 64 }),
    SourceCIDR: string({ maxLength: 64 }),
    SourceVSwitchId: ID,
    SnatEntryName: NAME,
    NetworkInterfaceIds: list(ID, { maxItems: 20 }),
    ...PAGE,
  },
  handle(ctx, p) {
    return ctx.read((tx) => {
      if (p.SnatTableId) getSnatTable(tx, p.SnatTableId);
      const tables = p.NatGatewayId ? new Set(natGateways(tx).filter((n) => n.id === p.NatGatewayId).map((n) => n.snatTableId)) : undefined;
      const rows = snatEntries(tx).filter(
        (e) =>
          (!p.SnatTableId || e.snatTableId === p.SnatTableId) &&
          (!tables || tables.has(e.snatTableId)) &&
          (!p.SnatEntryId || e.id === p.SnatEntryId) &&
          (!p.SnatIp || e.snatIps.includes(p.SnatIp)) &&
          (!p.SourceCIDR || sourceBlockOf(tx, e) === p.SourceCIDR) &&
          (!p.SourceVSwitchId || e.sourceVSwitchId === p.SourceVSwitchId) &&
          (p.SnatEntryName === undefined || e.name === p.SnatEntryName) &&
          (p.NetworkInterfaceIds ?? []).length === 0,
      );
      const pg = pageByNumber(rows, p.PageNumber, p.PageSize);
      return { TotalCount: pg.TotalCount, PageNumber: pg.PageNumber, PageSize: pg.PageSize, SnatTableEntries: { SnatTableEntry: pg.items.map((e) => snatEntryShape(tx, e)) } };
    });
  },
});

const modifySnatEntryAction = defineAction({
  name: 'ModifySnatEntry',
  products: ['vpc'],
  params: {
    SnatTableId: required(ID),
    SnatEntryId: required(ID),
    SnatIp: SNAT_IP,
    SnatEntryName: NAME,
    EipAffinity: EIP_AFFINITY,
    NetworkInterfaceId: ID,
    ClientToken: VPC_CLIENT_TOKEN,
    DryRun: DRY_RUN,
  },
  async handle(ctx, p) {
    notSimulated('NetworkInterfaceId', p.NetworkInterfaceId, 'SNAT for a network interface');
    await ctx.transact((tx) => {
      modifySnatEntry(tx, { snatTableId: p.SnatTableId, snatEntryId: p.SnatEntryId, snatIp: p.SnatIp, name: p.SnatEntryName, eipAffinity: p.EipAffinity });
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

const deleteSnatEntryAction = defineAction({
  name: 'DeleteSnatEntry',
  products: ['vpc'],
  params: { SnatTableId: required(ID), SnatEntryId: required(ID), ClientToken: VPC_CLIENT_TOKEN },
  async handle(ctx, p) {
    await ctx.transact((tx) => deleteSnatEntry(tx, p.SnatTableId, p.SnatEntryId));
    return {};
  },
});

export const snatActions = [createSnatEntryAction, describeSnatTableEntriesAction, modifySnatEntryAction, deleteSnatEntryAction];
