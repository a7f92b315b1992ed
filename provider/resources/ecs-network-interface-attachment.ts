/**
 * alicloud_ecs_network_interface_attachment (and its deprecated twin
 * alicloud_network_interface_attachment, the same resource in the real provider) — attaches a
 * secondary ENI to an instance of the same zone and VPC. Every argument forces a new attachment
 * except wait_for_network_configuration_ready (accepted, kept).
 *
 * ID (and import ID): `<network_interface_id>:<instance_id>`.
 * Create: AttachNetworkInterface (retried while the ENI or the instance is still settling) → wait
 * until the ENI is InUse on the instance. Read: DescribeNetworkInterfaceAttribute; gone when the
 * ENI is attached elsewhere or not at all. Delete: DetachNetworkInterface → wait until Available.
 */
import { hasCode } from '../client/api-client';
import type { AttributeSchema, ObjectValue, ResourceContext, ResourceDefinition } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { prefixed } from '../shared/validators';
import { str } from '../shared/values';
import { complete, ID_ATTR, keepComputedOnUpdate, step } from './common';
import { describeEni } from './ecs-network-interface';
import { parsePairId } from './internet-common';
import { acceptedOnly, keptValues } from './parity';

const FORMAT = '<network_interface_id>:<instance_id>';

export const networkInterfaceAttachmentAttributes: { [name: string]: AttributeSchema } = keepComputedOnUpdate({
  id: ID_ATTR,
  network_interface_id: { type: 'string', required: true, forceNew: true, description: 'The secondary ENI to attach.', validators: [prefixed('eni-', 'ENI')] },
  instance_id: { type: 'string', required: true, forceNew: true, description: 'The instance (same zone and VPC as the ENI).', validators: [prefixed('i-', 'ECS instance')] },
  trunk_network_instance_id: acceptedOnly('string', 'The real provider attaches the ENI through this trunk ENI.', { forceNew: true }),
  network_card_index: acceptedOnly('number', 'The real provider attaches the ENI to this network card of the instance.', { forceNew: true }),
  wait_for_network_configuration_ready: acceptedOnly('bool', 'The real provider waits for the guest OS to configure the ENI.'),
});

function definition(typeName: string): ResourceDefinition {
  async function readAttachment(ctx: ResourceContext, prior: ObjectValue): Promise<ObjectValue | null> {
    const eniId = str(prior.network_interface_id)!;
    const instanceId = str(prior.instance_id)!;
    const e = await describeEni(ctx, eniId);
    if (!e || e.InstanceId !== instanceId) return null;
    return complete(networkInterfaceAttachmentAttributes, { ...prior, ...keptValues(networkInterfaceAttachmentAttributes, prior), id: `${eniId}:${instanceId}` });
  }

  return {
    typeName,
    schema: { description: 'Attaches a secondary ENI to an ECS instance.', attributes: networkInterfaceAttachmentAttributes },
    timeouts: { create: 5 * 60_000, delete: 5 * 60_000 },

    async create(ctx, planned) {
      const eniId = str(planned.network_interface_id)!;
      const instanceId = str(planned.instance_id)!;
      const id = `${eniId}:${instanceId}`;
      await step(typeName, null, `attaching ${eniId} to ${instanceId}`, () =>
        // AttachNetworkInterface takes no ClientToken (the real API lists none), so none is sent.
        api(ctx, 'ecs', 'AttachNetworkInterface', { NetworkInterfaceId: eniId, InstanceId: instanceId }, {
          // The ENI still Creating, or the instance still Starting, refuses for a moment.
          retryCodes: ['InvalidOperation.InvalidEniState', 'IncorrectInstanceStatus', 'InvalidInstanceId.NotFound'],
        }),
      );
      ctx.created?.({ id, network_interface_id: eniId, instance_id: instanceId });
      await step(typeName, id, 'waiting for the ENI to be InUse', () =>
        waitFor(ctx, () => describeEni(ctx, eniId), (e) => {
          if (e === null) throw new Error(`ENI ${eniId} disappeared while it was being attached`);
          return e.Status === 'InUse' && e.InstanceId === instanceId;
        }, { what: `ENI ${eniId} to be InUse on ${instanceId}` }),
      );
      const state = await step(typeName, id, 'reading the attachment', () => readAttachment(ctx, { ...planned, id }));
      if (!state) throw new Error(`${typeName} ${id}: the attachment disappeared right after it was made`);
      return state;
    },

    read(ctx, state) {
      return step(typeName, str(state.id), 'reading the attachment', () => readAttachment(ctx, state));
    },

    async update(ctx, prior, planned) {
      const state = await readAttachment(ctx, { ...prior, wait_for_network_configuration_ready: planned.wait_for_network_configuration_ready });
      if (!state) throw new Error(`${typeName} ${str(prior.id)}: the attachment disappeared during the update`);
      return state;
    },

    async delete(ctx, state) {
      const eniId = str(state.network_interface_id)!;
      const instanceId = str(state.instance_id)!;
      const id = str(state.id);
      await step(typeName, id, 'detaching the ENI', async () => {
        try {
          await api(ctx, 'ecs', 'DetachNetworkInterface', { NetworkInterfaceId: eniId, InstanceId: instanceId }, { retryCodes: ['IncorrectInstanceStatus'] });
        } catch (err) {
          // Already detached (or the ENI or instance is gone): nothing to do.
          if (hasCode(err, 'InvalidEniId.NotFound', 'InvalidInstanceId.NotFound') || (err as { httpStatus?: number }).httpStatus === 404) return;
          const e = await describeEni(ctx, eniId);
          if (e && e.InstanceId !== instanceId) return;
          throw err;
        }
      });
      await step(typeName, id, 'waiting for the ENI to be detached', () =>
        waitFor(ctx, () => describeEni(ctx, eniId), (e) => e === null || (e.InstanceId !== instanceId && e.Status === 'Available'), { what: `ENI ${eniId} to be detached from ${instanceId}` }),
      );
    },

    async importState(_ctx, id) {
      const p = parsePairId(typeName, id, FORMAT, ['eni-', 'i-'], 'eni-bp1abc:i-bp1def');
      return complete(networkInterfaceAttachmentAttributes, { id, network_interface_id: p.first, instance_id: p.second });
    },
  };
}

export const ecsNetworkInterfaceAttachmentResource = definition('alicloud_ecs_network_interface_attachment');
/** The real provider's older name for the same resource, same schema and behaviour. */
export const networkInterfaceAttachmentResource = definition('alicloud_network_interface_attachment');
