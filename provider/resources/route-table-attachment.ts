/**
 * alicloud_route_table_attachment — associates a custom route table with a VSwitch, as
 * aliyun/alicloud has it. ID `<route_table_id>:<vswitch_id>`; everything forces replacement.
 *
 * Create: AssociateRouteTable → read. Read: DescribeRouteTableList(RouteTableId)'s VSwitchIds (an
 * absent table or VSwitch → gone). Delete: UnassociateRouteTable → wait until the VSwitch is no
 * longer listed.
 */
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { prefixed } from '../shared/validators';
import { str, unwrapList } from '../shared/values';
import { complete, deleteAndWaitGone, ID_ATTR, step } from './common';
import { describeRouteTable } from './route-table';

const TYPE = 'alicloud_route_table_attachment';

export const routeTableAttachmentAttributes: { [name: string]: AttributeSchema } = {
  id: ID_ATTR,
  route_table_id: { type: 'string', required: true, forceNew: true, description: 'The custom route table.', validators: [prefixed('vtb-', 'route table')] },
  vswitch_id: { type: 'string', required: true, forceNew: true, description: 'The VSwitch that gets the table (same VPC; one custom table per VSwitch).', validators: [prefixed('vsw-', 'VSwitch')] },
  status: { type: 'string', computed: true, useStateForUnknown: true, description: 'The status of the association (Available once the VSwitch uses the table).' },
};

function splitId(id: string): { routeTableId: string; vswitchId: string } {
  const [routeTableId, vswitchId, ...rest] = id.split(':');
  if (!routeTableId || !vswitchId || rest.length) {
    throw new Error(`"${id}" is not an ${TYPE} ID; it is <route_table_id>:<vswitch_id>, e.g. vtb-bp1abc:vsw-bp1def`);
  }
  return { routeTableId, vswitchId };
}

/** The table when it lists the VSwitch, or null when either is gone or they are not associated. */
async function findAttachment(ctx: ResourceContext, routeTableId: string, vswitchId: string): Promise<any | null> {
  const t = await describeRouteTable(ctx, routeTableId);
  return t && unwrapList<string>(t.VSwitchIds, 'VSwitchId').includes(vswitchId) ? t : null;
}

async function readAttachment(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const { routeTableId, vswitchId } = splitId(str(prior.id)!);
  const t = await findAttachment(ctx, routeTableId, vswitchId);
  if (!t) return null;
  return complete(routeTableAttachmentAttributes, { ...prior, route_table_id: routeTableId, vswitch_id: vswitchId, status: t.Status ?? 'Available' });
}

export const routeTableAttachmentResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'Associates a custom route table with a VSwitch: the VSwitch\'s packets are then routed by that table.', attributes: routeTableAttachmentAttributes },
  timeouts: { create: 5 * 60_000, delete: 5 * 60_000 },

  async create(ctx, planned) {
    const routeTableId = str(planned.route_table_id)!;
    const vswitchId = str(planned.vswitch_id)!;
    await step(TYPE, null, 'associating the route table with the VSwitch', () =>
      api(ctx, 'vpc', 'AssociateRouteTable', { RouteTableId: routeTableId, VSwitchId: vswitchId }, {
        idempotent: true,
        retryCodes: ['IncorrectRouteTableStatus', 'IncorrectVSwitchStatus', 'TaskConflict'],
      }),
    );
    const id = `${routeTableId}:${vswitchId}`;
    ctx.created?.({ id });
    await step(TYPE, id, 'waiting for the association', () =>
      waitFor(ctx, () => findAttachment(ctx, routeTableId, vswitchId), (t) => t !== null, { what: `VSwitch ${vswitchId} to use route table ${routeTableId}` }),
    );
    const state = await step(TYPE, id, 'reading the association', () => readAttachment(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the association disappeared right after it was made; check the endpoint's logs`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the association', () => readAttachment(ctx, state));
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    const { routeTableId, vswitchId } = splitId(id);
    const remove = () =>
      api(ctx, 'vpc', 'UnassociateRouteTable', { RouteTableId: routeTableId, VSwitchId: vswitchId }, { retryCodes: ['IncorrectRouteTableStatus', 'IncorrectVSwitchStatus', 'TaskConflict'] });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the association' }, remove, () => findAttachment(ctx, routeTableId, vswitchId), {
      goneCodes: ['InvalidVSwitchId.NotAssociated'],
    });
  },

  async importState(_ctx, id) {
    splitId(id);
    return complete(routeTableAttachmentAttributes, { id });
  },
};
