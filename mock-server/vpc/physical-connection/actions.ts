/**
 * Leased-line actions: DescribeAccessPoints, CreatePhysicalConnection, DescribePhysicalConnections
 * (Filter.N), ModifyPhysicalConnectionAttribute, EnablePhysicalConnection,
 * TerminatePhysicalConnection and DeletePhysicalConnection.
 */
import { pageByNumber } from '../../actions/paging';
import { DESCRIPTION, ID, NAME, PAGE, VPC_CLIENT_TOKEN, ignored } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { matchesTags, tagsFromParams } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import { boolean, integer, list, required, string, tags } from '../../wire/params';
import { accessPointsOf } from './access-points';
import { FILTER, filterMatcher } from './filters';
import {
  PORT_TYPES,
  cancelPhysicalConnection,
  checkLineOperator,
  confirmPhysicalConnection,
  createPhysicalConnection,
  deletePhysicalConnection,
  enablePhysicalConnection,
  modifyPhysicalConnection,
  terminatePhysicalConnection,
} from './domain';
import { PHYSICAL_CONNECTIONS, type PhysicalConnectionRecord } from './records';
import { accessPointShape, physicalConnectionShape } from './shapes';

const describeAccessPointsAction = defineAction({
  name: 'DescribeAccessPoints',
  products: ['vpc'],
  params: { Type: string({ maxLength: 32 }), Filter: FILTER, AcceptLanguage: string({ maxLength: 16 }), ...PAGE },
  handle(ctx, p) {
    const match = filterMatcher(p.Filter, { AccessPointId: (a: { id: string }) => a.id });
    const rows = accessPointsOf(ctx.region).filter(match);
    const pg = pageByNumber(rows, p.PageNumber, p.PageSize);
    return {
      TotalCount: pg.TotalCount,
      PageNumber: pg.PageNumber,
      PageSize: pg.PageSize,
      AccessPointSet: { AccessPointType: pg.items.map((a) => accessPointShape(a, ctx.region)) },
    };
  },
});

const createPhysicalConnectionAction = defineAction({
  name: 'CreatePhysicalConnection',
  products: ['vpc'],
  params: {
    AccessPointId: required(ID),
    LineOperator: required(string({ maxLength: 32 })),
    PeerLocation: string({ maxLength: 256 }),
    PortType: string({ enum: PORT_TYPES, ignoreCase: true }),
    Bandwidth: integer({ min: 1, max: 100_000 }),
    // The official SDK spells it in lower case.
    bandwidth: integer({ min: 1, max: 100_000 }),
    CircuitCode: string({ maxLength: 128 }),
    RedundantPhysicalConnectionId: ID,
    Type: string({ enum: ['VPC'] }),
    Name: NAME,
    Description: DESCRIPTION,
    ResourceGroupId: ID,
    Tag: tags(),
    ClientToken: VPC_CLIENT_TOKEN,
    ...ignored('DeviceName', 'OpticalModuleModel'),
    // A list in the SDK (DeviceAdvancedCapacity.N): device features, accepted and not modelled.
    DeviceAdvancedCapacity: list(string({ maxLength: 256 })),
  },
  async handle(ctx, p) {
    const lineOperator = checkLineOperator(p.LineOperator);
    const tagMap = tagsFromParams(p.Tag);
    return ctx.transact((tx) => {
      const pc = createPhysicalConnection(tx, {
        accessPointId: p.AccessPointId,
        lineOperator,
        peerLocation: p.PeerLocation,
        portType: p.PortType,
        bandwidth: p.Bandwidth ?? p.bandwidth,
        circuitCode: p.CircuitCode,
        redundantPhysicalConnectionId: p.RedundantPhysicalConnectionId,
        type: p.Type,
        name: p.Name,
        description: p.Description,
        tags: tagMap,
      });
      return { PhysicalConnectionId: pc.id };
    });
  },
});

const describePhysicalConnectionsAction = defineAction({
  name: 'DescribePhysicalConnections',
  products: ['vpc'],
  params: { Filter: FILTER, Tags: tags(), ResourceGroupId: ID, IncludeReservationData: boolean(), ClientToken: VPC_CLIENT_TOKEN, ...PAGE },
  handle(ctx, p) {
    const match = filterMatcher<PhysicalConnectionRecord>(p.Filter, {
      PhysicalConnectionId: (pc) => pc.id,
      AccessPointId: (pc) => pc.accessPointId,
      Type: (pc) => pc.type,
      LineOperator: (pc) => pc.lineOperator,
      Status: (pc) => pc.status,
      Name: (pc) => pc.name,
    });
    return ctx.read((tx) => {
      const rows = tx.table<PhysicalConnectionRecord>(PHYSICAL_CONNECTIONS).filter((pc) => match(pc) && matchesTags(pc.tags, p.Tags));
      const pg = pageByNumber(rows, p.PageNumber, p.PageSize);
      return {
        TotalCount: pg.TotalCount,
        PageNumber: pg.PageNumber,
        PageSize: pg.PageSize,
        PhysicalConnectionSet: { PhysicalConnectionType: pg.items.map(physicalConnectionShape) },
      };
    });
  },
});

const modifyPhysicalConnectionAttributeAction = defineAction({
  name: 'ModifyPhysicalConnectionAttribute',
  products: ['vpc'],
  params: {
    PhysicalConnectionId: required(ID),
    Name: NAME,
    Description: DESCRIPTION,
    PeerLocation: string({ maxLength: 256 }),
    CircuitCode: string({ maxLength: 128 }),
    Bandwidth: integer({ min: 1, max: 100_000 }),
    // The official SDK and the real provider send it in lower case here too.
    bandwidth: integer({ min: 1, max: 100_000 }),
    ClientToken: VPC_CLIENT_TOKEN,
    LineOperator: string({ maxLength: 32 }),
    // DownDelayTime (a port's down-event damping) has no effect without a real port.
    ...ignored('PortType', 'RedundantPhysicalConnectionId', 'DownDelayTime'),
  },
  async handle(ctx, p) {
    await ctx.transact((tx) => modifyPhysicalConnection(tx, p.PhysicalConnectionId, { name: p.Name, description: p.Description, peerLocation: p.PeerLocation, circuitCode: p.CircuitCode, bandwidth: p.Bandwidth ?? p.bandwidth, lineOperator: p.LineOperator }));
    return {};
  },
});

function statusAction(name: string, fn: (tx: Transaction, id: string) => unknown) {
  return defineAction({
    name,
    products: ['vpc'],
    params: { PhysicalConnectionId: required(ID), ClientToken: VPC_CLIENT_TOKEN, ...ignored('ByPassSp') },
    async handle(ctx, p) {
      await ctx.transact((tx) => fn(tx, p.PhysicalConnectionId));
      return {};
    },
  });
}

export const physicalConnectionActions = [
  describeAccessPointsAction,
  createPhysicalConnectionAction,
  describePhysicalConnectionsAction,
  modifyPhysicalConnectionAttributeAction,
  statusAction('ConfirmPhysicalConnection', confirmPhysicalConnection),
  statusAction('CancelPhysicalConnection', cancelPhysicalConnection),
  statusAction('EnablePhysicalConnection', enablePhysicalConnection),
  statusAction('TerminatePhysicalConnection', terminatePhysicalConnection),
  statusAction('DeletePhysicalConnection', deletePhysicalConnection),
];
