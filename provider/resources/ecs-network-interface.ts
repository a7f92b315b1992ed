/**
 * alicloud_ecs_network_interface (and its deprecated twin alicloud_network_interface, the same
 * resource in the real provider under an older name) — a secondary elastic network interface.
 *
 * Create: CreateNetworkInterface → wait until Available. Read: DescribeNetworkInterfaceAttribute.
 * Update: ModifyNetworkInterfaceAttribute (name, description, groups, queue number, source/dest
 * check, delete-on-release), Assign/UnassignPrivateIpAddresses (secondary addresses, listed or
 * counted), Assign/UnassignIpv6Addresses (IPv6 addresses, listed or counted), ECS
 * TagResources/UntagResources (ResourceType eni). Delete: DeleteNetworkInterface,
 * retried while the ENI is still being detached, then wait until gone.
 *
 * The deprecated names (name, private_ip, private_ips, private_ips_count, security_groups) are
 * aliases of their replacements (./parity.ts). IPv4 prefixes are accepted and kept, not modelled.
 */
import { isNotFound } from '../client/api-client';
import type { AttributeSchema, Diagnostic, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { descriptionProblem, ecsNameProblem } from '../../network-rules/limits';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';
import { followsRule, intBetween, isIpv4, oneOf, prefixed } from '../shared/validators';
import { bool, num, str, strList, strMap, unwrapList } from '../shared/values';
import { complete, deleteAndWaitGone, ID_ATTR, importByPrefixedId, keepComputedOnUpdate, resourceGroupAttr, step, tagsState, updateTags } from './common';
import { acceptedOnly, aliasConflicts, aliasOf, exclusiveWays, keptValues, syncAliases, type Alias } from './parity';

const ALIASES: readonly Alias[] = [
  { alias: 'name', canonical: 'network_interface_name' },
  { alias: 'private_ip', canonical: 'primary_ip_address' },
  { alias: 'private_ips', canonical: 'private_ip_addresses' },
  { alias: 'private_ips_count', canonical: 'secondary_private_ip_address_count' },
  { alias: 'security_groups', canonical: 'security_group_ids' },
];

const ipv4: AttributeSchema['validators'] = [(v) => (typeof v === 'string' && !isIpv4(v) ? `"${v}" is not an IPv4 address (such as 192.168.0.2)` : undefined)];
const nameAttr: AttributeSchema = { type: 'string', optional: true, computed: true, description: 'The name of the ENI (2 to 128 characters, starting with a letter).', validators: [followsRule('network_interface_name', ecsNameProblem)] };
const primaryIp: AttributeSchema = { type: 'string', optional: true, computed: true, forceNew: true, emptyIsUnset: true, description: 'The primary private IPv4 address, in the VSwitch; a free one when left out.', validators: ipv4 };
const secondaryIps: AttributeSchema = { type: ['set', 'string'], optional: true, computed: true, description: 'The secondary private IPv4 addresses (the primary one not included).' };
const secondaryCount: AttributeSchema = { type: 'number', optional: true, computed: true, description: 'How many secondary private IPv4 addresses the ENI has (free ones are assigned).' };
const groups: AttributeSchema = { type: ['set', 'string'], optional: true, computed: true, description: 'The security groups of the ENI (of the VSwitch\'s VPC).' };

export const networkInterfaceAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate(
  {
    id: ID_ATTR,
    vswitch_id: { type: 'string', required: true, forceNew: true, description: 'The VSwitch the ENI sits in (its zone and VPC follow).', validators: [prefixed('vsw-', 'VSwitch')] },
    security_group_ids: groups,
    security_groups: aliasOf(groups, 'security_group_ids'),
    network_interface_name: nameAttr,
    name: aliasOf(nameAttr, 'network_interface_name'),
    description: { type: 'string', optional: true, description: 'The description of the ENI (2 to 256 characters).', validators: [followsRule('description', (s) => descriptionProblem(s, 2))] },
    primary_ip_address: primaryIp,
    private_ip: aliasOf(primaryIp, 'primary_ip_address', { forceNew: true }),
    private_ip_addresses: secondaryIps,
    private_ips: aliasOf(secondaryIps, 'private_ip_addresses'),
    secondary_private_ip_address_count: secondaryCount,
    private_ips_count: aliasOf(secondaryCount, 'secondary_private_ip_address_count'),
    // Updated in place with Assign/UnassignIpv6Addresses, as the real provider does.
    ipv6_address_count: { type: 'number', optional: true, computed: true, description: 'How many IPv6 addresses the ENI takes from its VSwitch\'s /64 (1 to 10).', validators: [intBetween(1, 10, 'ipv6_address_count')] },
    ipv6_addresses: { type: ['set', 'string'], optional: true, computed: true, description: 'The IPv6 addresses of the ENI, inside its VSwitch\'s /64.' },
    ipv4_prefix_count: acceptedOnly('number', 'The real provider assigns this many IPv4 prefixes to the ENI.', { computed: true }),
    ipv4_prefixes: acceptedOnly(['set', 'string'], 'The real provider assigns these IPv4 prefixes to the ENI.', { computed: true }),
    queue_number: { type: 'number', optional: true, computed: true, description: 'The number of queues of the ENI (recorded and shown; no traffic is simulated).' },
    instance_type: { type: 'string', optional: true, computed: true, emptyIsUnset: true, forceNew: true, description: 'The ENI type: Secondary (the default) or Trunk.', validators: [oneOf(['Secondary', 'Trunk'])] },
    network_interface_traffic_mode: { type: 'string', optional: true, computed: true, emptyIsUnset: true, forceNew: true, description: 'Standard (the default) or HighPerformance (eRDMA); recorded and shown.', validators: [oneOf(['Standard', 'HighPerformance'])] },
    source_dest_check: { type: 'bool', optional: true, description: 'Source/destination check (recorded and shown; the sandbox forwards no packets).' },
    delete_on_release: { type: 'bool', optional: true, computed: true, description: 'Whether the ENI is released with the instance it is attached to (otherwise it is detached and kept).' },
    resource_group_id: resourceGroupAttr('ENI'),
    tags: TAGS_ATTR,
    mac: { type: 'string', computed: true, description: 'The MAC address of the ENI.' },
    status: { type: 'string', computed: true, description: 'Available or InUse (Attaching/Detaching while changing).' },
  },
  {
    private_ip_addresses: ['secondary_private_ip_address_count', 'private_ips_count'],
    private_ips: ['secondary_private_ip_address_count', 'private_ips_count'],
    secondary_private_ip_address_count: ['private_ip_addresses', 'private_ips'],
    private_ips_count: ['private_ip_addresses', 'private_ips'],
    ipv6_addresses: ['ipv6_address_count'],
    ipv6_address_count: ['ipv6_addresses'],
  },
);

/**
 * The real schema's ConflictsWith between the ways of giving an ENI's extra addresses: listed
 * secondary IPv4 addresses, a count of them, listed IPv4 prefixes and a count of prefixes are four
 * exclusive ways (each under its deprecated name too), and IPv6 addresses are listed or counted.
 * Terraform refuses such a configuration before any call there, so the sandbox refuses it here.
 */
const ADDRESS_WAYS: ReadonlyArray<readonly string[]> = [
  ['private_ip_addresses', 'private_ips'],
  ['secondary_private_ip_address_count', 'private_ips_count'],
  ['ipv4_prefixes'],
  ['ipv4_prefix_count'],
];
const IPV6_WAYS: ReadonlyArray<readonly string[]> = [['ipv6_addresses'], ['ipv6_address_count']];

function addressConflicts(config: ObjectValue): Diagnostic[] {
  return [ADDRESS_WAYS, IPV6_WAYS].flatMap((ways) => exclusiveWays(config, ways, 'giving the ENI its addresses'));
}

export async function describeEni(ctx: ResourceContext, id: string): Promise<any | null> {
  try {
    return await api(ctx, 'ecs', 'DescribeNetworkInterfaceAttribute', { NetworkInterfaceId: id });
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

function secondaryOf(eni: any): string[] {
  return unwrapList(eni.PrivateIpSets, 'PrivateIpSet').filter((s: any) => !s.Primary).map((s: any) => String(s.PrivateIpAddress));
}

async function readEni(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const id = str(prior.id)!;
  const e = await describeEni(ctx, id);
  if (!e) return null;
  const secondary = secondaryOf(e);
  const sgs = unwrapList(e.SecurityGroupIds, 'SecurityGroupId').map(String);
  const ipv6 = unwrapList(e.Ipv6Sets, 'Ipv6Set').map((s: any) => String(s.Ipv6Address));
  return complete(networkInterfaceAttributes, {
    ...prior,
    ...keptValues(networkInterfaceAttributes, prior),
    id,
    vswitch_id: e.VSwitchId,
    security_group_ids: sgs,
    security_groups: sgs,
    network_interface_name: e.NetworkInterfaceName ?? '',
    name: e.NetworkInterfaceName ?? '',
    description: e.Description ? e.Description : (prior.description ?? null),
    primary_ip_address: e.PrivateIpAddress,
    private_ip: e.PrivateIpAddress,
    private_ip_addresses: secondary,
    private_ips: secondary,
    secondary_private_ip_address_count: secondary.length,
    private_ips_count: secondary.length,
    ipv6_addresses: ipv6,
    ipv6_address_count: ipv6.length,
    queue_number: Number(e.QueueNumber ?? 1),
    instance_type: e.Type === 'Trunk' ? 'Trunk' : 'Secondary',
    network_interface_traffic_mode: e.NetworkInterfaceTrafficMode || 'Standard',
    source_dest_check: prior.source_dest_check ?? null,
    delete_on_release: Boolean(e.DeleteOnRelease),
    resource_group_id: e.ResourceGroupId ?? '',
    tags: tagsState(tagsFromApi(e.Tags), prior.tags),
    mac: e.MacAddress ?? '',
    status: e.Status,
  });
}

/** The numbered parameter list the ECS API takes (`Name.1`, `Name.2` …). */
function numbered(name: string, values: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  (values ?? []).forEach((v, i) => (out[`${name}.${i + 1}`] = v));
  return out;
}

function waitSettled(ctx: ResourceContext, typeName: string, id: string) {
  return step(typeName, id, 'waiting for the ENI to be Available or InUse', () =>
    waitFor(ctx, () => describeEni(ctx, id), (e) => {
      if (e === null) throw new Error(`ENI ${id} disappeared`);
      return e.Status === 'Available' || e.Status === 'InUse';
    }, { what: `ENI ${id} to settle` }),
  );
}

/** One kind of address an ENI holds beyond its primary one, and the actions that change it. */
interface AddressKind {
  what: string;
  assign: string;
  unassign: string;
  /** The numbered parameter naming addresses (PrivateIpAddress.N, Ipv6Address.N). */
  param: string;
  /** The parameter asking for a number of new addresses. */
  countParam: string;
  /** Which addresses a lower count gives up: the real provider drops the last private IPs but the first IPv6 addresses. */
  dropOnLower: 'first' | 'last';
  /** Whether an unassign is retried while the ENI is busy (as the assign always is). */
  retryUnassign: boolean;
}

const SECONDARY_IPV4: AddressKind = { what: 'secondary private IPs', assign: 'AssignPrivateIpAddresses', unassign: 'UnassignPrivateIpAddresses', param: 'PrivateIpAddress', countParam: 'SecondaryPrivateIpAddressCount', dropOnLower: 'last', retryUnassign: false };
const IPV6: AddressKind = { what: 'IPv6 addresses', assign: 'AssignIpv6Addresses', unassign: 'UnassignIpv6Addresses', param: 'Ipv6Address', countParam: 'Ipv6AddressCount', dropOnLower: 'first', retryUnassign: true };

/** Assigns or unassigns addresses of one kind so that the ENI holds `wanted` (a list) or `count` of them. */
async function reconcileAddresses(ctx: ResourceContext, typeName: string, id: string, kind: AddressKind, have: string[], wanted: string[] | undefined, count: number | undefined) {
  let add: string[] = [];
  let remove: string[] = [];
  let addCount = 0;
  if (wanted) {
    add = wanted.filter((a) => !have.includes(a));
    remove = have.filter((a) => !wanted.includes(a));
  } else if (count !== undefined) {
    if (count > have.length) addCount = count - have.length;
    else remove = kind.dropOnLower === 'last' ? have.slice(count) : have.slice(0, have.length - count);
  }
  const retry = { retryCodes: ['InvalidOperation.InvalidEniState'] };
  if (remove.length) {
    await step(typeName, id, `unassigning ${kind.what}`, () => api(ctx, 'ecs', kind.unassign, { NetworkInterfaceId: id, ...numbered(kind.param, remove) }, kind.retryUnassign ? retry : undefined));
  }
  if (add.length || addCount) {
    await step(typeName, id, `assigning ${kind.what}`, () =>
      api(ctx, 'ecs', kind.assign, { NetworkInterfaceId: id, ...(add.length ? numbered(kind.param, add) : { [kind.countParam]: addCount }) }, retry),
    );
  }
}

function definition(typeName: string): ResourceDefinition {
  return {
    typeName,
    schema: { description: 'A secondary elastic network interface (ENI).', attributes: networkInterfaceAttributes },
    timeouts: { create: 5 * 60_000, update: 5 * 60_000, delete: 5 * 60_000 },

    validateConfig(config) {
      return [...aliasConflicts(config, ALIASES), ...addressConflicts(config)];
    },

    modifyPlan({ config, planned }) {
      syncAliases(config, planned, ALIASES);
    },

    async create(ctx, planned) {
      const listed = strList(planned.private_ip_addresses);
      const out = await step(typeName, null, 'creating the ENI', () =>
        api(ctx, 'ecs', 'CreateNetworkInterface', {
          VSwitchId: str(planned.vswitch_id),
          ...numbered('SecurityGroupIds', strList(planned.security_group_ids)),
          NetworkInterfaceName: str(planned.network_interface_name),
          Description: str(planned.description),
          PrimaryIpAddress: str(planned.primary_ip_address),
          ...numbered('PrivateIpAddress', listed),
          SecondaryPrivateIpAddressCount: listed?.length ? undefined : num(planned.secondary_private_ip_address_count),
          ...numbered('Ipv6Address', strList(planned.ipv6_addresses)),
          Ipv6AddressCount: strList(planned.ipv6_addresses)?.length ? undefined : num(planned.ipv6_address_count),
          QueueNumber: num(planned.queue_number),
          InstanceType: str(planned.instance_type),
          NetworkInterfaceTrafficMode: str(planned.network_interface_traffic_mode),
          DeleteOnRelease: bool(planned.delete_on_release),
          SourceDestCheck: bool(planned.source_dest_check),
          ResourceGroupId: str(planned.resource_group_id) || undefined,
          ...tagParams(strMap(planned.tags)),
        }, { idempotent: true, retryCodes: ['IncorrectVSwitchStatus'] }),
      );
      const id: string = out.NetworkInterfaceId;
      ctx.created?.({ id });
      await waitSettled(ctx, typeName, id);
      const state = await step(typeName, id, 'reading the new ENI', () => readEni(ctx, { ...planned, id }));
      if (!state) throw new Error(`${typeName} ${id}: the ENI disappeared right after it was created`);
      return state;
    },

    read(ctx, state) {
      return step(typeName, str(state.id), 'reading the ENI', () => readEni(ctx, state));
    },

    async update(ctx, prior, planned) {
      const id = str(prior.id)!;
      const changed = (k: string) => JSON.stringify(planned[k]) !== JSON.stringify(prior[k]);
      const params: Record<string, unknown> = {};
      if (str(planned.network_interface_name) !== undefined && changed('network_interface_name')) params.NetworkInterfaceName = str(planned.network_interface_name);
      if (changed('description')) params.Description = str(planned.description) ?? '';
      if (strList(planned.security_group_ids) && changed('security_group_ids')) Object.assign(params, numbered('SecurityGroupId', strList(planned.security_group_ids)));
      if (num(planned.queue_number) !== undefined && changed('queue_number')) params.QueueNumber = num(planned.queue_number);
      if (bool(planned.source_dest_check) !== undefined && changed('source_dest_check')) params.SourceDestCheck = bool(planned.source_dest_check);
      if (bool(planned.delete_on_release) !== undefined && changed('delete_on_release')) params.DeleteOnRelease = bool(planned.delete_on_release);
      if (Object.keys(params).length) {
        await step(typeName, id, 'updating the ENI attributes', () => api(ctx, 'ecs', 'ModifyNetworkInterfaceAttribute', { NetworkInterfaceId: id, ...params } as any, { retryCodes: ['InvalidOperation.InvalidEniState'] }));
      }
      const have = strList(prior.private_ip_addresses) ?? [];
      const wanted = strList(planned.private_ip_addresses);
      const count = num(planned.secondary_private_ip_address_count);
      if (wanted && changed('private_ip_addresses')) await reconcileAddresses(ctx, typeName, id, SECONDARY_IPV4, have, wanted, undefined);
      else if (count !== undefined && changed('secondary_private_ip_address_count')) await reconcileAddresses(ctx, typeName, id, SECONDARY_IPV4, have, undefined, count);
      const have6 = strList(prior.ipv6_addresses) ?? [];
      const wanted6 = strList(planned.ipv6_addresses);
      const count6 = num(planned.ipv6_address_count);
      if (wanted6 && changed('ipv6_addresses')) await reconcileAddresses(ctx, typeName, id, IPV6, have6, wanted6, undefined);
      else if (count6 !== undefined && changed('ipv6_address_count')) await reconcileAddresses(ctx, typeName, id, IPV6, have6, undefined, count6);
      await step(typeName, id, 'updating the ENI tags', () => updateTags(ctx, 'ecs', 'eni', id, strMap(prior.tags), strMap(planned.tags)));
      const state = await step(typeName, id, 'reading the ENI', () => readEni(ctx, { ...planned, id }));
      if (!state) throw new Error(`${typeName} ${id}: the ENI disappeared during the update`);
      return state;
    },

    async delete(ctx, state) {
      const id = str(state.id)!;
      // An attachment destroyed just before leaves the ENI Detaching for a moment.
      const remove = () => api(ctx, 'ecs', 'DeleteNetworkInterface', { NetworkInterfaceId: id }, { retryCodes: ['InvalidOperation.InvalidEniState'] });
      await deleteAndWaitGone(ctx, { typeName, id, noun: 'the ENI' }, remove, () => describeEni(ctx, id));
    },

    importState: importByPrefixedId(typeName, networkInterfaceAttributes, 'eni', 'an ENI'),
  };
}

export const ecsNetworkInterfaceResource = definition('alicloud_ecs_network_interface');
/** The real provider's older name for the same resource (deprecated since 1.123.1), same schema and behaviour. */
export const networkInterfaceResource = definition('alicloud_network_interface');
