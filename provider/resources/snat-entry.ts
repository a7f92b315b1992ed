/**
 * alicloud_snat_entry — a SNAT entry of a NAT gateway's SNAT table, as aliyun/alicloud's resource:
 * the VSwitch (source_vswitch_id) or block (source_cidr) whose instances reach the Internet
 * through `snat_ip`, a public IP of the gateway.
 *
 * ID (and import ID): `<snat_table_id>:<snat_entry_id>`.
 * Create: CreateSnatEntry → wait Available (entries are Pending first). The address usually comes
 * from an EIP whose binding to the gateway is made in the same apply; until it lands the API
 * answers that the IP is not on the gateway, so those codes are retried for a bounded time (a
 * wrong address still fails within a minute). Read: DescribeSnatTableEntries(SnatTableId,
 * SnatEntryId); the API shows a VSwitch entry with the VSwitch's block as SourceCIDR.
 * Update: ModifySnatEntry (snat_ip, snat_entry_name, eip_affinity) → wait Available.
 * Delete: DeleteSnatEntry → wait until gone.
 */
import { resourceNameProblem } from '../../network-rules/limits';
import type { AttributeSchema, Diagnostic, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { isUnknown } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { followsRule, intBetween, prefixed, validCidr } from '../shared/validators';
import { num, optional, str } from '../shared/values';
import { complete, deleteAndWaitGone, describeById, error, ID_ATTR, keepComputedOnUpdate, step } from './common';
import { IP_NOT_YET_ON_GATEWAY, IP_WAIT_MS, parsePairId } from './internet-common';

const TYPE = 'alicloud_snat_entry';
const FORMAT = '<snat_table_id>:<snat_entry_id>';

/** One or more comma-separated IPv4 addresses (the API takes several SNAT IPs that way). */
const snatIps: AttributeSchema['validators'] = [
  (v) => {
    const bad = String(v).split(',').find((ip) => !/^(\d{1,3}\.){3}\d{1,3}$/.test(ip.trim()));
    return bad === undefined ? undefined : `snat_ip "${String(v)}" holds "${bad}", which is not an IPv4 address; give public IPs of the gateway, comma-separated`;
  },
];

export const snatEntryAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  snat_table_id: {
    type: 'string',
    required: true,
    forceNew: true,
    description: 'The SNAT table (alicloud_nat_gateway.x.snat_table_ids).',
    validators: [prefixed('stb-', 'SNAT table')],
  },
  snat_ip: { type: 'string', required: true, description: 'The public IP(s) of the gateway to use, comma-separated. Changes in place.', validators: snatIps },
  source_vswitch_id: {
    type: 'string',
    optional: true,
    computed: true,
    emptyIsUnset: true,
    forceNew: true,
    description: 'The VSwitch whose instances use the entry (give this or source_cidr).',
    validators: [prefixed('vsw-', 'VSwitch')],
  },
  source_cidr: {
    type: 'string',
    optional: true,
    computed: true,
    emptyIsUnset: true,
    forceNew: true,
    description: 'The block whose instances use the entry (give this or source_vswitch_id); shows the VSwitch\'s block for a VSwitch entry.',
    validators: [validCidr],
  },
  snat_entry_name: {
    type: 'string',
    optional: true,
    description: 'The name of the entry (1 to 128 characters).',
    validators: [followsRule('snat_entry_name', resourceNameProblem)],
  },
  eip_affinity: { type: 'number', optional: true, computed: true, default: 0, description: '1 keeps a client on one SNAT IP when there are several; 0 (default) does not.', validators: [intBetween(0, 1, 'eip_affinity')] },
  snat_entry_id: { type: 'string', computed: true, description: 'The ID of the entry (snat-…).' },
  status: { type: 'string', computed: true, description: 'Pending, Available or Deleting.' },
});

export function parseSnatEntryId(id: string): { tableId: string; entryId: string } {
  const p = parsePairId(TYPE, id, FORMAT, ['stb-', 'snat-'], 'stb-bp1abc:snat-bp1def');
  return { tableId: p.first, entryId: p.second };
}

async function describeEntry(ctx: ResourceContext, tableId: string, entryId: string): Promise<any | null> {
  return describeById(ctx, 'vpc', 'DescribeSnatTableEntries', { SnatTableId: tableId, SnatEntryId: entryId, PageSize: 50 }, {
    listKey: 'SnatTableEntries',
    itemKey: 'SnatTableEntry',
    idField: 'SnatEntryId',
    id: entryId,
  });
}

async function readEntry(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const tableId = str(prior.snat_table_id)!;
  const entryId = str(prior.snat_entry_id)!;
  const e = await describeEntry(ctx, tableId, entryId);
  if (!e) return null;
  return complete(snatEntryAttributes, {
    ...prior,
    id: `${tableId}:${entryId}`,
    snat_entry_id: entryId,
    snat_ip: e.SnatIp ?? null,
    source_vswitch_id: e.SourceVSwitchId ?? '',
    source_cidr: e.SourceCIDR ?? '',
    snat_entry_name: optional(e.SnatEntryName, prior.snat_entry_name),
    eip_affinity: Number(e.EipAffinity ?? 0),
    status: e.Status ?? null,
  });
}

function waitAvailable(ctx: ResourceContext, tableId: string, entryId: string) {
  return step(TYPE, `${tableId}:${entryId}`, 'waiting for the SNAT entry', () =>
    waitFor(ctx, () => describeEntry(ctx, tableId, entryId), (e) => {
      if (e === null) throw new Error(`SNAT entry ${entryId} disappeared while waiting for it to become Available`);
      return e.Status === 'Available';
    }, { what: `SNAT entry ${entryId} to become Available` }),
  );
}

export const snatEntryResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'A SNAT entry: a VSwitch or block reaches the Internet through public IPs of a NAT gateway.', attributes: snatEntryAttributes },
  timeouts: { create: 5 * 60_000, update: 5 * 60_000, delete: 5 * 60_000 },

  validateConfig(config) {
    const diags: Diagnostic[] = [];
    const vsw = config.source_vswitch_id;
    const cidr = config.source_cidr;
    // "" is "not set", as in the real provider (no validator; d.GetOk skips it): the SNAT module
    // passes "" for whichever source it does not use.
    const unset = (v: typeof vsw) => v === null || v === '';
    if (unset(vsw) && unset(cidr)) {
      diags.push(error('source_vswitch_id', 'missing source', 'source_vswitch_id and source_cidr are both unset or "": set source_vswitch_id (a VSwitch of the gateway\'s VPC) or source_cidr (a block inside the VPC) to say whose traffic the entry translates.'));
    } else if (!unset(vsw) && !unset(cidr) && !isUnknown(vsw) && !isUnknown(cidr)) {
      diags.push(error('source_cidr', 'source_cidr conflicts with source_vswitch_id', 'Give one source: the VSwitch (its block is used) or a block; remove the other.'));
    }
    return diags;
  },

  async create(ctx, planned) {
    const tableId = str(planned.snat_table_id)!;
    const out = await step(TYPE, null, `creating the SNAT entry in ${tableId}`, () =>
      api(ctx, 'vpc', 'CreateSnatEntry', {
        SnatTableId: tableId,
        SnatIp: str(planned.snat_ip),
        SourceVSwitchId: str(planned.source_vswitch_id),
        SourceCIDR: str(planned.source_vswitch_id) ? undefined : str(planned.source_cidr),
        SnatEntryName: str(planned.snat_entry_name),
        // 0 is the API's default: sent only when asked for 1.
        EipAffinity: num(planned.eip_affinity) || undefined,
      }, { idempotent: true, retryCodes: IP_NOT_YET_ON_GATEWAY, maxElapsedMs: Math.min(ctx.timeoutMs, IP_WAIT_MS) }),
    );
    const entryId: string = out.SnatEntryId;
    const id = `${tableId}:${entryId}`;
    ctx.created?.({ id, snat_entry_id: entryId, snat_table_id: tableId });
    await waitAvailable(ctx, tableId, entryId);
    const state = await step(TYPE, id, 'reading the new SNAT entry', () => readEntry(ctx, { ...planned, id, snat_entry_id: entryId }));
    if (!state) throw new Error(`${TYPE} ${id}: the SNAT entry disappeared right after it was created`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the SNAT entry', () => readEntry(ctx, state));
  },

  async update(ctx, prior, planned) {
    const tableId = str(prior.snat_table_id)!;
    const entryId = str(prior.snat_entry_id)!;
    const id = `${tableId}:${entryId}`;
    const ipChanged = str(planned.snat_ip) !== undefined && planned.snat_ip !== prior.snat_ip;
    const nameChanged = planned.snat_entry_name !== prior.snat_entry_name && str(planned.snat_entry_name) !== undefined;
    const affinityChanged = num(planned.eip_affinity) !== undefined && planned.eip_affinity !== prior.eip_affinity;
    if (ipChanged || nameChanged || affinityChanged) {
      await step(TYPE, id, 'updating the SNAT entry', () =>
        api(ctx, 'vpc', 'ModifySnatEntry', {
          SnatTableId: tableId,
          SnatEntryId: entryId,
          SnatIp: ipChanged ? str(planned.snat_ip) : undefined,
          SnatEntryName: nameChanged ? str(planned.snat_entry_name) : undefined,
          EipAffinity: affinityChanged ? num(planned.eip_affinity) : undefined,
        }, { retryCodes: IP_NOT_YET_ON_GATEWAY, maxElapsedMs: Math.min(ctx.timeoutMs, IP_WAIT_MS) }),
      );
      await waitAvailable(ctx, tableId, entryId);
    }
    const state = await step(TYPE, id, 'reading the SNAT entry', () => readEntry(ctx, { ...planned, id, snat_entry_id: entryId }));
    if (!state) throw new Error(`${TYPE} ${id}: the SNAT entry disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const tableId = str(state.snat_table_id)!;
    const entryId = str(state.snat_entry_id)!;
    const remove = () => api(ctx, 'vpc', 'DeleteSnatEntry', { SnatTableId: tableId, SnatEntryId: entryId }, { retryCodes: ['IncorretSnatEntryStatus', 'IncorrectSnatEntryStatus', 'OperationConflict'] });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id: str(state.id), noun: 'the SNAT entry' }, remove, () => describeEntry(ctx, tableId, entryId), {
      goneCodes: ['InvalidSnatTableId.NotFound'],
    });
  },

  async importState(_ctx, id) {
    const p = parseSnatEntryId(id);
    return complete(snatEntryAttributes, { id, snat_table_id: p.tableId, snat_entry_id: p.entryId });
  },
};
