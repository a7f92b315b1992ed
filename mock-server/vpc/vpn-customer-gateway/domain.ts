/**
 * Customer gateway rules, as the real CreateCustomerGateway checks them: the IDC gateway's
 * address is a public IPv4 address, one gateway per address; the name is 2–128 characters of
 * letters, digits, '-' and '_', beginning with a letter, a digit or '-' (the guide's rule), and
 * the description 2–256 characters not beginning with http:// or https://.
 */
import { isIpv4, ipToInt, parseCidr, containsIp } from '../../../network-rules/cidr';
import { requireNoDependants } from '../../domain/dependants';
import { newId } from '../../domain/ids';
import { DEFAULT_RESOURCE_GROUP_ID } from '../../domain/resource-groups';
import type { Tags } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import { checkVpnDescription, checkVpnName } from '../vpn-gateway/naming';
import { InvalidCustomerGatewayInstanceIdNotFound, InvalidIpAddressAlreadyExist, InvalidIpAddressWrongFormat } from './errors';
import { CUSTOMER_GATEWAYS, type CustomerGatewayRecord } from './records';

/**
 * Blocks that are not public unicast addresses: this network, private ranges, shared address
 * space (100.64/10, which Alibaba Cloud uses for its services), loopback, link-local, the IETF
 * protocol block, multicast and reserved. The RFC 5737 documentation ranges stay allowed: the
 * sandbox hands them out as its public addresses, so tests can use them for IDC gateways too.
 */
const NOT_PUBLIC = ['0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/24', '192.168.0.0/16', '198.18.0.0/15', '224.0.0.0/4', '240.0.0.0/4'].map(
  (t) => parseCidr(t)!,
);

export function publicIpProblem(text: string): string | undefined {
  if (!isIpv4(text)) return 'it is not an IPv4 address such as 211.167.68.68';
  const ip = ipToInt(text);
  const block = NOT_PUBLIC.find((b) => containsIp(b, ip));
  if (block) return `it lies in ${block.text}, which is not public address space; give the public address of the IDC's VPN device`;
  return undefined;
}

export function getCustomerGateway(tx: Transaction, id: string): CustomerGatewayRecord {
  const g = tx.table<CustomerGatewayRecord>(CUSTOMER_GATEWAYS).get(id);
  if (!g) throw new InvalidCustomerGatewayInstanceIdNotFound(`The customer gateway "${id}" does not exist in region ${tx.region}. DescribeCustomerGateways lists them.`);
  return g;
}

export interface CreateCustomerGatewayInput {
  ipAddress: string;
  name?: string;
  description?: string;
  asn?: string;
  authKey?: string;
  resourceGroupId?: string;
  tags: Tags;
}

export function createCustomerGateway(tx: Transaction, input: CreateCustomerGatewayInput): CustomerGatewayRecord {
  const problem = publicIpProblem(input.ipAddress);
  if (problem) throw new InvalidIpAddressWrongFormat(`The IpAddress "${input.ipAddress.slice(0, 60)}" cannot be used: ${problem}.`);
  const name = checkVpnName(input.name, 'Name', false) ?? '';
  const description = checkVpnDescription(input.description) ?? '';
  const clash = tx.table<CustomerGatewayRecord>(CUSTOMER_GATEWAYS).find((g) => g.ipAddress === input.ipAddress);
  if (clash) {
    throw new InvalidIpAddressAlreadyExist(`The IpAddress ${input.ipAddress} already has customer gateway ${clash.id}: one customer gateway per IDC address. Use ${clash.id} for more VPN connections.`);
  }
  const g: CustomerGatewayRecord = {
    id: newId('cgw'),
    ipAddress: input.ipAddress,
    name,
    description,
    asn: input.asn ?? '',
    authKey: input.authKey ?? '',
    resourceGroupId: input.resourceGroupId || DEFAULT_RESOURCE_GROUP_ID,
    createdAt: tx.now,
    tags: input.tags,
  };
  return tx.table<CustomerGatewayRecord>(CUSTOMER_GATEWAYS).put(g);
}

export function modifyCustomerGateway(tx: Transaction, id: string, input: { name?: string; description?: string; authKey?: string }): CustomerGatewayRecord {
  const g = getCustomerGateway(tx, id);
  const name = checkVpnName(input.name, 'Name', false);
  const description = checkVpnDescription(input.description);
  return tx.table<CustomerGatewayRecord>(CUSTOMER_GATEWAYS).put({
    ...g,
    name: name ?? g.name,
    description: description ?? g.description,
    authKey: input.authKey ?? g.authKey,
  });
}

export function deleteCustomerGateway(tx: Transaction, id: string): CustomerGatewayRecord {
  const g = getCustomerGateway(tx, id);
  requireNoDependants(tx, 'customerGateway', g.id);
  tx.table<CustomerGatewayRecord>(CUSTOMER_GATEWAYS).delete(g.id);
  return g;
}
