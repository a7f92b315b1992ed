/**
 * alicloud_vpc_nat_ip_cidr — a NAT IP CIDR block of a VPC NAT gateway (network_type = "intranet"),
 * named and shaped as aliyun/alicloud's resource. ID `<nat_gateway_id>:<nat_ip_cidr>`.
 *
 * Create: CreateNatIpCidr (retried while the gateway is still Creating) → read. Read:
 * ListNatIpCidrs(NatGatewayId, NatIpCidr); a gone gateway or block is gone. Update:
 * ModifyNatIpCidrAttribute (name, description). Delete: DeleteNatIpCidr (retried while NAT IPs of
 * the block destroyed in the same run are still going). The block's rules (private, /16 to /32) are
 * network-rules/nat-ip.ts, the ones the sandbox applies, checked at plan time.
 */
import { descriptionProblem } from '../../network-rules/limits';
import { natIpCidrProblem, natIpNameProblem } from '../../network-rules/nat-ip';
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { isNotFound } from '../client/api-client';
import { api } from '../shared/api';
import { followsRule, prefixed } from '../shared/validators';
import { str } from '../shared/values';
import { acceptedOnly, keptValues } from './parity';
import { complete, deleteAndWaitGone, ID_ATTR, step } from './common';

const TYPE = 'alicloud_vpc_nat_ip_cidr';
/** A NAT IP call on a gateway that is gone: the block went with it. */
const GONE = ['InvalidNatGatewayId.NotFound', 'ResourceNotFound.NatIpCidr'];

export const vpcNatIpCidrAttributes: { [name: string]: AttributeSchema } = {
  id: ID_ATTR,
  nat_gateway_id: { type: 'string', required: true, forceNew: true, description: 'The VPC NAT gateway (network_type = "intranet") the block belongs to.', validators: [prefixed('ngw-', 'NAT gateway')] },
  nat_ip_cidr: {
    type: 'string',
    required: true,
    forceNew: true,
    description: 'The block: in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, /16 to /32, outside the VPC\'s blocks.',
    validators: [(v) => (typeof v === 'string' ? natIpCidrProblem(v) : undefined)],
  },
  nat_ip_cidr_name: { type: 'string', required: true, description: 'The name (2 to 128 characters, a letter first). Changes in place.', validators: [followsRule('nat_ip_cidr_name', natIpNameProblem)] },
  nat_ip_cidr_description: {
    type: 'string',
    optional: true,
    description: 'The description (2 to 256 characters). Changes in place.',
    validators: [followsRule('nat_ip_cidr_description', (v) => descriptionProblem(v, 2))],
  },
  dry_run: acceptedOnly('bool', 'Whether the real provider only checks the requests (DryRun).'),
  create_time: { type: 'string', computed: true, useStateForUnknown: true, description: 'When the block was created.' },
  status: { type: 'string', computed: true, description: 'Available.' },
};

function splitId(id: string): { natGatewayId: string; cidr: string } {
  const i = id.indexOf(':');
  if (i <= 0) throw new Error(`"${id}" is not an ${TYPE} ID; it is <nat_gateway_id>:<nat_ip_cidr>, e.g. ngw-bp1abc:192.168.0.0/16`);
  return { natGatewayId: id.slice(0, i), cidr: id.slice(i + 1) };
}

async function findBlock(ctx: ResourceContext, natGatewayId: string, cidr: string): Promise<any | null> {
  try {
    const out = await api(ctx, 'vpc', 'ListNatIpCidrs', { NatGatewayId: natGatewayId, NatIpCidr: cidr, MaxResults: 20 });
    return (out?.NatIpCidrs ?? []).find((c: any) => c.NatIpCidr === cidr) ?? null;
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

async function readBlock(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const { natGatewayId, cidr } = splitId(str(prior.id)!);
  const b = await findBlock(ctx, natGatewayId, cidr);
  if (!b) return null;
  return complete(vpcNatIpCidrAttributes, {
    ...prior,
    nat_gateway_id: b.NatGatewayId ?? natGatewayId,
    nat_ip_cidr: b.NatIpCidr ?? cidr,
    nat_ip_cidr_name: b.NatIpCidrName ?? null,
    // An empty description reads as null, so a configuration without one plans no change.
    nat_ip_cidr_description: b.NatIpCidrDescription || (prior.nat_ip_cidr_description === '' ? '' : null),
    create_time: b.CreationTime ?? null,
    status: b.NatIpCidrStatus ?? null,
    ...keptValues(vpcNatIpCidrAttributes, prior),
  });
}

export const vpcNatIpCidrResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'A NAT IP CIDR block of a VPC NAT gateway.', attributes: vpcNatIpCidrAttributes },
  timeouts: { create: 5 * 60_000, update: 5 * 60_000, delete: 5 * 60_000 },

  async create(ctx, planned) {
    const natGatewayId = str(planned.nat_gateway_id)!;
    const cidr = str(planned.nat_ip_cidr)!;
    await step(TYPE, null, 'creating the NAT IP CIDR block', () =>
      api(ctx, 'vpc', 'CreateNatIpCidr', {
        NatGatewayId: natGatewayId,
        NatIpCidr: cidr,
        NatIpCidrName: str(planned.nat_ip_cidr_name),
        NatIpCidrDescription: str(planned.nat_ip_cidr_description),
      }, { idempotent: true, retryCodes: ['OperationConflict', 'IncorrectStatus.NatGateway'] }),
    );
    const id = `${natGatewayId}:${cidr}`;
    ctx.created?.({ id });
    const state = await step(TYPE, id, 'reading the new NAT IP CIDR block', () => readBlock(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the block disappeared right after it was created; check the endpoint's logs`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the NAT IP CIDR block', () => readBlock(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const { natGatewayId, cidr } = splitId(id);
    const nameChanged = planned.nat_ip_cidr_name !== prior.nat_ip_cidr_name;
    const descChanged = planned.nat_ip_cidr_description !== prior.nat_ip_cidr_description;
    if (nameChanged || descChanged) {
      await step(TYPE, id, 'updating the NAT IP CIDR block', () =>
        api(ctx, 'vpc', 'ModifyNatIpCidrAttribute', {
          NatGatewayId: natGatewayId,
          NatIpCidr: cidr,
          NatIpCidrName: str(planned.nat_ip_cidr_name),
          NatIpCidrDescription: descChanged ? (str(planned.nat_ip_cidr_description) ?? '') : undefined,
        }, { idempotent: true }),
      );
    }
    const state = await step(TYPE, id, 'reading the NAT IP CIDR block', () => readBlock(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the block disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    const { natGatewayId, cidr } = splitId(id);
    const remove = () =>
      api(ctx, 'vpc', 'DeleteNatIpCidr', { NatGatewayId: natGatewayId, NatIpCidr: cidr }, { idempotent: true, retryCodes: ['OperationConflict', 'DependencyViolation.NatIp'] });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the NAT IP CIDR block' }, remove, () => findBlock(ctx, natGatewayId, cidr), { goneCodes: GONE });
  },

  async importState(_ctx, id) {
    splitId(id);
    return complete(vpcNatIpCidrAttributes, { id });
  },
};
