/**
 * alicloud_eip — the deprecated name of alicloud_eip_address, still served by the real provider
 * (deprecated since 1.126.0) because HCL written before then uses it: the community EIP and
 * NAT-gateway modules declare `resource "alicloud_eip"`. The real provider builds both types from
 * one schema and one implementation, so this one is alicloud_eip_address under another type name:
 * the same arguments (deprecated `name` and `instance_charge_type` included), the same attributes
 * (`ip_address`, `status`, …), the same actions and import by allocation id. Failure messages
 * name alicloud_eip_address, the implementation they come from.
 */
import type { ResourceDefinition } from '../framework/types';
import { eipAddressResource } from './eip-address';

export const eipResource: ResourceDefinition = {
  ...eipAddressResource,
  typeName: 'alicloud_eip',
  schema: {
    ...eipAddressResource.schema,
    description: 'An Elastic IP address (EIP). Deprecated by the real provider since 1.126.0: use alicloud_eip_address, which this type shares its schema and behaviour with.',
  },
};
