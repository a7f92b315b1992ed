/**
 * alicloud_common_bandwidth_package — an EIP bandwidth plan (Internet Shared Bandwidth), named and
 * shaped as aliyun/alicloud's resource. ID: the package's `cbwp-…`.
 *
 * Create: CreateCommonBandwidthPackage (one ClientToken across retries) → wait Available →
 * DeletionProtection when asked. Read: DescribeCommonBandwidthPackages(BandwidthPackageId).
 * Update: ModifyCommonBandwidthPackageAttribute (name, description), ModifyCommonBandwidthPackageSpec
 * (bandwidth) → wait Available, DeletionProtection (Type CBWP), the tag APIs (ResourceType
 * COMMONBANDWIDTHPACKAGE). Delete: DeleteCommonBandwidthPackage (with `force`) → wait until gone;
 * as the real provider, a PayBy95 package is only dropped from state (it cannot be deleted there).
 *
 * `name` is the deprecated alias of `bandwidth_package_name`. `internet_charge_type` defaults to
 * PayByTraffic as in the real provider's schema (the API's own default is PayByBandwidth).
 */
import { descriptionProblem, resourceNameProblem } from '../../network-rules/limits';
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition, Value } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { TAGS_ATTR, tagParams, tagsFromApi } from '../shared/tags';
import { followsRule, intBetween, oneOf } from '../shared/validators';
import { bool, num, str, strList, strMap, unwrapList } from '../shared/values';
import { complete, deleteAndWaitGone, describeById, ID_ATTR, importByPrefixedId, keepComputedOnUpdate, step, tagsState, updateTags } from './common';
import { aliasConflicts, aliasValue, CHARGE_TO_PAYMENT, planAliases, type Alias } from './internet-common';
import { acceptedOnly, keptValues } from './parity';

const TYPE = 'alicloud_common_bandwidth_package';
const ALIASES: readonly Alias[] = [{ deprecated: 'name', current: 'bandwidth_package_name' }];
/** What the real provider retries on every write of a package. */
export const CBWP_RETRY = ['BandwidthPackageOperation.conflict', 'OperationConflict', 'LastTokenProcessing', 'IncorrectStatus', 'SystemBusy', 'ServiceUnavailable'];

const wholeMbps = (what: string, max: number) => (v: Value) => {
  const s = String(v);
  return /^\d+$/.test(s) ? intBetween(1, max, what)(Number(s)) : `${what} "${s}" is not a whole number of Mbit/s; write it as a string such as "10"`;
};

export const cbwpAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  bandwidth: {
    type: 'string',
    required: true,
    description: 'The bandwidth the package\'s EIPs share, in Mbit/s, as a string (1 to 1000; up to 5000 for PayBy95). Changes in place.',
    validators: [wholeMbps('bandwidth', 5000)],
  },
  bandwidth_package_name: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'The name (up to 128 characters, not starting with http:// or https://). Changes in place.',
    validators: [followsRule('bandwidth_package_name', resourceNameProblem)],
  },
  name: {
    type: 'string',
    optional: true,
    computed: true,
    deprecated: true,
    description: 'Deprecated since 1.120.0: use bandwidth_package_name.',
    validators: [followsRule('name', resourceNameProblem)],
  },
  description: {
    type: 'string',
    optional: true,
    description: 'The description (2 to 256 characters). Changes in place.',
    validators: [followsRule('description', (v) => descriptionProblem(v, 2))],
  },
  deletion_protection: {
    type: 'bool',
    optional: true,
    computed: true,
    default: false,
    description: 'Deletion protection (DeletionProtection, Type CBWP): while true the package cannot be deleted. Changes in place.',
  },
  force: acceptedOnly('string', 'Whether destroying the package first takes its EIPs out ("true"); sent with DeleteCommonBandwidthPackage.'),
  internet_charge_type: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    default: 'PayByTraffic',
    description: 'PayByTraffic (the default), PayByBandwidth, PayBy95, PayByDominantTraffic or PayByOld95. A PayBy95 package is not deleted on destroy, as with the real provider.',
    validators: [oneOf(['PayBy95', 'PayByBandwidth', 'PayByTraffic', 'PayByDominantTraffic', 'PayByOld95'])],
  },
  isp: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'The line type: BGP (the default), BGP_PRO or a single-ISP line. EIPs join a package of their own line type.',
    validators: [oneOf(['BGP', 'BGP_PRO', 'ChinaTelecom', 'ChinaUnicom', 'ChinaMobile', 'ChinaTelecom_L2', 'ChinaUnicom_L2', 'ChinaMobile_L2', 'BGP_FinanceCloud', 'BGP_International'])],
  },
  ratio: {
    type: 'number',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'The minimum-commitment percentage of a PayBy95 package (0 to 100); recorded, not billed.',
    validators: [(v) => intBetween(0, 100, 'ratio')(Number(v))],
  },
  resource_group_id: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    emptyIsUnset: true,
    description: 'The resource group. Changing it replaces the package in this provider (the real one moves it in place).',
  },
  security_protection_types: {
    type: ['list', 'string'],
    optional: true,
    forceNew: true,
    description: 'Anti-DDoS editions: ["AntiDDoS_Enhanced"] or none (basic). EIPs join a package of their own edition; no DDoS protection is simulated.',
  },
  tags: TAGS_ATTR,
  zone: {
    type: 'string',
    optional: true,
    description: 'The zone (cloud-box packages only). Sent at creation; like the real provider, never read back or changed.',
  },
  payment_type: { type: 'string', computed: true, useStateForUnknown: true, description: 'PayAsYouGo (the only billing the API creates).' },
  create_time: { type: 'string', computed: true, useStateForUnknown: true, description: 'When the package was created.' },
  region_id: { type: 'string', computed: true, useStateForUnknown: true, description: 'The region of the package.' },
  status: { type: 'string', computed: true, description: 'Available, or Pending while a change is under way.' },
});

export async function describeCbwp(ctx: ResourceContext, id: string): Promise<any | null> {
  return describeById(ctx, 'vpc', 'DescribeCommonBandwidthPackages', { BandwidthPackageId: id, PageSize: 50 }, {
    listKey: 'CommonBandwidthPackages',
    itemKey: 'CommonBandwidthPackage',
    idField: 'BandwidthPackageId',
    id,
  });
}

function toState(p: any, prior: ObjectValue): ObjectValue {
  const types = unwrapList<string>(p.SecurityProtectionTypes, 'SecurityProtectionType');
  const priorTypes = prior.security_protection_types;
  const charge = p.InstanceChargeType;
  return complete(cbwpAttributes, {
    ...prior,
    id: p.BandwidthPackageId,
    bandwidth: String(p.Bandwidth),
    bandwidth_package_name: p.Name ?? '',
    name: p.Name ?? '',
    // "" and unset are one thing to the real provider (SDKv2): keep the configured form.
    description: p.Description || (prior.description === '' ? '' : null),
    deletion_protection: p.DeletionProtection === true || p.DeletionProtection === 'true',
    internet_charge_type: p.InternetChargeType ?? null,
    isp: p.ISP ?? null,
    ratio: p.Ratio === undefined ? null : Number(p.Ratio),
    resource_group_id: p.ResourceGroupId ?? '',
    security_protection_types: types.length === 0 && (priorTypes === null || priorTypes === undefined || (Array.isArray(priorTypes) && priorTypes.length === 0)) ? (priorTypes ?? null) : types,
    tags: tagsState(tagsFromApi(p.Tags), prior.tags),
    zone: prior.zone ?? null,
    payment_type: charge ? (CHARGE_TO_PAYMENT[charge] ?? charge) : null,
    create_time: p.CreationTime ?? null,
    region_id: p.RegionId ?? null,
    status: p.Status ?? null,
    ...keptValues(cbwpAttributes, prior),
  });
}

async function readCbwp(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const p = await describeCbwp(ctx, str(prior.id)!);
  return p ? toState(p, prior) : null;
}

function waitAvailable(ctx: ResourceContext, id: string) {
  return step(TYPE, id, 'waiting for the package to become Available', () =>
    waitFor(ctx, () => describeCbwp(ctx, id), (p) => p?.Status === 'Available', { what: `common bandwidth package ${id} to become Available` }),
  );
}

function setProtection(ctx: ResourceContext, id: string, on: boolean) {
  return step(TYPE, id, `turning deletion protection ${on ? 'on' : 'off'}`, () =>
    api(ctx, 'vpc', 'DeletionProtection', { InstanceId: id, Type: 'CBWP', ProtectionEnable: on }, { idempotent: true }),
  );
}

export const cbwpResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'An EIP bandwidth plan (Internet Shared Bandwidth): EIPs sharing one bandwidth.', attributes: cbwpAttributes },
  timeouts: { create: 5 * 60_000, update: 5 * 60_000, delete: 5 * 60_000 },

  validateConfig(config) {
    return aliasConflicts(config, ALIASES);
  },

  modifyPlan({ config, planned }) {
    planAliases(config, planned, ALIASES);
  },

  async create(ctx, planned) {
    const types = strList(planned.security_protection_types) ?? [];
    const out = await step(TYPE, null, 'creating the package', () =>
      api(ctx, 'vpc', 'CreateCommonBandwidthPackage', {
        Bandwidth: str(planned.bandwidth),
        Name: aliasValue(planned, ALIASES[0]),
        Description: str(planned.description) || undefined,
        ISP: str(planned.isp),
        InternetChargeType: str(planned.internet_charge_type),
        Ratio: num(planned.ratio),
        Zone: str(planned.zone),
        ResourceGroupId: str(planned.resource_group_id) || undefined,
        ...Object.fromEntries(types.map((t, i) => [`SecurityProtectionTypes.${i + 1}`, t])),
        ...tagParams(strMap(planned.tags)),
      }, { idempotent: true, retryCodes: CBWP_RETRY }),
    );
    const id: string = out.BandwidthPackageId;
    ctx.created?.({ id });
    await waitAvailable(ctx, id);
    if (bool(planned.deletion_protection)) await setProtection(ctx, id, true);
    const state = await step(TYPE, id, 'reading the new package', () => readCbwp(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the package disappeared right after it was created; check the endpoint's logs`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the package', () => readCbwp(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const name = aliasValue(planned, ALIASES[0]);
    const nameChanged = name !== undefined && name !== prior.bandwidth_package_name;
    const descChanged = planned.description !== prior.description;
    if (nameChanged || descChanged) {
      await step(TYPE, id, 'renaming the package', () =>
        api(ctx, 'vpc', 'ModifyCommonBandwidthPackageAttribute', {
          BandwidthPackageId: id,
          Name: nameChanged ? name : undefined,
          Description: descChanged ? (str(planned.description) ?? '') : undefined,
        }),
      );
    }
    if (planned.bandwidth !== prior.bandwidth) {
      await step(TYPE, id, 'resizing the package', () =>
        api(ctx, 'vpc', 'ModifyCommonBandwidthPackageSpec', { BandwidthPackageId: id, Bandwidth: str(planned.bandwidth) }, { retryCodes: CBWP_RETRY }),
      );
      await waitAvailable(ctx, id);
    }
    const protect = bool(planned.deletion_protection);
    if (protect !== undefined && protect !== prior.deletion_protection) await setProtection(ctx, id, protect);
    await step(TYPE, id, 'updating the package tags', () => updateTags(ctx, 'vpc', 'COMMONBANDWIDTHPACKAGE', id, strMap(prior.tags), strMap(planned.tags)));
    const state = await step(TYPE, id, 'reading the package', () => readCbwp(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the package disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    if (str(state.internet_charge_type) === 'PayBy95') {
      // The real provider cannot destroy a PayBy95 package either: it leaves it and forgets it.
      ctx.warn(`${TYPE} ${id} was removed from the state but not deleted`, 'A PayBy95 (enhanced 95th percentile) package cannot be deleted through the API; the real provider only forgets it, and so does this one. Delete it with DeleteCommonBandwidthPackage if you must.');
      return;
    }
    const remove = () => api(ctx, 'vpc', 'DeleteCommonBandwidthPackage', { BandwidthPackageId: id, Force: str(state.force) }, { retryCodes: CBWP_RETRY });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the package' }, remove, () => describeCbwp(ctx, id));
  },

  importState: importByPrefixedId(TYPE, cbwpAttributes, 'cbwp', 'a common bandwidth package'),
};
