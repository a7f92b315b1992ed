/**
 * alicloud_havip_attachment — associates a HaVip with an ECS instance (or an ENI, instance_type =
 * "NetworkInterface"), as aliyun/alicloud's resource of the same name. ID `<ha_vip_id>:<instance_id>`.
 *
 * Create: AssociateHaVip (retried while the HaVip or the instance is still changing, as the real
 * provider does) → wait until the HaVip is InUse with the instance listed. Read: DescribeHaVips
 * (Filter HaVipId); gone when the HaVip is gone or no longer lists the instance. Delete:
 * UnassociateHaVip (Force when `force` is set) → wait until the instance is no longer listed.
 * `havip_id` is the deprecated name of `ha_vip_id`; exactly one of them is given.
 */
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { waitFor } from '../framework/wait';
import { hasCode, isNotFound } from '../client/api-client';
import { api } from '../shared/api';
import { oneOf, prefixed } from '../shared/validators';
import { str } from '../shared/values';
import { complete, error, ID_ATTR, step } from './common';
import { describeHaVip } from './havip';
import { aliasConflicts, aliasValue, planAliases, type Alias } from './internet-common';

const TYPE = 'alicloud_havip_attachment';
const ALIASES: readonly Alias[] = [{ deprecated: 'havip_id', current: 'ha_vip_id' }];
const RETRY = ['IncorrectInstanceStatus', 'IncorrectHaVipStatus', 'InvalidVip.Status', 'OperationConflict', 'IncorrectStatus'];
/**
 * How long destroy waits for the other attachments of a HaVip to go when the API refuses to let the
 * master go first (Forbidden.UnassociateMaster). A deliberate difference from the real provider,
 * which fails at once: on the real cloud an instance is master only when software on it (keepalived
 * …) announces the address, so stacks without such software destroy in any order; the sandbox's
 * master is always the first associated instance, and Terraform destroys attachments in parallel.
 * Retrying sends the same request, so a master kept while others stay still fails, with the real code.
 */
const MASTER_WAIT_MS = 60_000;

export const haVipAttachmentAttributes: { [name: string]: AttributeSchema } = {
  id: ID_ATTR,
  ha_vip_id: { type: 'string', optional: true, computed: true, forceNew: true, useStateForUnknown: true, description: 'The HaVip.', validators: [prefixed('havip-', 'HaVip')] },
  havip_id: { type: 'string', optional: true, computed: true, forceNew: true, deprecated: true, useStateForUnknown: true, description: 'Deprecated: use ha_vip_id.', validators: [prefixed('havip-', 'HaVip')] },
  instance_id: { type: 'string', required: true, forceNew: true, description: 'The ECS instance (or ENI) in the HaVip\'s VSwitch.' },
  instance_type: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    useStateForUnknown: true,
    description: 'EcsInstance (the default) or NetworkInterface.',
    validators: [oneOf(['EcsInstance', 'NetworkInterface'])],
  },
  force: { type: 'bool', optional: true, description: 'Sent as UnassociateHaVip\'s Force on destroy: lets the master instance leave while others are still associated (else Forbidden.UnassociateMaster).' },
  status: { type: 'string', computed: true, description: 'The HaVip\'s status (InUse once attached).' },
};

function splitId(id: string): { haVipId: string; instanceId: string } {
  const i = id.indexOf(':');
  if (i <= 0) throw new Error(`"${id}" is not an ${TYPE} ID; it is <ha_vip_id>:<instance_id>, e.g. havip-bp1abc:i-bp1xyz`);
  return { haVipId: id.slice(0, i), instanceId: id.slice(i + 1) };
}

async function findAttached(ctx: ResourceContext, haVipId: string, instanceId: string): Promise<any | null> {
  const h = await describeHaVip(ctx, haVipId);
  const list: unknown[] = h?.AssociatedInstances?.associatedInstance ?? [];
  return h && list.includes(instanceId) ? h : null;
}

async function read(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const { haVipId, instanceId } = splitId(str(prior.id)!);
  const h = await findAttached(ctx, haVipId, instanceId);
  if (!h) return null;
  return complete(haVipAttachmentAttributes, {
    ...prior,
    ha_vip_id: haVipId,
    havip_id: haVipId,
    instance_id: instanceId,
    instance_type: h.AssociatedInstanceType || str(prior.instance_type) || 'EcsInstance',
    force: prior.force ?? null,
    status: h.Status ?? null,
  });
}

export const haVipAttachmentResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'Associates a HaVip with an ECS instance or an ENI.', attributes: haVipAttachmentAttributes },
  timeouts: { create: 5 * 60_000, update: 5 * 60_000, delete: 5 * 60_000 },

  validateConfig(config) {
    const diags = aliasConflicts(config, ALIASES);
    if (config.ha_vip_id === null && config.havip_id === null) diags.push(error('ha_vip_id', 'missing ha_vip_id', 'Set ha_vip_id (or the deprecated havip_id): the HaVip to attach.'));
    return diags;
  },

  modifyPlan({ config, planned }) {
    planAliases(config, planned, ALIASES);
  },

  async create(ctx, planned) {
    const haVipId = aliasValue(planned, ALIASES[0])!;
    const instanceId = str(planned.instance_id)!;
    const id = `${haVipId}:${instanceId}`;
    await step(TYPE, id, 'associating the HaVip', () =>
      api(ctx, 'vpc', 'AssociateHaVip', { HaVipId: haVipId, InstanceId: instanceId, InstanceType: str(planned.instance_type) }, { idempotent: true, retryCodes: RETRY }),
    );
    ctx.created?.({ id });
    await step(TYPE, id, 'waiting for the HaVip to be InUse', () =>
      waitFor(ctx, () => findAttached(ctx, haVipId, instanceId), (h) => h?.Status === 'InUse', { what: `HaVip ${haVipId} to be InUse with ${instanceId}` }),
    );
    const state = await step(TYPE, id, 'reading the attachment', () => read(ctx, { ...planned, id }));
    if (!state) throw new Error(`${TYPE} ${id}: the association disappeared right after it was made`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the attachment', () => read(ctx, state));
  },

  async update(ctx, prior, planned) {
    // Only `force` can change in place; it matters at delete time.
    return { ...prior, force: planned.force ?? null };
  },

  async delete(ctx, state) {
    const id = str(state.id)!;
    const { haVipId, instanceId } = splitId(id);
    // As the real provider: Force only when `force` is true.
    const params = { HaVipId: haVipId, InstanceId: instanceId, InstanceType: str(state.instance_type), Force: state.force === true ? true : undefined };
    const unassociate = async (retryCodes: string[], maxElapsedMs?: number) => {
      try {
        await api(ctx, 'vpc', 'UnassociateHaVip', params, { idempotent: true, retryCodes, ...(maxElapsedMs !== undefined ? { maxElapsedMs } : {}) });
      } catch (err) {
        // Already gone: the HaVip, or the association (the instance was released).
        if (isNotFound(err) || hasCode(err, 'ResourceNotAssociated')) return;
        throw err;
      }
    };
    await step(TYPE, id, 'unassociating the HaVip', async () => {
      try {
        await unassociate(RETRY);
      } catch (err) {
        if (!hasCode(err, 'Forbidden.UnassociateMaster')) throw err;
        await unassociate([...RETRY, 'Forbidden.UnassociateMaster'], Math.min(MASTER_WAIT_MS, ctx.timeoutMs));
      }
    });
    await step(TYPE, id, 'waiting for the association to go', () =>
      waitFor(ctx, () => findAttached(ctx, haVipId, instanceId), (h) => h === null, { what: `${instanceId} to leave HaVip ${haVipId}` }),
    );
  },

  async importState(_ctx, id) {
    splitId(id);
    return complete(haVipAttachmentAttributes, { id });
  },
};
