/**
 * alicloud_eip_association — binds an EIP to an ECS instance, a NAT gateway or a secondary ENI
 * (the targets the sandbox models), as aliyun/alicloud's resource. Every argument but `force` and `mode` forces a
 * new association. `mode` (NAT, MULTI_BINDED or BINDED) is sent with AssociateEipAddress and
 * changed in place with ModifyEipForwardMode; the sandbox records it and routes every mode as NAT.
 *
 * ID (and import ID): `<allocation_id>:<instance_id>`.
 * Create: AssociateEipAddress (InstanceType from the config, else from the target's ID prefix as
 * the real provider does: ngw- → Nat, otherwise EcsInstance) → wait until the EIP is InUse on that
 * target. Read: DescribeEipAddresses(AllocationId); gone when the EIP is bound elsewhere or not at
 * all. Delete: UnassociateEipAddress → wait until the EIP no longer names the target. An EIP still
 * used by a SNAT or DNAT entry being deleted in the same destroy is refused for a moment
 * (InvalidIpStatus.HasBeenUsedBy*), which is retried.
 */
import { hasCode } from '../client/api-client';
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { oneOf, prefixed } from '../shared/validators';
import { bool, str } from '../shared/values';
import { complete, ID_ATTR, keepComputedOnUpdate, step } from './common';
import { describeEip } from './eip-address';
import { ipv4Address, parsePairId } from './internet-common';

const TYPE = 'alicloud_eip_association';
const FORMAT = '<allocation_id>:<instance_id>';

export const INSTANCE_TYPES = ['EcsInstance', 'Nat', 'SlbInstance', 'NetworkInterface', 'HaVip', 'IpAddress'] as const;

export const eipAssociationAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  allocation_id: {
    type: 'string',
    required: true,
    forceNew: true,
    description: 'The EIP to bind (alicloud_eip_address.x.id).',
    validators: [prefixed('eip-', 'EIP allocation')],
  },
  instance_id: { type: 'string', required: true, forceNew: true, description: 'The target: an ECS instance (i-…), a NAT gateway (ngw-…) or a secondary ENI (eni-…).' },
  instance_type: {
    type: 'string',
    optional: true,
    computed: true,
    emptyIsUnset: true,
    forceNew: true,
    description: 'EcsInstance, Nat or NetworkInterface (the sandbox models these three); inferred from instance_id when left out.',
    validators: [oneOf(INSTANCE_TYPES)],
  },
  private_ip_address: { type: 'string', optional: true, emptyIsUnset: true, forceNew: true, description: 'A secondary private IP of the target to bind to (not read back).', validators: [ipv4Address] },
  vpc_id: { type: 'string', optional: true, forceNew: true, description: 'The VPC, for instance_type IpAddress only (not read back).' },
  force: { type: 'bool', optional: true, description: 'Unbind even while SNAT or DNAT entries use the address (UnassociateEipAddress Force).' },
  mode: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'NAT (the default), MULTI_BINDED or BINDED (pass-through). Changes in place. Recorded and shown; the sandbox routes every mode as NAT mode.',
    validators: [oneOf(['NAT', 'MULTI_BINDED', 'BINDED'])],
  },
});

/** The real provider's inference from the target's ID when instance_type is left out. */
export function inferInstanceType(instanceId: string): string {
  if (instanceId.startsWith('ngw-')) return 'Nat';
  if (instanceId.startsWith('lb-')) return 'SlbInstance';
  if (instanceId.startsWith('eni-')) return 'NetworkInterface';
  if (instanceId.startsWith('havip-')) return 'HaVip';
  return 'EcsInstance';
}

export function parseAssociationId(id: string): { allocationId: string; instanceId: string } {
  const p = parsePairId(TYPE, id, FORMAT, ['eip-', ''], 'eip-bp1abc:i-bp1def');
  return { allocationId: p.first, instanceId: p.second };
}

async function readAssociation(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
  const allocationId = str(prior.allocation_id)!;
  const instanceId = str(prior.instance_id)!;
  const eip = await describeEip(ctx, allocationId);
  if (!eip || eip.InstanceId !== instanceId) return null;
  const instanceType = eip.InstanceType || str(prior.instance_type) || inferInstanceType(instanceId);
  return complete(eipAssociationAttributes, {
    ...prior,
    id: `${allocationId}:${instanceId}`,
    instance_type: instanceType,
    mode: eip.Mode || 'NAT',
    private_ip_address: str(prior.private_ip_address) ?? ((await secondaryIpOfBinding(ctx, instanceType, instanceId, eip.PrivateIpAddress)) ?? null),
  });
}

/**
 * After an import nothing says which private IP the binding was asked for. The real provider
 * reads it back from the EIP, where the cloud shows it only for a binding to a chosen address;
 * the sandbox's EIP shows the ENI's primary address otherwise, so only a secondary address of the
 * ENI is taken as chosen. Without this an imported binding to a secondary IP planned a replacement.
 */
async function secondaryIpOfBinding(ctx: ResourceContext, instanceType: string, eniId: string, address: unknown): Promise<string | undefined> {
  if (instanceType !== 'NetworkInterface' || typeof address !== 'string' || address === '') return undefined;
  const eni = await api(ctx, 'ecs', 'DescribeNetworkInterfaceAttribute', { NetworkInterfaceId: eniId }).catch(() => undefined);
  const primary = eni?.PrivateIpAddress;
  return primary && primary !== address ? address : undefined;
}

export const eipAssociationResource: ResourceDefinition = {
  typeName: TYPE,
  schema: { description: 'Binds an EIP to an ECS instance, a NAT gateway or a secondary ENI.', attributes: eipAssociationAttributes },
  timeouts: { create: 5 * 60_000, update: 5 * 60_000, delete: 5 * 60_000 },

  async create(ctx, planned) {
    const allocationId = str(planned.allocation_id)!;
    const instanceId = str(planned.instance_id)!;
    const instanceType = str(planned.instance_type) ?? inferInstanceType(instanceId);
    const id = `${allocationId}:${instanceId}`;
    await step(TYPE, null, `binding ${allocationId} to ${instanceId}`, async () => {
      try {
        await api(ctx, 'vpc', 'AssociateEipAddress', {
          AllocationId: allocationId,
          InstanceId: instanceId,
          InstanceType: instanceType,
          PrivateIpAddress: str(planned.private_ip_address),
          VpcId: str(planned.vpc_id),
          Mode: str(planned.mode),
        }, {
          idempotent: true,
          // A NAT gateway or instance still settling (Creating, Starting) refuses for a moment.
          retryCodes: ['TaskConflict', 'IncorrectStatus.NatGateway', 'InvalidStatus.EcsStatusNotSupport', 'IncorrectInstanceStatus'],
        });
      } catch (err) {
        if (hasCode(err, 'InvalidAssociation.Duplicated', 'IncorrectEipStatus')) {
          (err as Error).message += `; ${allocationId} may already be bound: import an existing binding with terraform import <address> ${id}`;
        }
        throw err;
      }
    });
    ctx.created?.({ id, allocation_id: allocationId, instance_id: instanceId, instance_type: instanceType });
    await step(TYPE, id, 'waiting for the binding', () =>
      waitFor(ctx, () => describeEip(ctx, allocationId), (e) => {
        if (e === null) throw new Error(`EIP ${allocationId} disappeared while it was being bound`);
        return e.Status === 'InUse' && e.InstanceId === instanceId;
      }, { what: `EIP ${allocationId} to be InUse on ${instanceId}` }),
    );
    const state = await step(TYPE, id, 'reading the new binding', () => readAssociation(ctx, { ...planned, id, instance_type: instanceType }));
    if (!state) throw new Error(`${TYPE} ${id}: the binding disappeared right after it was made`);
    return state;
  },

  read(ctx, state) {
    return step(TYPE, str(state.id), 'reading the binding', () => readAssociation(ctx, state));
  },

  // `force` is a delete-time option, so its new value is just kept for the unbinding, as the real
  // provider does; `mode` goes to ModifyEipForwardMode. Everything else forces a new binding.
  async update(ctx, prior, planned) {
    const id = str(prior.id)!;
    const mode = str(planned.mode);
    if (mode !== undefined && mode !== prior.mode) {
      await step(TYPE, id, 'changing the binding mode', () =>
        api(ctx, 'vpc', 'ModifyEipForwardMode', { InstanceId: str(prior.allocation_id), Mode: mode }, { idempotent: true, retryCodes: ['TaskConflict', 'IncorrectEipStatus'] }),
      );
    }
    const state = await step(TYPE, id, 'reading the binding', () => readAssociation(ctx, { ...prior, force: planned.force, mode: planned.mode }));
    if (!state) throw new Error(`${TYPE} ${id}: the binding disappeared during the update`);
    return state;
  },

  async delete(ctx, state) {
    const allocationId = str(state.allocation_id)!;
    const instanceId = str(state.instance_id)!;
    const id = str(state.id);
    await step(TYPE, id, 'unbinding the EIP', async () => {
      try {
        await api(ctx, 'vpc', 'UnassociateEipAddress', {
          AllocationId: allocationId,
          InstanceId: instanceId,
          InstanceType: str(state.instance_type),
          PrivateIpAddress: str(state.private_ip_address),
          Force: bool(state.force),
        }, {
          retryCodes: [
            'TaskConflict',
            'IncorrectEipStatus',
            // SNAT/DNAT entries on the address are deleted in the same destroy.
            'InvalidIpStatus.HasBeenUsedBySnatTable',
            'InvalidIpStatus.HasBeenUsedByForwardEntry',
            'InvalidStatus.SnatOrDnat',
          ],
        });
      } catch (err) {
        // Already unbound (or the EIP is gone): nothing to do.
        if (hasCode(err, 'InvalidAllocationId.NotFound', 'InvalidBindingStatus') || (err as { httpStatus?: number }).httpStatus === 404) return;
        throw err;
      }
    });
    await step(TYPE, id, 'waiting for the EIP to be unbound', () =>
      waitFor(ctx, () => describeEip(ctx, allocationId), (e) => e === null || (e.InstanceId !== instanceId && e.Status !== 'Unassociating'), {
        what: `EIP ${allocationId} to be unbound from ${instanceId}`,
      }),
    );
  },

  async importState(_ctx, id) {
    const p = parseAssociationId(id);
    return complete(eipAssociationAttributes, { id, allocation_id: p.allocationId, instance_id: p.instanceId });
  },
};
