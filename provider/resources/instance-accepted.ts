/**
 * alicloud_instance arguments that the real provider documents and the sandbox accepts and keeps
 * without modelling them (see ./parity.ts): billing periods, dedicated-host placement,
 * encryption, launch templates and CPU options (renewal, maintenance, volume_tags and the
 * system disk's performance level are read back: instance-upkeep.ts; launch-time ENIs are modelled:
 * instance-network-interfaces.ts).
 * They are planned with the real provider's schema defaults and read back from the prior state, so
 * the ECS instance community module (which sets most of them, many to null) plans and applies, and
 * a second plan is empty.
 */
import { isUnknown, type AttributeSchema, type NestedBlockSchema, type ObjectValue } from '../framework/types';
import { acceptedOnly, acceptedOnlyBlock } from './parity';

const s = (what: string, extra: Partial<AttributeSchema> = {}) => acceptedOnly('string', what, extra);
const n = (what: string, extra: Partial<AttributeSchema> = {}) => acceptedOnly('number', what, extra);
const b = (what: string, extra: Partial<AttributeSchema> = {}) => acceptedOnly('bool', what, extra);
const fn = { forceNew: true };
const fnc = { forceNew: true, computed: true };
const c = { computed: true };

export const instanceAcceptedAttributes: { [name: string]: AttributeSchema } = {
  // System disk options beyond category and size.
  system_disk_auto_snapshot_policy_id: s('The automatic snapshot policy of the system disk.', c),
  system_disk_storage_cluster_id: s('The dedicated block storage cluster of the system disk.', fn),
  system_disk_encrypted: b('Whether the system disk is encrypted.', { ...fnc, default: false }),
  system_disk_kms_key_id: s('The KMS key encrypting the system disk.', fnc),
  system_disk_encrypt_algorithm: s('The encryption algorithm of the system disk.', fn),
  system_disk_provisioned_iops: n('Provisioned IOPS of an ESSD AutoPL system disk.'),
  system_disk_bursting_enabled: b('Whether an ESSD AutoPL system disk may burst.'),
  // Login and credentials.
  kms_encrypted_password: s('A KMS-encrypted login password, decrypted by the real provider.'),
  kms_encryption_context: acceptedOnly(['map', 'string'], 'The KMS encryption context of kms_encrypted_password.'),
  password_inherit: b('Whether the image\'s preset password is used.'),
  // Billing.
  period: n('The length of a PrePaid period.', c),
  include_data_disks: b('Whether billing changes also apply to the data disks.', { default: true }),
  auto_release_time: s('When a PostPaid instance is released automatically (UTC, yyyy-MM-ddTHH:mm:ssZ).'),
  // Placement.
  deployment_set_id: s('The deployment set of the instance.'),
  dedicated_host_id: s('The dedicated host the instance runs on.', fn),
  launch_template_id: s('The launch template the instance is created from.', fn),
  launch_template_name: s('The name of the launch template the instance is created from.', fn),
  launch_template_version: s('The version of the launch template.', fn),
  private_pool_options_match_criteria: s('Which private capacity pool the instance uses.', c),
  private_pool_options_id: s('The private capacity pool of the instance.', c),
  enable_high_density_mode: b('Whether the instance runs in high-density mode.'),
  operator_type: s('How a changed instance type is applied to a PrePaid instance: upgrade or downgrade.'),
  // Security and metadata.
  security_enhancement_strategy: s('Whether the security hardening agent is activated: Active or Deactive.', fnc),
  is_outdated: b('Whether the real provider accepts an outdated instance type.'),
  dry_run: b('Whether the real provider only checks the request (DryRun).', { default: false }),
  // Network options beyond the primary address.
  enable_jumbo_frame: b('Whether jumbo frames are enabled.', c),
  network_interface_traffic_mode: s('The traffic mode of the primary NIC: Standard or HighPerformance.', fnc),
  network_card_index: n('The network card of the primary NIC.', fnc),
  queue_pair_number: n('The queue pairs of the primary NIC.', fnc),
  source_dest_check: b('Whether the primary NIC checks source and destination addresses.', fnc),
  // Deprecated in the real provider.
  allocate_public_ip: b('Whether a public IP is allocated (the real provider now decides by internet_max_bandwidth_out, as the sandbox does).', { deprecated: true }),
  internet_max_bandwidth_in: n('The maximum inbound public bandwidth in Mbit/s.', { deprecated: true, computed: true }),
  role_name: s('The RAM role of the instance (alicloud_ecs_ram_role_attachment in the real provider).', { deprecated: true, computed: true }),
};

export const instanceAcceptedBlocks: { [name: string]: NestedBlockSchema } = {
  image_options: acceptedOnlyBlock('set', 'Image options at launch.', {
    login_as_non_root: b('Whether the login user is ecs-user instead of root.', fn),
  }, { maxItems: 1 }),
  cpu_options: acceptedOnlyBlock('list', 'CPU options of the instance.', {
    core_count: n('The physical CPU cores.'),
    threads_per_core: n('The threads per core.'),
    topology_type: s('The CPU topology type.'),
  }, { maxItems: 1 }),
};

/**
 * On an in-place update, an accepted-only computed attribute that the configuration leaves out and
 * the prior state holds as null stays null instead of "(known after apply)": nothing in the
 * sandbox ever gives it a value, so the apply returns null again. The real provider's plan (SDKv2)
 * shows nothing for such attributes either; without this every instance update listed a dozen.
 */
export function keepAcceptedNullsOnUpdate(config: ObjectValue, prior: ObjectValue, planned: ObjectValue): void {
  for (const [name, a] of Object.entries(instanceAcceptedAttributes)) {
    if (!a.computed || !isUnknown(planned[name])) continue;
    if ((prior[name] ?? null) === null && (config[name] ?? null) === null) planned[name] = null;
  }
}
