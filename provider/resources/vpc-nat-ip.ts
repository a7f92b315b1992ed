/**
 * alicloud_vpc_nat_ip — a NAT IP of a VPC NAT gateway (network_type = "intranet"), named and shaped
 * as aliyun/alicloud's resource. ID `<nat_gateway_id>:<nat_ip_id>`. The address is what SNAT and
 * DNAT entries of the gateway translate to (`external_ip = alicloud_vpc_nat_ip.x.nat_ip`).
 *
 * Create: CreateNatIp (retried while the gateway is still Creating) → wait Available. Read:
 * ListNatIps(NatGatewayId, NatIpIds.1); a gone gateway or NAT IP is gone. Update:
 * ModifyNatIpAttribute (name, description). Delete: DeleteNatIp (retried while entries destroyed
 * in the same run still use it) → wait until gone. nat_ip left out is chosen by the API (the
 * lowest free address of the block here; any free one on the real cloud).
 */
import { descriptionProblem } from '../../network-rules/limits';
import { natIpNameProblem } from '../../network-rules/nat-ip';
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { waitFor } from '../framework/wait';
import { isNotFound } from '../client/api-client';
import { api } from '../shared/api';
import { followsRule, isIpv4, prefixed, validCidr } from '../shared/validators';
import { str } from '../shared/values';
import { acceptedOnly, keptValues, removedArgument } from './parity';
import { complete, deleteAndWaitGone, ID_ATTR, step } from './common';

const TYPE = 'alicloud_vpc_nat_ip';
const GONE = ['InvalidNatGatewayId.NotFound', 'ResourceNotFound.NatIp'];

export const vpcNatIpAttributes: { [name: string]: AttributeSchema } = {
  id: ID_ATTR,
  nat_gateway_id: { type: 'string', required: true, forceNew: true, description: 'The VPC NAT gateway (network_type = "intranet") the NAT IP belongs to.', validators: [prefixed('ngw-', 'NAT gateway')] },
  nat_ip_cidr: {
    type: 'string',
    required: true,
    forceNew: true,
    description: 'The block the address is taken from: the gateway\'s VSwitch block (its default one) or one of its alicloud_vpc_nat_ip_cidr blocks.',
    validators: [validCidr],
  },
  nat_ip: {
    type: 'string',
    optional: true,
    computed: true,
    emptyIsUnset: true,
    forceNew: true,
    useStateForUnknown: true,
    description: 'The address, inside nat_ip_cidr and free there; chosen by the API when left out.',
    validators: [(v) => (typeof v === 'string' && !isIpv4(v) ? `nat_ip "${v}" is not an IPv4 address such as 192.168.0.37` : undefined)],
  },
  nat_ip_name: { type: 'string', optional: true, description: 'The name (2 to 128 characters, a letter first). Changes in place.', validators: [followsRule('nat_ip_name', natIpNameProblem)] },
  nat_ip_description: {
    type: 'string',
    optional: true,
    description: 'The description (2 to 256 characters). Changes in place.',
    validators: [followsRule('nat_ip_description', (v) => descriptionProblem(v, 2))],
  },
  dry_run: acceptedOnly('bool', 'Whether the real provider only checks the requests (DryRun).'),
  nat_ip_cidr_id: removedArgument('string', 'Field `nat_ip_cidr_id` has been removed from provider version 1.274.0.'),
  nat_ip_id: { type: 'string', computed: true, useStateForUnknown: true, description: 'The NAT IP\'s ID (vpcnatip-…).' },
  status: { type: 'string', computed: true, description: 'Creating, Available or Deleting.' },
};

function splitId(id: string): { natGatewayId: string; natIpId: string } {
  const i = id.indexOf(':');
  if (i <= 0) throw new Error(`"${id}" is not an ${TYPE} ID; it is <nat_gateway_id>:<nat_ip_id>, e.g. ngw-bp1abc:vpcnatip-bp1xyz`);
  return { natGatewayId: id.slice(0, i), natIpId: id.slice(i + 1) };
}

async function findNatIp(ctx: ResourceContext, natGatewayId: string, natIpId: string): Promise<any | null> {
  try {
    const out = await api(ctx, 'vpc', 'ListNatIps', { NatGatewayId: natGatewayId, 'NatIpIds.1': natIpId, MaxResults: 20 });
    return (out?.NatIps ?? []).find((n: any) => n.NatIpId === natIpId) ?? null;
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

function toState(n: any, prior: ObjectValue): ObjectValue {
  return complete(vpcNatIpAttributes, {
    ...prior,
    nat_gateway_id: n.NatGatewayId,
    nat_ip: n.NatIp ?? null,
    nat_ip_cidr: n.NatIpCidr ?? prior.nat_ip_cidr ?? null,
    nat_ip_name: n.NatIpName || (prior.nat_ip_name === '' ? '' : null),
    nat_ip_description: n.NatIpDescription || (prior.nat_ip_description === '' ? '' : null),
    nat_ip_id: n.NatIpId,
    status: n.NatIpStatus ?? null,
    ...keptValues(vpcNatIpAttributes, prior),
  });
}

async function readNatIp(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const { natGatewayId, natIpId } = splitId(str(prior.id)!);
  const n = await findNatIp(ctx, natGatewayId, natIpId);
  return n ? toState(n, prior) : null;
}

export const vpcNatIpResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'A NAT IP of a VPC NAT gateway.', attributes: vpcNatIpAttributes },
  timeouts: { create: 5 * 60_000, update: 5 * 60_000, delete: 5 * 60_000 },

  async create(ctx, planned) {
    const natGatewayId = str(planned.nat_gateway_id)!;
    const out = await step(TYPE, null, 'creating the NAT IP', () =>
      api(ctx, 'vpc', 'CreateNatIp', {
        NatGatewayId: natGatewayId,
        NatIpCidr: str(planned.nat_ip_cidr),
        NatIp: str(planned.nat_ip),
        NatIpName: str(planned.nat_ip_name),
        NatIpDescription: str(planned.nat_ip_description),
      }, { idempotent: true, retryCodes: ['OperationConflict', 'IncorrectStatus.NatGateway'] }),
    );
    const natIpId: string = out.NatIpId;
    const id = `${natGatewayId}:${natIpId}`;
    ctx.created?.({ id });
    await step(TYPE, id, 'waiting for the NAT IP', () =>
      waitFor(ctx, () => findNatIp(ctx, natGatewayId, natIpId), (n) => n?.NatIpStatus === 'Available', { what: `NAT IP ${natIpId} to become Available` }),
    );
    const state = await step(TYPE, id, 'reading the new NAT IP', () => readNatIp(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the NAT IP disappeared right after it was created; check the endpoint's logs`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the NAT IP', () => readNatIp(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const { natIpId } = splitId(id);
    const nameChanged = planned.nat_ip_name !== prior.nat_ip_name;
    const descChanged = planned.nat_ip_description !== prior.nat_ip_description;
    if (nameChanged || descChanged) {
      await step(TYPE, id, 'updating the NAT IP', () =>
        api(ctx, 'vpc', 'ModifyNatIpAttribute', {
          NatIpId: natIpId,
          NatIpName: nameChanged ? (str(planned.nat_ip_name) ?? '') : undefined,
          NatIpDescription: descChanged ? (str(planned.nat_ip_description) ?? '') : undefined,
        }, { idempotent: true, retryCodes: ['IncorrectStatus.NatIp'] }),
      );
    }
    const state = await step(TYPE, id, 'reading the NAT IP', () => readNatIp(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the NAT IP disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    const { natGatewayId, natIpId } = splitId(id);
    // SNAT and DNAT entries destroyed in the same run may still be on their way out.
    const remove = () =>
      api(ctx, 'vpc', 'DeleteNatIp', { NatGatewayId: natGatewayId, NatIpId: natIpId }, {
        idempotent: true,
        retryCodes: ['OperationConflict', 'IncorrectStatus.NatIp', 'IncorrectStatus.NatGateway', 'DependencyViolation.ForwardEntry', 'DependencyViolation.SnatEntry'],
      });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the NAT IP' }, remove, () => findNatIp(ctx, natGatewayId, natIpId), { goneCodes: GONE });
  },

  async importState(_ctx, id) {
    splitId(id);
    return complete(vpcNatIpAttributes, { id });
  },
};
