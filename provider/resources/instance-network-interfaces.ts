/**
 * alicloud_instance's `network_interfaces`: secondary ENIs created (or, with network_interface_id,
 * attached) by RunInstances at launch, as the real provider sends them (NetworkInterface.N with
 * InstanceType Secondary), and read back as it reads them: every non-primary NIC DescribeInstances
 * lists, with its settings from DescribeNetworkInterfaces. So an ENI attached later by
 * alicloud_ecs_network_interface_attachment shows here too, as on the real provider.
 *
 * Flags as the real schema: the block is Optional+Computed (left out, it keeps what the API shows,
 * so an import plans empty) and every field is Optional+Computed+ForceNew (changing one replaces
 * the instance). There is no MaxItems: the instance type's EniQuantity is the limit (the API
 * refuses more with EniPerInstanceLimitExceeded).
 */
import type { NestedBlockSchema, ObjectValue, ResourceContext } from '../framework/types';
import type { Params } from '../client/api-client';
import { api } from '../shared/api';
import { oneOf } from '../shared/validators';
import { bool, known, num, str, strList, unwrapList } from '../shared/values';

const fnc = { optional: true, computed: true, forceNew: true } as const;

export const networkInterfacesBlock: NestedBlockSchema = {
  nesting: 'list',
  computedWhenAbsent: true,
  block: {
    description: 'A secondary elastic network interface created (or attached) with the instance; RunInstances releases a created one with the instance.',
    attributes: {
      network_interface_id: { type: 'string', ...fnc, description: 'An existing Available ENI to attach at launch; otherwise the ID of the ENI created.' },
      vswitch_id: { type: 'string', ...fnc, description: 'The VSwitch of a new ENI (the instance\'s by default); same zone and VPC as the instance.' },
      network_interface_traffic_mode: {
        type: 'string', ...fnc, validators: [oneOf(['Standard', 'HighPerformance'])],
        description: 'Standard or HighPerformance (RDMA; recorded and shown, nothing is routed).',
      },
      network_card_index: { type: 'number', ...fnc, description: 'The physical network card of the ENI (recorded and shown).' },
      queue_pair_number: { type: 'number', ...fnc, description: 'The queue pairs of an RDMA ENI (recorded and shown).' },
      source_dest_check: { type: 'bool', ...fnc, description: 'Whether the ENI checks source and destination addresses (recorded and shown).' },
      security_group_ids: { type: ['list', 'string'], ...fnc, description: 'The security groups of a new ENI (the instance\'s by default).' },
    },
  },
};

/** The NetworkInterface.N parameters of RunInstances, as the real provider builds them. */
export function networkInterfaceLaunchParams(planned: ObjectValue): Params {
  const params: Params = {};
  const blocks = Array.isArray(planned.network_interfaces) ? (planned.network_interfaces as ObjectValue[]) : [];
  blocks.forEach((b, i) => {
    const p = `NetworkInterface.${i + 1}`;
    // An existing ENI takes no creation parameter.
    if (known(b.network_interface_id) && str(b.network_interface_id)) {
      params[`${p}.NetworkInterfaceId`] = str(b.network_interface_id);
      return;
    }
    params[`${p}.InstanceType`] = 'Secondary';
    if (known(b.vswitch_id)) params[`${p}.VSwitchId`] = str(b.vswitch_id);
    if (known(b.network_interface_traffic_mode)) params[`${p}.NetworkInterfaceTrafficMode`] = str(b.network_interface_traffic_mode);
    if (known(b.network_card_index)) params[`${p}.NetworkCardIndex`] = num(b.network_card_index);
    // The real provider leaves out a queue pair number of 0.
    if (known(b.queue_pair_number) && num(b.queue_pair_number)) params[`${p}.QueuePairNumber`] = num(b.queue_pair_number);
    if (known(b.source_dest_check)) params[`${p}.SourceDestCheck`] = bool(b.source_dest_check);
    (known(b.security_group_ids) ? (strList(b.security_group_ids) ?? []) : []).forEach((g, j) => (params[`${p}.SecurityGroupIds.${j + 1}`] = g));
  });
  return params;
}

/** The block's state: the instance's non-primary NICs in DescribeInstances' order, with their ENI settings. */
export async function readNetworkInterfaces(ctx: ResourceContext, inst: any): Promise<ObjectValue[]> {
  const ids = unwrapList(inst?.NetworkInterfaces, 'NetworkInterface')
    .filter((n: any) => n?.Type !== 'Primary' && n?.NetworkInterfaceId)
    .map((n: any) => String(n.NetworkInterfaceId));
  if (ids.length === 0) return [];
  const params: Params = { PageSize: 100 };
  ids.forEach((id, i) => (params[`NetworkInterfaceId.${i + 1}`] = id));
  const out = await api(ctx, 'ecs', 'DescribeNetworkInterfaces', params);
  const byId = new Map(unwrapList(out?.NetworkInterfaceSets, 'NetworkInterfaceSet').map((e: any) => [String(e.NetworkInterfaceId), e]));
  return ids.map((id) => {
    const e: any = byId.get(id) ?? {};
    return {
      network_interface_id: id,
      vswitch_id: e.VSwitchId ?? '',
      network_interface_traffic_mode: e.NetworkInterfaceTrafficMode ?? '',
      // Absent fields read as the zero value, as the real provider's SDK sets them.
      queue_pair_number: Number(e.QueuePairNumber ?? 0),
      source_dest_check: e.SourceDestCheck === true || e.SourceDestCheck === 'true',
      security_group_ids: unwrapList<string>(e.SecurityGroupIds, 'SecurityGroupId').map(String),
      network_card_index: Number(e.Attachment?.NetworkCardIndex ?? 0),
    };
  });
}
