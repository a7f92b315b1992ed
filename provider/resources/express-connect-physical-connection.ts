/**
 * alicloud_express_connect_physical_connection — a leased line from the IDC to an Alibaba Cloud
 * access point, as aliyun/alicloud's resource.
 *
 * The sandbox skips the real application, approval and construction (a new line is Allocated at
 * once). Set `status = "Enabled"` to enable it, as with the real provider: only an Enabled line
 * takes VBRs.
 *
 * Create: CreatePhysicalConnection → (status Enabled: EnablePhysicalConnection → wait Enabled).
 * Read: DescribePhysicalConnections (Filter PhysicalConnectionId). Update:
 * ModifyPhysicalConnectionAttribute (name, description, peer_location, circuit_code, bandwidth),
 * EnablePhysicalConnection / TerminatePhysicalConnection for `status`. Delete: an Enabled line is
 * terminated first (VBRs destroyed in the same run may still hold it: retried), then
 * DeletePhysicalConnection → wait until gone.
 *
 * `line_operator` changes in place on the real cloud; the sandbox's Modify ignores it, so here it
 * replaces the line.
 */
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { oneOf, prefixed } from '../shared/validators';
import { num, optional, str } from '../shared/values';
import { complete, deleteAndWaitGone, ID_ATTR, importByPrefixedId, keepComputedOnUpdate, step } from './common';
import { describeByFilter } from './hybrid-common';

const TYPE = 'alicloud_express_connect_physical_connection';

export const LINE_OPERATORS = ['CT', 'CU', 'CM', 'CO', 'Equinix', 'Other'];
const PORT_TYPES = ['100Base-T', '1000Base-T', '1000Base-LX', '10GBase-T', '10GBase-LR', '40GBase-LR', '100GBase-LR'];

export const physicalConnectionAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  access_point_id: { type: 'string', required: true, forceNew: true, description: 'The access point (DescribeAccessPoints lists a region\'s), e.g. ap-cn-hangzhou-sandbox-a.', validators: [prefixed('ap-', 'access point')] },
  line_operator: {
    type: 'string',
    required: true,
    description: `The operator of the line: ${LINE_OPERATORS.join(', ')} (updatable in place, as with the real provider).`,
    validators: [oneOf(LINE_OPERATORS)],
  },
  type: { type: 'string', optional: true, computed: true, emptyIsUnset: true, forceNew: true, default: 'VPC', description: 'VPC (the default and only type; "" means the default).', validators: [oneOf(['VPC'])] },
  port_type: { type: 'string', optional: true, forceNew: true, description: `The port: ${PORT_TYPES.join(', ')}.`, validators: [oneOf(PORT_TYPES)] },
  bandwidth: { type: 'string', optional: true, computed: true, description: 'The bandwidth in Mbit/s, e.g. "1000".' },
  circuit_code: { type: 'string', optional: true, description: 'The operator\'s circuit code.' },
  peer_location: { type: 'string', optional: true, computed: true, description: 'Where the IDC end of the line is.' },
  redundant_physical_connection_id: { type: 'string', optional: true, emptyIsUnset: true, forceNew: true, description: 'A redundant line (pc-…).', validators: [prefixed('pc-', 'physical connection')] },
  physical_connection_name: { type: 'string', optional: true, description: 'The name of the line.' },
  description: { type: 'string', optional: true, description: 'The description of the line.' },
  status: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'The line\'s status. Set "Confirmed" to confirm it, "Enabled" to enable it (VBRs need an Enabled line), "Canceled" to withdraw an unenabled application, "Terminated" to stop an Enabled line.',
    validators: [oneOf(['Confirmed', 'Enabled', 'Canceled', 'Terminated', 'Allocated'])],
  },
  period: { type: 'number', optional: true, description: 'Months of the port fee (not billed; not read back).' },
  pricing_cycle: { type: 'string', optional: true, computed: true, emptyIsUnset: true, default: 'Month', description: 'Month (default) or Year (not billed).', validators: [oneOf(['Month', 'Year'])] },
  order_id: { type: 'string', computed: true, description: 'The order of the line (the sandbox bills nothing).' },
});

export async function describePhysicalConnection(ctx: ResourceContext, id: string): Promise<any | null> {
  return describeByFilter(ctx, 'DescribePhysicalConnections', 'PhysicalConnectionId', id, { listKey: 'PhysicalConnectionSet', itemKey: 'PhysicalConnectionType', idField: 'PhysicalConnectionId' });
}

async function readLine(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const pc = await describePhysicalConnection(ctx, str(prior.id)!);
  if (!pc) return null;
  return complete(physicalConnectionAttributes, {
    ...prior,
    id: pc.PhysicalConnectionId,
    access_point_id: pc.AccessPointId ?? prior.access_point_id ?? null,
    line_operator: pc.LineOperator ?? prior.line_operator ?? null,
    type: pc.Type ?? 'VPC',
    port_type: optional(pc.PortType, prior.port_type),
    bandwidth: pc.Bandwidth === undefined ? (prior.bandwidth ?? null) : String(pc.Bandwidth),
    circuit_code: optional(pc.CircuitCode, prior.circuit_code),
    peer_location: pc.PeerLocation ?? '',
    redundant_physical_connection_id: optional(pc.RedundantPhysicalConnectionId, prior.redundant_physical_connection_id),
    physical_connection_name: optional(pc.Name, prior.physical_connection_name),
    description: optional(pc.Description, prior.description),
    status: pc.Status ?? null,
    pricing_cycle: prior.pricing_cycle ?? 'Month',
    order_id: prior.order_id ?? '',
  });
}

/** The action that moves a line to each status the real provider can set. */
const STATUS_ACTIONS: Record<string, string> = {
  Confirmed: 'ConfirmPhysicalConnection',
  Enabled: 'EnablePhysicalConnection',
  Canceled: 'CancelPhysicalConnection',
  Terminated: 'TerminatePhysicalConnection',
};

async function setStatus(ctx: ResourceContext, id: string, want: string): Promise<void> {
  const action = STATUS_ACTIONS[want];
  if (!action) return;
  await step(TYPE, id, `setting the physical connection ${want}`, () =>
    api(ctx, 'vpc', action, { PhysicalConnectionId: id }, { idempotent: true, retryCodes: ['OperationConflict', 'DependencyViolation*'] }),
  );
  await step(TYPE, id, 'waiting for the physical connection', () =>
    waitFor(ctx, () => describePhysicalConnection(ctx, id), (pc) => pc === null || pc.Status === want, { what: `physical connection ${id} to become ${want}` }),
  );
}

export const physicalConnectionResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'A leased line (Express Connect physical connection) to an access point.', attributes: physicalConnectionAttributes },
  timeouts: { create: 2 * 60_000, update: 2 * 60_000, delete: 2 * 60_000 },

  async create(ctx, planned) {
    const out = await step(TYPE, null, 'creating the physical connection', () =>
      api(ctx, 'vpc', 'CreatePhysicalConnection', {
        AccessPointId: str(planned.access_point_id),
        LineOperator: str(planned.line_operator),
        Type: str(planned.type),
        PortType: str(planned.port_type),
        Bandwidth: num(planned.bandwidth),
        CircuitCode: str(planned.circuit_code),
        PeerLocation: str(planned.peer_location),
        RedundantPhysicalConnectionId: str(planned.redundant_physical_connection_id) || undefined, // "" is not sent (d.GetOk in the real provider)
        Name: str(planned.physical_connection_name),
        Description: str(planned.description),
      }, { idempotent: true, retryCodes: ['OperationConflict'] }),
    );
    const id: string = out.PhysicalConnectionId;
    ctx.log('info', 'created physical connection', { id });
    ctx.created?.({ id });
    const want = str(planned.status);
    if (want && want !== 'Allocated') await setStatus(ctx, id, want);
    const state = await step(TYPE, id, 'reading the new physical connection', () => readLine(ctx, { ...planned, id, order_id: out.OrderId === undefined ? '' : String(out.OrderId) }));
    if (!state) throw new Error(`${TYPE} ${id}: the physical connection disappeared right after it was created`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the physical connection', () => readLine(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const changed = (k: string) => planned[k] !== prior[k] && str(planned[k]) !== undefined;
    const params: Record<string, string | number | undefined> = {};
    if (changed('physical_connection_name')) params.Name = str(planned.physical_connection_name);
    if (changed('description')) params.Description = str(planned.description);
    if (changed('peer_location')) params.PeerLocation = str(planned.peer_location);
    if (changed('circuit_code')) params.CircuitCode = str(planned.circuit_code);
    if (changed('bandwidth')) params.Bandwidth = num(planned.bandwidth);
    if (changed('line_operator')) params.LineOperator = str(planned.line_operator);
    if (Object.keys(params).length) {
      await step(TYPE, id, 'updating the physical connection', () => api(ctx, 'vpc', 'ModifyPhysicalConnectionAttribute', { PhysicalConnectionId: id, ...params }, { idempotent: true }));
    }
    if (changed('status')) await setStatus(ctx, id, str(planned.status)!);
    const state = await step(TYPE, id, 'reading the physical connection', () => readLine(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the physical connection disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    const pc = await step(TYPE, id, 'reading the physical connection', () => describePhysicalConnection(ctx, id));
    if (pc?.Status === 'Enabled') await setStatus(ctx, id, 'Terminated');
    const remove = () => api(ctx, 'vpc', 'DeletePhysicalConnection', { PhysicalConnectionId: id }, { idempotent: true, retryCodes: ['DependencyViolation*', 'OperationConflict'] });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the physical connection' }, remove, () => describePhysicalConnection(ctx, id));
  },

  importState: importByPrefixedId(TYPE, physicalConnectionAttributes, 'pc', 'a physical connection'),
};
