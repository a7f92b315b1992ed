/**
 * alicloud_common_bandwidth_package_attachment — one EIP in an EIP bandwidth plan, named and
 * shaped as aliyun/alicloud's resource. ID `<bandwidth_package_id>:<instance_id>`.
 *
 * Create: AddCommonBandwidthPackageIp (retried while the package or the EIP is busy) → wait until
 * the EIP is BINDED → the cap (`bandwidth_package_bandwidth`: ModifyCommonBandwidthPackageIpBandwidth,
 * or "Cancelled": CancelCommonBandwidthPackageIpBandwidth). Read: the package's
 * PublicIpAddresses (gone when the EIP is not listed) and DescribeEipAddresses for the cap.
 * Delete: RemoveCommonBandwidthPackageIp (OperationUnsupported.IpNotInCbwp means already gone).
 *
 * bandwidth_package_bandwidth as the real provider reads it: the EIP's cap; when the EIP has no
 * cap of its own it may use the whole package, shown as the package's bandwidth right after the
 * create and as "Cancelled" afterwards (or whenever "Cancelled" was asked for).
 */
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { oneOf } from '../shared/validators';
import { bool, str, unwrapList } from '../shared/values';
import { complete, deleteAndWaitGone, ID_ATTR, keepComputedOnUpdate, step } from './common';
import { describeCbwp, CBWP_RETRY } from './common-bandwidth-package';
import { describeEip } from './eip-address';
import { parsePairId } from './internet-common';
import { keptValues } from './parity';

const TYPE = 'alicloud_common_bandwidth_package_attachment';
const CANCELLED = 'Cancelled';

export const cbwpAttachmentAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  bandwidth_package_id: { type: 'string', required: true, forceNew: true, description: 'The EIP bandwidth plan (cbwp-…).' },
  instance_id: { type: 'string', required: true, forceNew: true, description: 'The EIP (eip-…) that joins the plan.' },
  bandwidth_package_bandwidth: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'The EIP\'s cap inside the plan in Mbit/s (at most the plan\'s bandwidth), or "Cancelled" for no cap. Changes in place.',
    validators: [(v) => (String(v) === CANCELLED || /^\d+$/.test(String(v)) ? undefined : `bandwidth_package_bandwidth "${String(v)}" is neither a whole number of Mbit/s (such as "2") nor "Cancelled"`)],
  },
  cancel_common_bandwidth_package_ip_bandwidth: {
    type: 'bool',
    optional: true,
    deprecated: true,
    description: 'Deprecated since 1.261.0: set bandwidth_package_bandwidth = "Cancelled" instead. true removes the EIP\'s cap.',
  },
  ip_type: { type: 'string', optional: true, description: 'EIP (the only type). Sent at creation, never read back.', validators: [oneOf(['EIP'])] },
  status: { type: 'string', computed: true, description: 'The status of the plan (Available, or Pending while it changes).' },
});

function splitId(id: string) {
  const { first, second } = parsePairId(TYPE, id, '<bandwidth_package_id>:<instance_id>', ['cbwp-', 'eip-'], 'cbwp-bp1abc:eip-bp1xyz');
  return { packageId: first, eipId: second };
}

/** The package and its entry for the EIP, or null when the EIP is not (or no longer) in it. */
async function findMember(ctx: ResourceContext, packageId: string, eipId: string): Promise<{ pkg: any; ip: any } | null> {
  const pkg = await describeCbwp(ctx, packageId);
  const ip = pkg ? unwrapList(pkg.PublicIpAddresses, 'PublicIpAddresse').find((i: any) => i.AllocationId === eipId) : undefined;
  return pkg && ip ? { pkg, ip } : null;
}

function wantsCancel(values: ObjectValue): boolean {
  return str(values.bandwidth_package_bandwidth) === CANCELLED || bool(values.cancel_common_bandwidth_package_ip_bandwidth) === true;
}

async function readAttachment(ctx: ResourceContext, prior: ObjectValue, creating = false): Promise<ObjectValue | null> {
  const id = str(prior.id)!;
  const { packageId, eipId } = splitId(id);
  const member = await findMember(ctx, packageId, eipId);
  if (!member) return null;
  const eip = await describeEip(ctx, eipId);
  let cap: string | null = prior.bandwidth_package_bandwidth === undefined ? null : (prior.bandwidth_package_bandwidth as string | null);
  if (eip && eip.BandwidthPackageId === packageId) {
    const uncapped = String(eip.Bandwidth) === String(eip.BandwidthPackageBandwidth);
    cap = uncapped && (!creating || wantsCancel(prior)) ? CANCELLED : String(eip.Bandwidth);
  }
  return complete(cbwpAttachmentAttributes, {
    ...prior,
    id,
    bandwidth_package_id: packageId,
    instance_id: eipId,
    bandwidth_package_bandwidth: cap,
    status: member.pkg.Status ?? null,
    ip_type: prior.ip_type ?? null,
    cancel_common_bandwidth_package_ip_bandwidth: prior.cancel_common_bandwidth_package_ip_bandwidth ?? null,
    ...keptValues(cbwpAttachmentAttributes, prior),
  });
}

/** Sets or cancels the EIP's cap as `values` ask; `prior` null on create. */
async function applyCap(ctx: ResourceContext, id: string, prior: ObjectValue | null, values: ObjectValue): Promise<void> {
  const { packageId, eipId } = splitId(id);
  const want = str(values.bandwidth_package_bandwidth);
  const changed = !prior || values.bandwidth_package_bandwidth !== prior.bandwidth_package_bandwidth || values.cancel_common_bandwidth_package_ip_bandwidth !== prior.cancel_common_bandwidth_package_ip_bandwidth;
  if (!changed) return;
  if (want !== undefined && want !== CANCELLED && (!prior || want !== prior.bandwidth_package_bandwidth)) {
    await step(TYPE, id, 'capping the EIP\'s bandwidth in the package', () =>
      api(ctx, 'vpc', 'ModifyCommonBandwidthPackageIpBandwidth', { BandwidthPackageId: packageId, EipId: eipId, Bandwidth: want }, { retryCodes: CBWP_RETRY }),
    );
  }
  if (wantsCancel(values) && prior) {
    await step(TYPE, id, 'cancelling the EIP\'s bandwidth cap', () =>
      api(ctx, 'vpc', 'CancelCommonBandwidthPackageIpBandwidth', { BandwidthPackageId: packageId, EipId: eipId }, { retryCodes: CBWP_RETRY }),
    );
  }
}

export const cbwpAttachmentResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'An EIP in an EIP bandwidth plan (common bandwidth package).', attributes: cbwpAttachmentAttributes },
  timeouts: { create: 5 * 60_000, update: 5 * 60_000, delete: 5 * 60_000 },

  async create(ctx, planned) {
    const packageId = str(planned.bandwidth_package_id)!;
    const eipId = str(planned.instance_id)!;
    await step(TYPE, null, 'adding the EIP to the package', () =>
      api(ctx, 'vpc', 'AddCommonBandwidthPackageIp', { BandwidthPackageId: packageId, IpInstanceId: eipId, IpType: str(planned.ip_type) }, {
        idempotent: true,
        retryCodes: [...CBWP_RETRY, 'TaskConflict', 'EipOperation.TooFrequently', 'IncorrectStatus.Eip'],
      }),
    );
    const id = `${packageId}:${eipId}`;
    ctx.created?.({ id });
    await step(TYPE, id, 'waiting for the EIP to join the package', () =>
      waitFor(ctx, () => findMember(ctx, packageId, eipId), (m) => m?.ip.BandwidthPackageIpRelationStatus === 'BINDED' && m.pkg.Status === 'Available', { what: `EIP ${eipId} to join ${packageId}` }),
    );
    // A new EIP has no cap: only a number is sent ("Cancelled" on create is already the case).
    await applyCap(ctx, id, null, planned);
    const state = await step(TYPE, id, 'reading the attachment', () => readAttachment(ctx, { ...planned, id }, true));
    if (!state) throw new Error(`${TYPE} ${id}: the EIP left the package right after it joined`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the attachment', () => readAttachment(ctx, state));
  },

  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    await applyCap(ctx, id, prior, planned);
    const state = await step(TYPE, id, 'reading the attachment', () => readAttachment(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the EIP left the package during the update`);
    return state;
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    const { packageId, eipId } = splitId(id);
    const remove = () =>
      api(ctx, 'vpc', 'RemoveCommonBandwidthPackageIp', { BandwidthPackageId: packageId, IpInstanceId: eipId }, { idempotent: true, retryCodes: [...CBWP_RETRY, 'TaskConflict'] });
    await deleteAndWaitGone(ctx, { typeName: TYPE, id, noun: 'the attachment' }, remove, () => findMember(ctx, packageId, eipId), { goneCodes: ['OperationUnsupported.IpNotInCbwp'] });
  },

  async importState(_ctx, id) {
    splitId(id);
    return complete(cbwpAttachmentAttributes, { id });
  },
};
