/**
 * What the NAT IP family registers about the families it joins: a NAT IP taken from a VPC NAT
 * gateway's default block holds that address in the gateway's VSwitch (no instance or other holder
 * may take it, and AvailableIpAddressCount counts it); and a gateway deleted with its NAT IPs and
 * NAT IP CIDR blocks takes them with it.
 */
import type { CascadeRow } from '../../domain/dependants';
import { bind, type HookBinding } from '../../domain/hooks';
import { ADDRESS_HOOKS } from '../../ecs/instance/addresses';
import { countPerVSwitch, VSWITCH_ADDRESS_HOOKS } from '../vswitch/address-holders';
import { natIpCidrTable, natIpTable } from './domain';

export const natIpCascades: CascadeRow[] = [
  {
    parent: 'natGateway',
    what: 'NAT IPs and NAT IP CIDR blocks of a VPC NAT gateway',
    remove: (tx, natId) => {
      natIpTable(tx).filter((r) => r.natGatewayId === natId).forEach((r) => natIpTable(tx).delete(r.id));
      natIpCidrTable(tx).filter((r) => r.natGatewayId === natId).forEach((r) => natIpCidrTable(tx).delete(r.id));
    },
  },
];

export const natIpHooks: HookBinding[] = [
  bind(ADDRESS_HOOKS.privateInUse, (tx, vswitchId) => natIpTable(tx).filter((r) => r.vswitchId === vswitchId).map((r) => r.natIp)),
  bind(VSWITCH_ADDRESS_HOOKS.holders, (tx) => ({ perVSwitch: countPerVSwitch(natIpTable(tx).all(), (r) => r.vswitchId) })),
];
