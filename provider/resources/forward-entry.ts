/**
 * alicloud_forward_entry — a DNAT entry of a NAT gateway's forward table, as aliyun/alicloud's
 * resource: traffic to external_ip[:external_port] over ip_protocol goes to
 * internal_ip[:internal_port]. IP mapping is ip_protocol "any" with both ports "any"; port
 * mapping is tcp or udp with ports 1–65535 or equal-sized ranges "a/b".
 *
 * ID (and import ID): `<forward_table_id>:<forward_entry_id>`.
 * Create: CreateForwardEntry → wait Available. As for SNAT, an address whose binding to the gateway
 * is still being made is retried for a bounded time. Read: DescribeForwardTableEntries
 * (ForwardTableId, ForwardEntryId). Update: ModifyForwardEntry → wait Available.
 * Delete: DeleteForwardEntry → wait until gone.
 * Deprecated alias kept for older HCL: `name` (→ forward_entry_name).
 */
import { resourceNameProblem } from '../../network-rules/limits';
import { isUnknown, type AttributeSchema, type Diagnostic, type ObjectValue, type ResourceContext, type ResourceDefinition, type Validator, type Value } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { followsRule, oneOf, prefixed } from '../shared/validators';
import { bool, str } from '../shared/values';
import { complete, deleteAndWaitGone, describeById, error, ID_ATTR, keepComputedOnUpdate, step } from './common';
import { aliasConflicts, aliasValue, IP_NOT_YET_ON_GATEWAY, IP_WAIT_MS, ipv4Address, parsePairId, planAliases, type Alias } from './internet-common';

const TYPE = 'alicloud_forward_entry';
const FORMAT = '<forward_table_id>:<forward_entry_id>';
const ALIASES: readonly Alias[] = [{ deprecated: 'name', current: 'forward_entry_name' }];

/** Port sizes: "any" → 0 (all ports), "80" → 1, "8000/8009" → 10; undefined when malformed. */
export function portSpan(text: string): number | undefined {
  if (text.toLowerCase() === 'any') return 0;
  const m = /^(\d{1,5})(?:\/(\d{1,5}))?$/.exec(text);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  if (a < 1 || b > 65535 || a > b) return undefined;
  return b - a + 1;
}

function port(what: string): Validator {
  return (v) =>
    portSpan(String(v)) === undefined
      ? `${what} "${String(v)}" is not a port: use 1 to 65535, a range such as 8000/8009, or "any" for IP mapping`
      : undefined;
}

export const forwardEntryAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  forward_table_id: {
    type: 'string',
    required: true,
    forceNew: true,
    description: 'The forward (DNAT) table (alicloud_nat_gateway.x.forward_table_ids).',
    validators: [prefixed('ftb-', 'forward table')],
  },
  external_ip: { type: 'string', required: true, description: 'A public IP of the gateway (e.g. alicloud_eip_address.x.ip_address).', validators: [ipv4Address] },
  external_port: { type: 'string', required: true, description: 'The public port: 1 to 65535, a range a/b, or "any" for IP mapping.', validators: [port('external_port')] },
  ip_protocol: { type: 'string', required: true, description: 'tcp, udp, or any (IP mapping).', validators: [oneOf(['tcp', 'udp', 'any'])] },
  internal_ip: { type: 'string', required: true, description: 'The private IP inside the VPC that receives the traffic.', validators: [ipv4Address] },
  internal_port: { type: 'string', required: true, description: 'The private port: 1 to 65535, a range a/b of the same size, or "any".', validators: [port('internal_port')] },
  forward_entry_name: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'The name of the entry (1 to 128 characters).',
    validators: [followsRule('forward_entry_name', resourceNameProblem)],
  },
  name: { type: 'string', optional: true, computed: true, deprecated: true, description: 'Deprecated: use forward_entry_name.', validators: [followsRule('name', resourceNameProblem)] },
  port_break: { type: 'bool', optional: true, description: 'Allow a port that a SNAT entry on the same IP may use (not read back).' },
  forward_entry_id: { type: 'string', computed: true, description: 'The ID of the entry (fwd-…).' },
  status: { type: 'string', computed: true, description: 'Pending, Available, Modifying or Deleting.' },
});

export function parseForwardEntryId(id: string): { tableId: string; entryId: string } {
  const p = parsePairId(TYPE, id, FORMAT, ['ftb-', 'fwd-'], 'ftb-bp1abc:fwd-bp1def');
  return { tableId: p.first, entryId: p.second };
}

/** The mapping rules the API enforces, checked at plan time so they fail before anything is created. */
export function checkMapping(c: ObjectValue): Diagnostic[] {
  const known = (v: Value) => v !== null && !isUnknown(v);
  const diags: Diagnostic[] = [];
  if (known(c.ip_protocol) && known(c.external_port) && known(c.internal_port)) {
    const proto = String(c.ip_protocol);
    const ext = String(c.external_port);
    const int = String(c.internal_port);
    const e = portSpan(ext);
    const i = portSpan(int);
    if (e === undefined || i === undefined) return diags; // the attribute validators report it
    if (proto === 'any' && (e !== 0 || i !== 0)) {
      diags.push(error('external_port', 'IP mapping needs ports "any"', `ip_protocol "any" maps every port: set external_port and internal_port to "any", or use tcp/udp for port mapping (got ${ext} → ${int}).`));
    } else if (proto !== 'any' && (e === 0 || i === 0)) {
      diags.push(error('ip_protocol', 'ports "any" need ip_protocol "any"', `Port mapping over ${proto} takes real ports; for IP mapping set ip_protocol = "any" (got ${ext} → ${int}).`));
    } else if (e !== i) {
      diags.push(error('internal_port', 'port ranges differ in size', `external_port "${ext}" spans ${e} port(s) and internal_port "${int}" spans ${i}: a range maps port by port, so give ranges of the same size.`));
    }
  }
  return diags;
}

async function describeEntry(ctx: ResourceContext, tableId: string, entryId: string): Promise<any | null> {
  return describeById(ctx, 'vpc', 'DescribeForwardTableEntries', { ForwardTableId: tableId, ForwardEntryId: entryId, PageSize: 50 }, {
    listKey: 'ForwardTableEntries',
    itemKey: 'ForwardTableEntry',
    idField: 'ForwardEntryId',
    id: entryId,
  });
}

/**
 * The API may spell "any" as "Any": keep the configured spelling when they mean the same. With
 * nothing configured yet (an import), "any" is written as the docs' examples and the ip_protocol
 * validator spell it, so imported IP-mapping HCL plans no change.
 */
function sameSpelling(api: unknown, prior: Value | undefined): string | null {
  if (api === undefined || api === null) return null;
  const s = String(api);
  if (typeof prior === 'string' && prior.toLowerCase() === s.toLowerCase()) return prior;
  return s.toLowerCase() === 'any' ? 'any' : s;
}

async function readEntry(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const tableId = str(prior.forward_table_id)!;
  const entryId = str(prior.forward_entry_id)!;
  const e = await describeEntry(ctx, tableId, entryId);
  if (!e) return null;
  return complete(forwardEntryAttributes, {
    ...prior,
    id: `${tableId}:${entryId}`,
    forward_entry_id: entryId,
    external_ip: e.ExternalIp ?? null,
    external_port: sameSpelling(e.ExternalPort, prior.external_port),
    ip_protocol: sameSpelling(e.IpProtocol, prior.ip_protocol),
    internal_ip: e.InternalIp ?? null,
    internal_port: sameSpelling(e.InternalPort, prior.internal_port),
    forward_entry_name: e.ForwardEntryName ?? '',
    name: e.ForwardEntryName ?? '',
    status: e.Status ?? null,
  });
}

function waitAvailable(ctx: ResourceContext, tableId: string, entryId: string) {
  return step(TYPE, `${tableId}:${entryId}`, 'waiting for the DNAT entry', () =>
    waitFor(ctx, () => describeEntry(ctx, tableId, entryId), (e) => {
      if (e === null) throw new Error(`DNAT entry ${entryId} disappeared while waiting for it to become Available`);
      return e.Status === 'Available';
    }, { what: `DNAT entry ${entryId} to become Available` }),
  );
}

function mappingParams(v: ObjectValue) {
  return {
    ExternalIp: str(v.external_ip),
    ExternalPort: str(v.external_port),
    IpProtocol: str(v.ip_protocol),
    InternalIp: str(v.internal_ip),
    InternalPort: str(v.internal_port),
  };
}

export const forwardEntryResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'A DNAT entry: a public IP (and port) of a NAT gateway forwarded to a private IP (and port).', attributes: forwardEntryAttributes },
  timeouts: { create: 5 * 60_000, update: 5 * 60_000, delete: 5 * 60_000 },

  validateConfig(config) {
    return [...aliasConflicts(config, ALIASES), ...checkMapping(config)];
  },

  modifyPlan({ config, planned }) {
    planAliases(config, planned, ALIASES);
  },

  async create(ctx, planned) {
    const tableId = str(planned.forward_table_id)!;
    const out = await step(TYPE, null, `creating the DNAT entry ${str(planned.external_ip)}:${str(planned.external_port)} in ${tableId}`, () =>
      api(ctx, 'vpc', 'CreateForwardEntry', {
        ForwardTableId: tableId,
        ...mappingParams(planned),
        ForwardEntryName: aliasValue(planned, ALIASES[0]),
        PortBreak: bool(planned.port_break),
      }, { idempotent: true, retryCodes: IP_NOT_YET_ON_GATEWAY, maxElapsedMs: Math.min(ctx.timeoutMs, IP_WAIT_MS) }),
    );
    const entryId: string = out.ForwardEntryId;
    const id = `${tableId}:${entryId}`;
    ctx.created?.({ id, forward_entry_id: entryId, forward_table_id: tableId });
    await waitAvailable(ctx, tableId, entryId);
    const state = await step(TYPE, id, 'reading the new DNAT entry', () => readEntry(ctx, { ...planned, id, forward_entry_id: entryId }));
    if (!state) throw new Error(`${TYPE} ${id}: the DNAT entry disappeared right after it was created`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the DNAT entry', () => readEntry(ctx, state));
  },

  async update(ctx, prior, planned) {
    const tableId = str(prior.forward_table_id)!;
    const entryId = str(prior.forward_entry_id)!;
    const id = `${tableId}:${entryId}`;
    const name = aliasValue(planned, ALIASES[0]);
    const fields = ['external_ip', 'external_port', 'ip_protocol', 'internal_ip', 'internal_port'] as const;
    const mappingChanged = fields.some((f) => str(planned[f]) !== undefined && planned[f] !== prior[f]);
    const nameChanged = name !== undefined && name !== prior.forward_entry_name;
    if (mappingChanged || nameChanged) {
      await step(TYPE, id, 'updating the DNAT entry', () =>
        api(ctx, 'vpc', 'ModifyForwardEntry', {
          ForwardTableId: tableId,
          ForwardEntryId: entryId,
          // The API checks the mapping as a whole (IP mapping needs all "any"), so it gets all of it.
          ...(mappingChanged ? mappingParams(planned) : {}),
          ForwardEntryName: nameChanged ? name : undefined,
          PortBreak: bool(planned.port_break),
        }, { retryCodes: IP_NOT_YET_ON_GATEWAY, maxElapsedMs: Math.min(ctx.timeoutMs, IP_WAIT_MS) }),
      );
      await waitAvailable(ctx, tableId, entryId);
    }
    const state = await step(TYPE, id, 'reading the DNAT entry', () => readEntry(ctx, { ...planned, id, forward_entry_id: entryId }));
    if (!state) throw new Error(`${TYPE} ${id}: the DNAT entry disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const tableId = str(state.forward_table_id)!;
    const entryId = str(state.forward_entry_id)!;
    const remove = () =>
      api(ctx, 'vpc', 'DeleteForwardEntry', { ForwardTableId: tableId, ForwardEntryId: entryId }, { retryCodes: ['IncorretForwardEntryStatus', 'IncorrectForwardEntryStatus', 'OperationConflict'] });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id: str(state.id), noun: 'the DNAT entry' }, remove, () => describeEntry(ctx, tableId, entryId), {
      goneCodes: ['InvalidForwardTableId.NotFound'],
    });
  },

  async importState(_ctx, id) {
    const p = parseForwardEntryId(id);
    return complete(forwardEntryAttributes, { id, forward_table_id: p.tableId, forward_entry_id: p.entryId });
  },
};
