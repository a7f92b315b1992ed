/**
 * alicloud_vpc — mirrors aliyun/alicloud's resource of the same name, with every argument its docs
 * list (those the sandbox does not model are accepted and kept: see ./parity.ts).
 *
 * Create: CreateVpc (or CreateDefaultVpc when is_default = true), with ResourceGroupId, UserCidr,
 * EnableDnsHostname and the IPv6 options when given → wait for Status Available →
 * AssociateVpcCidrBlock for each of the deprecated secondary_cidr_blocks.
 * Read: DescribeVpcs(VpcId) for the VPC and its tags, DescribeRouteTableList(VpcId) for the system
 * route table and vRouter. Update: ModifyVpcAttribute (name, description, CIDR block, DNS host
 * names, IPv6), Associate/UnassociateVpcCidrBlock, TagResources/UnTagResources (ResourceType VPC).
 * Delete: DeleteVpc (ForceDelete as configured; retrying while dependants are still going away) →
 * wait until gone.
 */
import { isNotFound } from '../client/api-client';
import { UNKNOWN, isUnknown, type AttributeSchema, type ObjectValue, type ResourceContext, type ResourceDefinition, type Value } from '../framework/types';
import { descriptionProblem, resourceNameProblem } from '../../network-rules/limits';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { bool, known, optional, str, strList, strMap, unwrapList } from '../shared/values';
import { complete, deleteAndWaitGone, describeById, ID_ATTR, importByPrefixedId, resourceGroupAttr, step, tagsState, updateTags, keepComputedOnUpdate } from './common';
import { acceptedOnly, aliasConflicts, aliasOf, keptValues, syncAliases, type Alias } from './parity';
import { oneOf, privateCidr, validCidr, vpcMask, followsRule } from '../shared/validators';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';

const TYPE = 'alicloud_vpc';
/** Codes besides *.NotFound that say the VPC does not exist. */
const VPC_GONE = ['Forbidden.VpcNotFound'];
const ALIASES: readonly Alias[] = [{ alias: 'name', canonical: 'vpc_name' }];

const vpcName: AttributeSchema = {
  type: 'string',
  optional: true,
  computed: true,
  description: 'The name of the VPC (1 to 128 characters, not starting with http:// or https://).',
  validators: [followsRule('vpc_name', resourceNameProblem)],
};

export const vpcAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  cidr_block: {
    type: 'string',
    optional: true,
    computed: true,
    emptyIsUnset: true,
    description: 'The CIDR block of the VPC: inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, mask /8 to /28. Changes in place (ModifyVpcAttribute) while every VSwitch still fits.',
    validators: [validCidr, vpcMask, privateCidr],
  },
  vpc_name: vpcName,
  name: aliasOf(vpcName, 'vpc_name'),
  description: {
    type: 'string',
    optional: true,
    description: 'The description of the VPC (1 to 256 characters).',
    validators: [followsRule('description', descriptionProblem)],
  },
  is_default: {
    type: 'bool',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'Whether to create the default VPC of the region (CreateDefaultVpc).',
  },
  resource_group_id: resourceGroupAttr('VPC'),
  tags: TAGS_ATTR,
  user_cidrs: {
    type: ['list', 'string'],
    optional: true,
    computed: true,
    forceNew: true,
    description: 'User CIDR blocks (at most 3) the VPC may use for VSwitches besides the private ranges.',
    validators: [(v) => (Array.isArray(v) && v.length > 3 ? `user_cidrs has ${v.length} blocks; a VPC takes at most 3` : undefined)],
  },
  dns_hostname_status: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'Whether instances in the VPC get DNS host names: ENABLED or DISABLED (default).',
    validators: [oneOf(['ENABLED', 'DISABLED'])],
  },
  enable_ipv6: {
    type: 'bool',
    optional: true,
    computed: true,
    description: 'Whether the VPC has an IPv6 /56 (from the sandbox\'s pool). Turning it off gives the block back (every VSwitch must have dropped its /64 first).',
  },
  ipv6_cidr_block: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    deprecated: true,
    description: 'Deprecated (use alicloud_vpc_ipv6_cidr_block in the real provider): the IPv6 /56 of the VPC; set it to ask for a particular block from the pool.',
  },
  ipv6_isp: {
    type: 'string',
    optional: true,
    computed: true,
    deprecated: true,
    description: 'Deprecated: the ISP line of the IPv6 block (BGP unless a single-ISP line is asked for).',
  },
  secondary_cidr_blocks: {
    type: ['list', 'string'],
    optional: true,
    computed: true,
    deprecated: true,
    description: 'Deprecated (use alicloud_vpc_ipv4_cidr_block): secondary IPv4 blocks, added and removed with AssociateVpcCidrBlock / UnassociateVpcCidrBlock.',
  },
  force_delete: { type: 'bool', optional: true, description: 'Sends ForceDelete with DeleteVpc (the real cloud then also removes IPv4 gateways and their routes; the sandbox has none).' },
  dry_run: acceptedOnly('bool', 'Whether the real provider only checks the create request (DryRun).'),
  // Optional only in the real schema, but its read sets the API's ClassicLinkEnabled (false: no VPC
  // has ClassicLink here), and SDKv2 shows no diff between false and unset. Planning false for
  // unset gives the same plans: an import or a configured false shows no change.
  classic_link_enabled: acceptedOnly('bool', 'ClassicLink between the classic network and the VPC.', { deprecated: true, default: false }),
  ipv4_cidr_mask: acceptedOnly('number', 'A CIDR block of this mask from an IPAM pool.'),
  ipv4_ipam_pool_id: acceptedOnly('string', 'The IPAM pool the CIDR block comes from.'),
  secondary_cidr_mask: acceptedOnly('number', 'A secondary block of this mask from an IPAM pool.', { deprecated: true }),
  system_route_table_name: acceptedOnly('string', 'The name of the system route table.'),
  system_route_table_description: acceptedOnly('string', 'The description of the system route table.'),
  system_route_table_route_propagation_enable: acceptedOnly('bool', 'Whether the system route table learns propagated routes.', { computed: true }),
  router_table_id: {
    type: 'string',
    optional: true,
    computed: true,
    deprecated: true,
    description: 'Deprecated: use route_table_id (the ID of the system route table; a configured value is kept, not sent).',
  },
  status: { type: 'string', computed: true, useStateForUnknown: true, description: 'The status of the VPC (Pending or Available).' },
  create_time: { type: 'string', computed: true, useStateForUnknown: true, description: 'The time the VPC was created.' },
  region_id: { type: 'string', computed: true, useStateForUnknown: true, description: 'The region of the VPC.' },
  route_table_id: { type: 'string', computed: true, useStateForUnknown: true, description: 'The ID of the system route table.' },
  router_id: { type: 'string', computed: true, useStateForUnknown: true, description: 'The ID of the vRouter.' },
  ipv6_cidr_blocks: {
    type: ['list', ['object', { ipv6_cidr_block: 'string', ipv6_isp: 'string' }]],
    computed: true,
    useStateForUnknown: true,
    description: 'The IPv6 blocks of the VPC, with their ISP lines.',
  },
}, {
  // Turning IPv6 on or off gives or takes the VPC's /56 (and its ISP line); a new line changes the list.
  ipv6_cidr_block: ['enable_ipv6'],
  ipv6_isp: ['enable_ipv6'],
  ipv6_cidr_blocks: ['enable_ipv6', 'ipv6_isp'],
});

/** The VPC as DescribeVpcs reports it, or null when it does not exist. */
export async function describeVpc(ctx: ResourceContext, id: string): Promise<any | null> {
  return describeById(ctx, 'vpc', 'DescribeVpcs', { VpcId: id, PageSize: 50 }, { listKey: 'Vpcs', itemKey: 'Vpc', idField: 'VpcId', id, goneCodes: VPC_GONE });
}

/** The system route table and vRouter of a VPC. */
export async function systemRouteTable(
  ctx: ResourceContext,
  vpcId: string,
  vRouterId?: string,
): Promise<{ routeTableId: string | null; routerId: string | null; routePropagationEnable?: boolean }> {
  try {
    const out = await api(ctx, 'vpc', 'DescribeRouteTableList', { VpcId: vpcId, PageSize: 50 });
    const tables = unwrapList(out?.RouterTableList, 'RouterTableListType');
    const sys = tables.find((t: any) => t?.RouteTableType === 'System' && (!t.VpcId || t.VpcId === vpcId));
    if (sys) {
      const propagation = sys.RoutePropagationEnable === undefined ? undefined : sys.RoutePropagationEnable === true || sys.RoutePropagationEnable === 'true';
      return { routeTableId: sys.RouteTableId ?? null, routerId: sys.RouterId ?? vRouterId ?? null, routePropagationEnable: propagation };
    }
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  return { routeTableId: null, routerId: vRouterId ?? null };
}

function flag(v: unknown): boolean {
  return v === true || v === 'true';
}

async function readVpc(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const id = str(prior.id)!;
  const vpc = await describeVpc(ctx, id);
  if (!vpc) return null;
  // Route table and vRouter never change for a VPC: ask once, then keep them.
  let routeTableId = str(prior.route_table_id) ?? null;
  let routerId = str(prior.router_id) ?? null;
  // What the system table says about propagation, when nothing configured or read before says it
  // (after a create or an import): the real read sets it from the table, so plans show no unknown.
  let propagation = known(prior.system_route_table_route_propagation_enable) ? prior.system_route_table_route_propagation_enable : null;
  if (!routeTableId || !routerId || propagation === null) {
    const rt = await systemRouteTable(ctx, id, vpc.VRouterId);
    if (!routeTableId || !routerId) {
      routeTableId = rt.routeTableId;
      routerId = rt.routerId;
    }
    propagation ??= rt.routePropagationEnable ?? null;
  }
  const ipv6Blocks = unwrapList(vpc.Ipv6CidrBlocks, 'Ipv6CidrBlock').map((b: any) => ({ ipv6_cidr_block: String(b.Ipv6CidrBlock ?? ''), ipv6_isp: String(b.Ipv6Isp ?? '') }));
  const name = vpc.VpcName ?? '';
  return complete(vpcAttributes, {
    ...prior,
    ...keptValues(vpcAttributes, prior),
    id,
    cidr_block: vpc.CidrBlock ?? null,
    vpc_name: name,
    name,
    description: optional(vpc.Description, prior.description),
    is_default: flag(vpc.IsDefault),
    resource_group_id: vpc.ResourceGroupId ?? '',
    tags: tagsState(tagsFromApi(vpc.Tags), prior.tags),
    user_cidrs: unwrapList<string>(vpc.UserCidrs, 'UserCidr'),
    dns_hostname_status: vpc.DnsHostnameStatus ?? 'DISABLED',
    enable_ipv6: flag(vpc.EnabledIpv6) || !!vpc.Ipv6CidrBlock,
    ipv6_cidr_block: vpc.Ipv6CidrBlock ?? '',
    ipv6_isp: ipv6Blocks[0]?.ipv6_isp ?? '',
    ipv6_cidr_blocks: ipv6Blocks,
    secondary_cidr_blocks: unwrapList<string>(vpc.SecondaryCidrBlocks, 'SecondaryCidrBlock'),
    // Not sent anywhere: a configured value is kept, otherwise it shows the route table.
    router_table_id: known(prior.router_table_id) ? prior.router_table_id : routeTableId,
    status: vpc.Status ?? null,
    create_time: vpc.CreationTime ?? null,
    region_id: vpc.RegionId ?? ctx.region,
    route_table_id: routeTableId,
    router_id: routerId,
    system_route_table_route_propagation_enable: propagation,
  });
}

function waitAvailable(ctx: ResourceContext, id: string) {
  return waitFor(ctx, () => describeVpc(ctx, id), (v) => v?.Status === 'Available', { what: `VPC ${id} to become Available` });
}

/** Adds and removes secondary blocks so the VPC has exactly `want` (when configured). */
async function syncSecondaryBlocks(ctx: ResourceContext, id: string, have: string[], want: string[] | undefined): Promise<void> {
  if (!want) return;
  for (const b of want.filter((x) => !have.includes(x))) {
    await step(TYPE, id, `adding the secondary CIDR block ${b}`, () => api(ctx, 'vpc', 'AssociateVpcCidrBlock', { VpcId: id, SecondaryCidrBlock: b }, { idempotent: true }));
  }
  for (const b of have.filter((x) => !want.includes(x))) {
    await step(TYPE, id, `removing the secondary CIDR block ${b}`, () => api(ctx, 'vpc', 'UnassociateVpcCidrBlock', { VpcId: id, SecondaryCidrBlock: b }));
  }
}

function changedTo(planned: Value, prior: Value): boolean {
  return known(planned) && JSON.stringify(planned) !== JSON.stringify(prior);
}

export const vpcResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'A Virtual Private Cloud.', attributes: vpcAttributes },
  timeouts: { create: 10 * 60_000, update: 5 * 60_000, delete: 5 * 60_000 },

  validateConfig(config) {
    return aliasConflicts(config, ALIASES);
  },

  modifyPlan({ config, prior, planned }) {
    syncAliases(config, planned, ALIASES);
    if (!prior) return;
    // Turning IPv6 on or off gives or takes the VPC's /56: the block is only known afterwards.
    if (changedTo(planned.enable_ipv6, prior.enable_ipv6) || isUnknown(planned.enable_ipv6)) {
      if (config.ipv6_cidr_block === null) planned.ipv6_cidr_block = UNKNOWN;
      if (config.ipv6_isp === null) planned.ipv6_isp = UNKNOWN;
      planned.ipv6_cidr_blocks = UNKNOWN;
    }
  },

  async create(ctx, planned) {
    const isDefault = bool(planned.is_default) === true;
    const tags = strMap(planned.tags);
    const dns = str(planned.dns_hostname_status);
    const ipv6 = bool(planned.enable_ipv6);
    let id: string;
    if (isDefault) {
      const out = await step(TYPE, null, 'creating the default VPC', () =>
        api(ctx, 'vpc', 'CreateDefaultVpc', { ResourceGroupId: str(planned.resource_group_id) }, { idempotent: true }),
      );
      id = out.VpcId;
    } else {
      const out = await step(TYPE, null, 'creating the VPC', () =>
        api(ctx, 'vpc', 'CreateVpc', {
          CidrBlock: str(planned.cidr_block),
          VpcName: str(planned.vpc_name),
          Description: str(planned.description),
          ResourceGroupId: str(planned.resource_group_id),
          UserCidr: strList(planned.user_cidrs)?.join(',') || undefined,
          EnableDnsHostname: dns === undefined ? undefined : dns === 'ENABLED',
          EnableIpv6: ipv6,
          Ipv6CidrBlock: ipv6 ? str(planned.ipv6_cidr_block) : undefined,
          Ipv6Isp: ipv6 ? str(planned.ipv6_isp) : undefined,
          ...tagParams(tags),
        }, { idempotent: true }),
      );
      id = out.VpcId;
    }
    ctx.log('info', 'created VPC', { id });
    ctx.created?.({ id });
    await step(TYPE, id, 'waiting for the VPC', () => waitAvailable(ctx, id));
    if (isDefault) {
      // CreateDefaultVpc takes no name, description, DNS or IPv6 option, nor tags: set them afterwards.
      if (str(planned.vpc_name) !== undefined || str(planned.description) !== undefined || dns !== undefined || ipv6) {
        await step(TYPE, id, 'setting up the default VPC', () =>
          api(ctx, 'vpc', 'ModifyVpcAttribute', {
            VpcId: id,
            VpcName: str(planned.vpc_name),
            Description: str(planned.description),
            EnableDnsHostname: dns === undefined ? undefined : dns === 'ENABLED',
            EnableIPv6: ipv6 ? true : undefined,
            Ipv6CidrBlock: ipv6 ? str(planned.ipv6_cidr_block) : undefined,
            Ipv6Isp: ipv6 ? str(planned.ipv6_isp) : undefined,
          }),
        );
      }
      if (tags && Object.keys(tags).length) await step(TYPE, id, 'tagging the default VPC', () => updateTags(ctx, 'vpc', 'VPC', id, {}, tags));
    }
    await syncSecondaryBlocks(ctx, id, [], strList(planned.secondary_cidr_blocks));
    const state = await step(TYPE, id, 'reading the new VPC', () => readVpc(ctx, { ...planned, id, route_table_id: null, router_id: null }));
    if (!state) throw new Error(`${TYPE} ${id}: the VPC disappeared right after it was created; check the endpoint's logs`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the VPC', () => readVpc(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const nameChanged = str(planned.vpc_name) !== undefined && planned.vpc_name !== prior.vpc_name;
    const descChanged = planned.description !== prior.description;
    const cidrChanged = changedTo(planned.cidr_block, prior.cidr_block);
    const dnsChanged = changedTo(planned.dns_hostname_status, prior.dns_hostname_status);
    const ipv6Changed = changedTo(planned.enable_ipv6, prior.enable_ipv6);
    const ispChanged = changedTo(planned.ipv6_isp, prior.ipv6_isp) && !ipv6Changed;
    if (nameChanged || descChanged || cidrChanged || dnsChanged || ipv6Changed || ispChanged) {
      const ipv6 = bool(planned.enable_ipv6) === true;
      await step(TYPE, id, 'updating the VPC attributes', () =>
        api(ctx, 'vpc', 'ModifyVpcAttribute', {
          VpcId: id,
          VpcName: nameChanged ? str(planned.vpc_name) : undefined,
          // Clearing the description sends an empty one.
          Description: descChanged ? (str(planned.description) ?? '') : undefined,
          CidrBlock: cidrChanged ? str(planned.cidr_block) : undefined,
          EnableDnsHostname: dnsChanged ? str(planned.dns_hostname_status) === 'ENABLED' : undefined,
          EnableIPv6: ipv6Changed ? ipv6 : undefined,
          Ipv6Isp: (ipv6Changed && ipv6) || ispChanged ? str(planned.ipv6_isp) : undefined,
        }),
      );
    }
    if (known(planned.secondary_cidr_blocks) && changedTo(planned.secondary_cidr_blocks, prior.secondary_cidr_blocks)) {
      await syncSecondaryBlocks(ctx, id, strList(prior.secondary_cidr_blocks) ?? [], strList(planned.secondary_cidr_blocks));
    }
    await step(TYPE, id, 'updating the VPC tags', () => updateTags(ctx, 'vpc', 'VPC', id, strMap(prior.tags), strMap(planned.tags)));
    const state = await step(TYPE, id, 'reading the VPC', () => readVpc(ctx, { ...planned, id, route_table_id: prior.route_table_id, router_id: prior.router_id }));
    if (!state) throw new Error(`${TYPE} ${id}: the VPC disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    // VSwitches and security groups deleted just before may still be on their way out.
    const retryCodes = ['DependencyViolation.VSwitch', 'DependencyViolation.SecurityGroup', 'DependencyViolation.RouteEntry', 'DependencyViolation.Instance'];
    const remove = () => api(ctx, 'vpc', 'DeleteVpc', { VpcId: id, ForceDelete: bool(state.force_delete) || undefined }, { retryCodes });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the VPC' }, remove, () => describeVpc(ctx, id), { goneCodes: VPC_GONE });
  },

  importState: importByPrefixedId(TYPE, vpcAttributes, 'vpc', 'a VPC'),
};
