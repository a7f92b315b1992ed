/** DNAT actions: CreateForwardEntry, DescribeForwardTableEntries, ModifyForwardEntry, DeleteForwardEntry. */
import { pageByNumber } from '../../actions/paging';
import { DRY_RUN, ID, NAME, PAGE, VPC_CLIENT_TOKEN, dryRunPassed } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import type { Transaction } from '../../store/store';
import { boolean, required, string } from '../../wire/params';
import { natGateways } from '../nat-gateway/domain';
import { createForwardEntry, deleteForwardEntry, forwardEntries, forwardEntryStatus, getForwardTable, modifyForwardEntry } from './domain';
import type { ForwardEntryRecord } from './records';

const IP = string({ maxLength: 64 });
const PORT = string({ maxLength: 16 });
const PROTOCOL = string({ maxLength: 16 });

function forwardEntryShape(tx: Transaction, e: ForwardEntryRecord) {
  return {
    ForwardEntryId: e.id,
    ForwardTableId: e.forwardTableId,
    NatGatewayId: e.natGatewayId,
    ExternalIp: e.externalIp,
    ExternalPort: e.externalPort,
    InternalIp: e.internalIp,
    InternalPort: e.internalPort,
    IpProtocol: e.ipProtocol,
    ForwardEntryName: e.name,
    Status: forwardEntryStatus(e, tx.now),
  };
}

const createForwardEntryAction = defineAction({
  name: 'CreateForwardEntry',
  products: ['vpc'],
  params: {
    ForwardTableId: required(ID),
    ExternalIp: required(IP),
    ExternalPort: required(PORT),
    IpProtocol: required(PROTOCOL),
    InternalIp: required(IP),
    InternalPort: required(PORT),
    ForwardEntryName: NAME,
    PortBreak: boolean(),
    ClientToken: VPC_CLIENT_TOKEN,
    DryRun: DRY_RUN,
  },
  async handle(ctx, p) {
    return ctx.transact((tx) => {
      const e = createForwardEntry(tx, ctx.config, p.ForwardTableId, {
        externalIp: p.ExternalIp,
        externalPort: p.ExternalPort,
        ipProtocol: p.IpProtocol,
        internalIp: p.InternalIp,
        internalPort: p.InternalPort,
        name: p.ForwardEntryName,
        portBreak: p.PortBreak,
      });
      if (p.DryRun) dryRunPassed();
      return { ForwardEntryId: e.id };
    });
  },
});

const describeForwardTableEntriesAction = defineAction({
  name: 'DescribeForwardTableEntries',
  products: ['vpc'],
  params: {
    ForwardTableId: ID,
    ForwardEntryId: ID,
    NatGatewayId: ID,
    ExternalIp: IP,
    ExternalPort: PORT,
    InternalIp: IP,
    InternalPort: PORT,
    IpProtocol: PROTOCOL,
    ForwardEntryName: NAME,
    ...PAGE,
  },
  handle(ctx, p) {
    return ctx.read((tx) => {
      if (p.ForwardTableId) getForwardTable(tx, p.ForwardTableId);
      const tables = p.NatGatewayId ? new Set(natGateways(tx).filter((n) => n.id === p.NatGatewayId).map((n) => n.forwardTableId)) : undefined;
      const rows = forwardEntries(tx).filter(
        (e) =>
          (!p.ForwardTableId || e.forwardTableId === p.ForwardTableId) &&
          (!tables || tables.has(e.forwardTableId)) &&
          (!p.ForwardEntryId || e.id === p.ForwardEntryId) &&
          (!p.ExternalIp || e.externalIp === p.ExternalIp) &&
          (!p.ExternalPort || e.externalPort.toLowerCase() === p.ExternalPort.toLowerCase()) &&
          (!p.InternalIp || e.internalIp === p.InternalIp) &&
          (!p.InternalPort || e.internalPort.toLowerCase() === p.InternalPort.toLowerCase()) &&
          (!p.IpProtocol || e.ipProtocol === p.IpProtocol.toLowerCase()) &&
          (p.ForwardEntryName === undefined || e.name === p.ForwardEntryName),
      );
      const pg = pageByNumber(rows, p.PageNumber, p.PageSize);
      return { TotalCount: pg.TotalCount, PageNumber: pg.PageNumber, PageSize: pg.PageSize, ForwardTableEntries: { ForwardTableEntry: pg.items.map((e) => forwardEntryShape(tx, e)) } };
    });
  },
});

const modifyForwardEntryAction = defineAction({
  name: 'ModifyForwardEntry',
  products: ['vpc'],
  params: {
    ForwardTableId: required(ID),
    ForwardEntryId: required(ID),
    ExternalIp: IP,
    ExternalPort: PORT,
    IpProtocol: PROTOCOL,
    InternalIp: IP,
    InternalPort: PORT,
    ForwardEntryName: NAME,
    PortBreak: boolean(),
    ClientToken: VPC_CLIENT_TOKEN,
    DryRun: DRY_RUN,
  },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      modifyForwardEntry(tx, ctx.config, p.ForwardTableId, p.ForwardEntryId, {
        externalIp: p.ExternalIp || undefined,
        externalPort: p.ExternalPort || undefined,
        ipProtocol: p.IpProtocol || undefined,
        internalIp: p.InternalIp || undefined,
        internalPort: p.InternalPort || undefined,
        name: p.ForwardEntryName,
        portBreak: p.PortBreak,
      });
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

const deleteForwardEntryAction = defineAction({
  name: 'DeleteForwardEntry',
  products: ['vpc'],
  params: { ForwardTableId: required(ID), ForwardEntryId: required(ID), ClientToken: VPC_CLIENT_TOKEN },
  async handle(ctx, p) {
    await ctx.transact((tx) => deleteForwardEntry(tx, p.ForwardTableId, p.ForwardEntryId));
    return {};
  },
});

export const dnatActions = [createForwardEntryAction, describeForwardTableEntriesAction, modifyForwardEntryAction, deleteForwardEntryAction];
