/**
 * alicloud_eip_address arguments beyond allocation, name and bandwidth: deletion protection, the
 * binding mode, the zone, high-definition monitoring, and the accepted-only order options. Kept
 * apart from eip-address.ts so that file stays about allocation and the aliases.
 *
 * Modelled (the sandbox's API holds them and shows them back):
 * - `deletion_protection`: DeletionProtection (Type EIP); a protected EIP cannot be released
 *   (ReleaseEipAddress answers InvalidOperation.DeletionProtection), as on the real cloud.
 * - `mode`: ModifyEipForwardMode; recorded and shown. The sandbox routes every mode as NAT mode.
 * - `zone`: AllocateEipAddress Zone; recorded and shown (the address pool is regional).
 * - `high_definition_monitor_log_status`, `log_project`, `log_store`:
 *   SetHighDefinitionMonitorLogStatus and DescribeHighDefinitionMonitorLogAttribute; recorded,
 *   no logs are written.
 * Accepted only: `activity_id` (a promotion id, sent and ignored) and `public_ip_address_pool_id`
 * (IP address pools are not modelled, so it is kept in state and not sent).
 */
import { isUnknown, type AttributeSchema, type ObjectValue, type ResourceContext } from '../framework/types';
import { api } from '../shared/api';
import { oneOf } from '../shared/validators';
import { bool, str } from '../shared/values';
import { step } from './common';
import { acceptedOnly } from './parity';

const TYPE = 'alicloud_eip_address';
const MODES = ['NAT', 'MULTI_BINDED', 'BINDED'];

export const eipExtraAttributes: { [name: string]: AttributeSchema } = {
  deletion_protection: {
    type: 'bool',
    optional: true,
    computed: true,
    description: 'Release protection (DeletionProtection): while true, the EIP cannot be released. Changes in place.',
  },
  mode: {
    type: 'string',
    optional: true,
    computed: true,
    description: 'The binding mode: NAT (the default), MULTI_BINDED or BINDED. Changes in place (ModifyEipForwardMode). The sandbox records it and routes every mode as NAT mode.',
    validators: [oneOf(MODES)],
  },
  zone: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'The zone of the EIP. Recorded and shown; the sandbox\'s address pool is regional.',
  },
  high_definition_monitor_log_status: {
    type: 'string',
    optional: true,
    computed: true,
    forceNew: true,
    description: 'ON or OFF: second-level monitoring logs (SetHighDefinitionMonitorLogStatus). Recorded; the sandbox writes no logs.',
    validators: [oneOf(['ON', 'OFF'])],
  },
  log_project: { type: 'string', optional: true, description: 'The Log Service project of the monitoring logs (read back while the status is ON).' },
  log_store: { type: 'string', optional: true, description: 'The Log Service logstore of the monitoring logs (read back while the status is ON).' },
  activity_id: acceptedOnly('string', 'A promotion ID sent with AllocateEipAddress.'),
  public_ip_address_pool_id: acceptedOnly('string', 'The IP address pool the address comes from.', { forceNew: true }),
};

/** AllocateEipAddress parameters for these arguments. */
export function eipExtraAllocateParams(planned: ObjectValue): Record<string, string | undefined> {
  return { Zone: str(planned.zone), ActivityId: str(planned.activity_id) };
}

/** The state of these arguments from DescribeEipAddresses (and, while ON, the monitoring attribute). */
export async function eipExtraState(ctx: ResourceContext, eip: any, prior: ObjectValue): Promise<ObjectValue> {
  const hd: string = eip.HDMonitorStatus || 'OFF';
  let logProject = prior.log_project ?? null;
  let logStore = prior.log_store ?? null;
  if (hd === 'ON') {
    // As the real provider: the log destination is read back only while monitoring is on.
    const attr = await api(ctx, 'vpc', 'DescribeHighDefinitionMonitorLogAttribute', { InstanceId: eip.AllocationId, InstanceType: 'EIP' });
    logProject = attr?.LogProject || null;
    logStore = attr?.LogStore || null;
  }
  return {
    deletion_protection: eip.DeletionProtection === true || eip.DeletionProtection === 'true',
    mode: eip.Mode || 'NAT',
    zone: eip.Zone ?? '',
    high_definition_monitor_log_status: hd,
    log_project: logProject,
    log_store: logStore,
    activity_id: prior.activity_id ?? null,
    public_ip_address_pool_id: prior.public_ip_address_pool_id ?? null,
  };
}

/**
 * After allocation (prior = null) or on update: the calls that set what changed. On create only
 * what differs from the API's defaults is sent (protection off, NAT mode, monitoring OFF).
 */
export async function applyEipExtras(ctx: ResourceContext, id: string, prior: ObjectValue | null, planned: ObjectValue): Promise<void> {
  const changed = (name: string, dflt: unknown) => {
    const v = planned[name];
    if (v === null || v === undefined || isUnknown(v)) return false;
    return prior ? v !== prior[name] : v !== dflt;
  };
  if (changed('mode', 'NAT')) {
    await step(TYPE, id, 'changing the binding mode', () =>
      api(ctx, 'vpc', 'ModifyEipForwardMode', { InstanceId: id, Mode: str(planned.mode) }, { idempotent: true, retryCodes: ['TaskConflict', 'IncorrectEipStatus'] }),
    );
  }
  const hdChanged = changed('high_definition_monitor_log_status', 'OFF') || changed('log_project', null) || changed('log_store', null);
  if (hdChanged) {
    await step(TYPE, id, 'setting high-definition monitoring', () =>
      api(ctx, 'vpc', 'SetHighDefinitionMonitorLogStatus', {
        InstanceId: id,
        InstanceType: 'EIP',
        Status: str(planned.high_definition_monitor_log_status),
        LogProject: str(planned.log_project),
        LogStore: str(planned.log_store),
      }, { idempotent: true }),
    );
  }
  if (changed('deletion_protection', false)) {
    await step(TYPE, id, 'setting deletion protection', () =>
      api(ctx, 'vpc', 'DeletionProtection', { InstanceId: id, Type: 'EIP', ProtectionEnable: bool(planned.deletion_protection) }, { idempotent: true }),
    );
  }
}
