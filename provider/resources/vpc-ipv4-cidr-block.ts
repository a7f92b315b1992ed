/**
 * alicloud_vpc_ipv4_cidr_block — a secondary IPv4 CIDR block of a VPC, as aliyun/alicloud has it.
 * ID `<vpc_id>:<secondary_cidr_block>`.
 *
 * Create: AssociateVpcCidrBlock → read. Read: DescribeVpcAttribute's SecondaryCidrBlocks (absent
 * block → gone). Delete: UnassociateVpcCidrBlock (retried while VSwitches in the block are still
 * going away). Everything forces replacement. Blocks from an IPAM pool (ipv4_ipam_pool_id,
 * secondary_cidr_mask) are accepted in the schema but refused at create: the sandbox has no IPAM.
 */
import { secondaryCidrProblem } from '../../network-rules/ipv6';
import { parseCidr } from '../../network-rules/cidr';
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { api } from '../shared/api';
import { str, unwrapList } from '../shared/values';
import { validCidr } from '../shared/validators';
import { isNotFound } from '../client/api-client';
import { complete, deleteAndWaitGone, error, ID_ATTR, step } from './common';

const TYPE = 'alicloud_vpc_ipv4_cidr_block';

export const vpcIpv4CidrBlockAttributes: { [name: string]: AttributeSchema } = {
  id: ID_ATTR,
  vpc_id: { type: 'string', required: true, forceNew: true, description: 'The VPC that gets the block.' },
  secondary_cidr_block: {
    type: 'string',
    optional: true,
    computed: true,
    emptyIsUnset: true,
    forceNew: true,
    description: 'The secondary IPv4 block: a private range or a subnet of one, or a public block outside 100.64.0.0/10, 224.0.0.0/4, 127.0.0.0/8 and 169.254.0.0/16; /8 to /28; at most five per VPC.',
    validators: [
      validCidr,
      (v) => {
        const c = typeof v === 'string' ? parseCidr(v) : undefined;
        const problem = c ? secondaryCidrProblem(c) : undefined;
        return problem ? `secondary_cidr_block "${String(v)}" ${problem}` : undefined;
      },
    ],
  },
  ipv4_ipam_pool_id: { type: 'string', optional: true, forceNew: true, description: 'The IPAM pool the block would come from (refused at create: the sandbox has no IPAM).' },
  secondary_cidr_mask: { type: 'number', optional: true, forceNew: true, description: 'The mask of a block from an IPAM pool (refused at create: the sandbox has no IPAM).' },
  region_id: { type: 'string', computed: true, useStateForUnknown: true, description: 'The region of the VPC.' },
};

function splitId(id: string): { vpcId: string; block: string } {
  const i = id.indexOf(':');
  if (i <= 0) throw new Error(`"${id}" is not an ${TYPE} ID; it is <vpc_id>:<secondary_cidr_block>, e.g. vpc-bp1abc:192.168.0.0/16`);
  return { vpcId: id.slice(0, i), block: id.slice(i + 1) };
}

/** The block as the VPC reports it, or null when the VPC or the block is gone. */
async function findBlock(ctx: ResourceContext, vpcId: string, block: string): Promise<{ region: string } | null> {
  try {
    const vpc = await api(ctx, 'vpc', 'DescribeVpcAttribute', { VpcId: vpcId });
    const blocks = unwrapList<string>(vpc?.SecondaryCidrBlocks, 'SecondaryCidrBlock');
    return blocks.includes(block) ? { region: vpc.RegionId ?? ctx.region } : null;
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

async function readBlock(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const { vpcId, block } = splitId(str(prior.id)!);
  const found = await findBlock(ctx, vpcId, block);
  if (!found) return null;
  return complete(vpcIpv4CidrBlockAttributes, { ...prior, vpc_id: vpcId, secondary_cidr_block: block, region_id: found.region });
}

export const vpcIpv4CidrBlockResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'A secondary IPv4 CIDR block of a VPC.', attributes: vpcIpv4CidrBlockAttributes },
  timeouts: { create: 5 * 60_000, delete: 5 * 60_000 },

  validateConfig(config) {
    // "" passes the real schema (no validator) and is not sent; the API then refuses at apply.
    const unset = (v: unknown) => v === null || v === '';
    if (unset(config.secondary_cidr_block) && unset(config.ipv4_ipam_pool_id)) {
      return [error('secondary_cidr_block', 'secondary_cidr_block is required', `secondary_cidr_block is ${config.secondary_cidr_block === '' ? '""' : 'not set'}: give the block to add, such as 192.168.0.0/16 (the sandbox has no IPAM pools to take one from).`)];
    }
    return [];
  },

  async create(ctx, planned) {
    const vpcId = str(planned.vpc_id)!;
    if (str(planned.ipv4_ipam_pool_id) !== undefined || planned.secondary_cidr_mask !== null) {
      throw new Error(`${TYPE}: blocks from an IPAM pool (ipv4_ipam_pool_id, secondary_cidr_mask) are not simulated by the sandbox; give secondary_cidr_block instead`);
    }
    const out = await step(TYPE, null, 'adding the secondary CIDR block', () =>
      api(ctx, 'vpc', 'AssociateVpcCidrBlock', { VpcId: vpcId, SecondaryCidrBlock: str(planned.secondary_cidr_block) }, { idempotent: true, retryCodes: ['OperationConflict', 'IncorrectVpcStatus'] }),
    );
    const block = String(out?.CidrBlock ?? str(planned.secondary_cidr_block));
    const id = `${vpcId}:${block}`;
    ctx.created?.({ id });
    const state = await step(TYPE, id, 'reading the new block', () => readBlock(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the block disappeared right after it was added; check the endpoint's logs`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the secondary CIDR block', () => readBlock(ctx, state));
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    const { vpcId, block } = splitId(id);
    // VSwitches in the block deleted just before may still be on their way out.
    const remove = () =>
      api(ctx, 'vpc', 'UnassociateVpcCidrBlock', { VpcId: vpcId, SecondaryCidrBlock: block }, { retryCodes: ['DependencyViolation.VSwitch', 'OperationConflict', 'IncorrectVpcStatus'] });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the secondary CIDR block' }, remove, () => findBlock(ctx, vpcId, block), {
      goneCodes: ['InvalidSecondaryCidrBlock.NotFound'],
    });
  },

  async importState(_ctx, id) {
    splitId(id);
    return complete(vpcIpv4CidrBlockAttributes, { id });
  },
};
