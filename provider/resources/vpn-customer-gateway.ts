/**
 * alicloud_vpn_customer_gateway — registers the IDC gateway's public IP (the guide's step 2), as
 * aliyun/alicloud's resource of the same name.
 *
 * Create: CreateCustomerGateway (one ClientToken across retries); the gateway exists at once.
 * Read: DescribeCustomerGateway(CustomerGatewayId). Update: ModifyCustomerGatewayAttribute (name,
 * description) and the tag APIs (ResourceType CUSTOMERGATEWAY). Delete: DeleteCustomerGateway
 * (a connection destroyed in the same run may hold it for a moment: retried) → wait until gone.
 * Deprecated alias kept for older HCL: `name` (→ customer_gateway_name).
 */
import { isPrivateBlock } from '../../network-rules/limits';
import { parseCidr } from '../../network-rules/cidr';
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { api } from '../shared/api';
import { tagParams, TAGS_ATTR, tagsFromApi } from '../shared/tags';
import { optional, str, strMap } from '../shared/values';
import { isNotFound } from '../client/api-client';
import { complete, deleteAndWaitGone, ID_ATTR, importByPrefixedId, keepComputedOnUpdate, step, tagsState, updateTags } from './common';
import { vpnDescription, vpnName } from './hybrid-common';
import { aliasConflicts, aliasValue, ipv4Address, planAliases, type Alias } from './internet-common';

const TYPE = 'alicloud_vpn_customer_gateway';

const ALIASES: readonly Alias[] = [{ deprecated: 'name', current: 'customer_gateway_name' }];

export const customerGatewayAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  ip_address: {
    type: 'string',
    required: true,
    forceNew: true,
    description: 'The public IPv4 address of the IDC\'s gateway, e.g. 211.167.68.68 (one customer gateway per address).',
    validators: [
      ipv4Address,
      (v) => {
        const c = parseCidr(`${String(v)}/32`);
        return c && isPrivateBlock(c) ? `"${String(v)}" is a private address; a customer gateway is the IDC gateway's public IPv4 address` : undefined;
      },
    ],
  },
  asn: { type: 'string', optional: true, forceNew: true, description: 'The BGP AS number of the IDC gateway (1 to 4294967295).' },
  // "" means "not set" in the real provider (no validation there; modules pass "" as default).
  customer_gateway_name: { type: 'string', optional: true, computed: true, emptyIsUnset: true, description: 'The name of the customer gateway (2 to 128 characters; "" means none).', validators: [vpnName] },
  name: { type: 'string', optional: true, computed: true, deprecated: true, emptyIsUnset: true, description: 'Deprecated: use customer_gateway_name.', validators: [vpnName] },
  description: { type: 'string', optional: true, emptyIsUnset: true, description: 'The description (2 to 256 characters, not starting with http:// or https://; "" means none).', validators: [vpnDescription] },
  tags: TAGS_ATTR,
  create_time: { type: 'number', computed: true, description: 'When the customer gateway was created (Unix time in milliseconds).' },
});

export async function describeCustomerGateway(ctx: ResourceContext, id: string): Promise<any | null> {
  try {
    const g = await api(ctx, 'vpc', 'DescribeCustomerGateway', { CustomerGatewayId: id });
    return g?.CustomerGatewayId === id ? g : null;
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

async function readCustomerGateway(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const g = await describeCustomerGateway(ctx, str(prior.id)!);
  if (!g) return null;
  return complete(customerGatewayAttributes, {
    ...prior,
    id: g.CustomerGatewayId,
    ip_address: g.IpAddress ?? prior.ip_address ?? null,
    asn: g.Asn === undefined || g.Asn === null || g.Asn === '' ? (prior.asn ?? null) : String(g.Asn),
    customer_gateway_name: g.Name ?? '',
    name: g.Name ?? '',
    description: optional(g.Description, prior.description),
    tags: tagsState(tagsFromApi(g.Tags), prior.tags),
    create_time: g.CreateTime === undefined ? null : Number(g.CreateTime),
  });
}

export const customerGatewayResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'A customer gateway: the IDC gateway\'s public IP, registered for VPN connections.', attributes: customerGatewayAttributes },
  timeouts: { create: 5 * 60_000, update: 5 * 60_000, delete: 5 * 60_000 },

  validateConfig(config) {
    return aliasConflicts(config, ALIASES);
  },

  modifyPlan({ config, planned }) {
    planAliases(config, planned, ALIASES);
  },

  async create(ctx, planned) {
    const out = await step(TYPE, null, 'creating the customer gateway', () =>
      api(ctx, 'vpc', 'CreateCustomerGateway', {
        IpAddress: str(planned.ip_address),
        Asn: str(planned.asn),
        Name: aliasValue(planned, ALIASES[0]),
        Description: str(planned.description),
        ...tagParams(strMap(planned.tags), 'Tags'),
      }, { idempotent: true, retryCodes: ['OperationConflict'] }),
    );
    const id: string = out.CustomerGatewayId;
    ctx.log('info', 'created customer gateway', { id });
    ctx.created?.({ id });
    const state = await step(TYPE, id, 'reading the new customer gateway', () => readCustomerGateway(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the customer gateway disappeared right after it was created`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the customer gateway', () => readCustomerGateway(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const name = aliasValue(planned, ALIASES[0]);
    const nameChanged = name !== undefined && name !== prior.customer_gateway_name;
    const descChanged = planned.description !== prior.description;
    if (nameChanged || descChanged) {
      await step(TYPE, id, 'updating the customer gateway attributes', () =>
        api(ctx, 'vpc', 'ModifyCustomerGatewayAttribute', {
          CustomerGatewayId: id,
          Name: nameChanged ? name : undefined,
          Description: descChanged ? (str(planned.description) ?? '') : undefined,
        }),
      );
    }
    await step(TYPE, id, 'updating the customer gateway tags', () => updateTags(ctx, 'vpc', 'CUSTOMERGATEWAY', id, strMap(prior.tags), strMap(planned.tags)));
    const state = await step(TYPE, id, 'reading the customer gateway', () => readCustomerGateway(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the customer gateway disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    const remove = () =>
      api(ctx, 'vpc', 'DeleteCustomerGateway', { CustomerGatewayId: id }, { idempotent: true, retryCodes: ['VpnGateway.Configuring', 'DependencyViolation*', 'OperationConflict'] });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the customer gateway' }, remove, () => describeCustomerGateway(ctx, id));
  },

  importState: importByPrefixedId(TYPE, customerGatewayAttributes, 'cgw', 'a customer gateway'),
};
