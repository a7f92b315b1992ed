/**
 * Reads back what a sandbox holds in one region (VPCs, VSwitches, route tables with their custom
 * entries, instances, security groups, ENIs, NAT gateways with their NAT IPs, EIPs), signed with
 * the provider's own API client, and renders it as readable tables. Used by `alicloud-sandbox
 * inventory`, `npm run demo` and the end-to-end tests (which assert a destroy left nothing).
 */
import { createApiClient, type ApiClient, type Params, type Product } from '../provider/client/api-client';
import { resolveProviderConfig } from '../provider/framework/provider-config';

export const DEFAULT_ACCESS_KEY = 'SANDBOXACCESSKEY';
export const DEFAULT_SECRET_KEY = 'sandbox-secret';
export const DEFAULT_REGION = 'cn-hangzhou';

export function sandboxClient(endpoint: string, region = process.env.ALICLOUD_REGION ?? DEFAULT_REGION): ApiClient {
  // The provider's own credential rule: sandbox-account variables first, real-looking keys never.
  const { accessKey, secretKey } = resolveProviderConfig(null, process.env).resolved;
  return createApiClient({
    endpoint,
    accessKey,
    secretKey,
    region,
    maxElapsedMs: 15_000,
  });
}

function listOf(wrapper: any, key: string): any[] {
  const v = wrapper?.[key];
  return Array.isArray(v) ? v : v ? [v] : [];
}

/** Every item of a PageNumber/PageSize-paged Describe action. */
async function allPages(client: ApiClient, product: Product, action: string, params: Params, outer: string, inner: string, pageSize = 50): Promise<any[]> {
  const items: any[] = [];
  for (let page = 1; page < 1000; page++) {
    const out = await client.call(product, action, { ...params, PageNumber: page, PageSize: pageSize });
    const got = listOf(out?.[outer], inner);
    items.push(...got);
    const total = Number(out?.TotalCount ?? items.length);
    if (got.length === 0 || items.length >= total) break;
  }
  return items;
}

export interface Inventory {
  vpcs: Array<{ id: string; name: string; cidrBlock: string; status: string; isDefault: boolean; routerId: string }>;
  vswitches: Array<{ id: string; name: string; vpcId: string; zoneId: string; cidrBlock: string; available: number; isDefault: boolean; status: string }>;
  routeTables: Array<{ id: string; vpcId: string; type: string; routerId: string }>;
  /** Custom entries only (system entries come and go with VPCs and VSwitches). */
  routes: Array<{ routeTableId: string; destination: string; nextHopType: string; nextHopId: string; status: string }>;
  instances: Array<{ id: string; name: string; status: string; vpcId: string; vswitchId: string; privateIp: string }>;
  securityGroups: Array<{ id: string; name: string; vpcId: string }>;
  /** Every ENI, an instance's primary one included (type Primary; it goes with its instance). */
  networkInterfaces: Array<{ id: string; name: string; type: string; status: string; vswitchId: string; privateIp: string; instanceId: string }>;
  natGateways: Array<{ id: string; name: string; networkType: string; status: string; vpcId: string; vswitchId: string }>;
  /** The NAT IPs of VPC (intranet) NAT gateways; an Internet gateway's addresses are EIPs. */
  natIps: Array<{ id: string; natGatewayId: string; ip: string; cidr: string; status: string }>;
  eips: Array<{ id: string; ip: string; status: string; instanceId: string }>;
}

/** Every item of a NextToken-paged List action. */
async function allTokens(client: ApiClient, product: Product, action: string, params: Params, key: string): Promise<any[]> {
  const items: any[] = [];
  let token: string | undefined;
  do {
    const out = await client.call(product, action, { ...params, MaxResults: 100, NextToken: token });
    items.push(...listOf(out, key));
    token = out?.NextToken || undefined;
  } while (token);
  return items;
}

export async function readInventory(client: ApiClient): Promise<Inventory> {
  const [vpcsRaw, vswRaw, instRaw, sgRaw, eniRaw, natRaw, eipRaw] = await Promise.all([
    allPages(client, 'vpc', 'DescribeVpcs', {}, 'Vpcs', 'Vpc'),
    allPages(client, 'vpc', 'DescribeVSwitches', {}, 'VSwitches', 'VSwitch'),
    allPages(client, 'ecs', 'DescribeInstances', {}, 'Instances', 'Instance', 100),
    allPages(client, 'ecs', 'DescribeSecurityGroups', {}, 'SecurityGroups', 'SecurityGroup'),
    allPages(client, 'ecs', 'DescribeNetworkInterfaces', {}, 'NetworkInterfaceSets', 'NetworkInterfaceSet', 100),
    allPages(client, 'vpc', 'DescribeNatGateways', {}, 'NatGateways', 'NatGateway'),
    allPages(client, 'vpc', 'DescribeEipAddresses', {}, 'EipAddresses', 'EipAddress'),
  ]);
  const natIps: Inventory['natIps'] = [];
  for (const n of natRaw) {
    // ListNatIps answers only for VPC NAT gateways; an Internet gateway's addresses are its EIPs.
    if (n.NetworkType !== 'intranet') continue;
    for (const ip of await allTokens(client, 'vpc', 'ListNatIps', { NatGatewayId: n.NatGatewayId }, 'NatIps')) {
      natIps.push({ id: ip.NatIpId, natGatewayId: n.NatGatewayId, ip: ip.NatIp, cidr: ip.NatIpCidr ?? '', status: ip.NatIpStatus ?? '' });
    }
  }
  const routeTables: Inventory['routeTables'] = [];
  const routes: Inventory['routes'] = [];
  for (const v of vpcsRaw) {
    const tables = await allPages(client, 'vpc', 'DescribeRouteTableList', { VpcId: v.VpcId }, 'RouterTableList', 'RouterTableListType');
    for (const t of tables) {
      routeTables.push({ id: t.RouteTableId, vpcId: t.VpcId ?? v.VpcId, type: t.RouteTableType, routerId: t.RouterId });
      let token: string | undefined;
      do {
        const out = await client.call('vpc', 'DescribeRouteEntryList', { RouteTableId: t.RouteTableId, MaxResult: 100, NextToken: token });
        for (const e of listOf(out?.RouteEntrys, 'RouteEntry')) {
          if (e.Type !== 'Custom') continue;
          const hop = listOf(e.NextHops, 'NextHop')[0] ?? {};
          routes.push({
            routeTableId: t.RouteTableId,
            destination: e.DestinationCidrBlock,
            nextHopType: hop.NextHopType ?? e.NextHopType ?? '',
            nextHopId: hop.NextHopId ?? e.InstanceId ?? '',
            status: e.Status,
          });
        }
        token = out?.NextToken || undefined;
      } while (token);
    }
  }
  return {
    vpcs: vpcsRaw.map((v) => ({ id: v.VpcId, name: v.VpcName ?? '', cidrBlock: v.CidrBlock, status: v.Status, isDefault: v.IsDefault === true || v.IsDefault === 'true', routerId: v.VRouterId })),
    vswitches: vswRaw.map((s) => ({
      id: s.VSwitchId,
      name: s.VSwitchName ?? '',
      vpcId: s.VpcId,
      zoneId: s.ZoneId,
      cidrBlock: s.CidrBlock,
      available: Number(s.AvailableIpAddressCount),
      isDefault: s.IsDefault === true || s.IsDefault === 'true',
      status: s.Status,
    })),
    routeTables,
    routes,
    instances: instRaw.map((i) => ({
      id: i.InstanceId,
      name: i.InstanceName ?? '',
      status: i.Status,
      vpcId: i.VpcAttributes?.VpcId ?? '',
      vswitchId: i.VpcAttributes?.VSwitchId ?? '',
      privateIp: listOf(i.VpcAttributes?.PrivateIpAddress, 'IpAddress')[0] ?? '',
    })),
    securityGroups: sgRaw.map((g) => ({ id: g.SecurityGroupId, name: g.SecurityGroupName ?? '', vpcId: g.VpcId ?? '' })),
    networkInterfaces: eniRaw.map((e) => ({
      id: e.NetworkInterfaceId,
      name: e.NetworkInterfaceName ?? '',
      type: e.Type ?? '',
      status: e.Status ?? '',
      vswitchId: e.VSwitchId ?? '',
      privateIp: e.PrivateIpAddress ?? '',
      instanceId: e.InstanceId ?? '',
    })),
    natGateways: natRaw.map((n) => ({
      id: n.NatGatewayId,
      name: n.Name ?? '',
      networkType: n.NetworkType ?? 'internet',
      status: n.Status ?? '',
      vpcId: n.VpcId ?? '',
      vswitchId: n.NatGatewayPrivateInfo?.VswitchId ?? n.VSwitchId ?? '',
    })),
    natIps,
    eips: eipRaw.map((e) => ({ id: e.AllocationId, ip: e.IpAddress, status: e.Status ?? '', instanceId: e.InstanceId ?? '' })),
  };
}

/** True when the sandbox holds nothing in the region. */
export function isEmpty(inv: Inventory): boolean {
  const counts = [inv.vpcs, inv.vswitches, inv.routes, inv.instances, inv.securityGroups, inv.networkInterfaces, inv.natGateways, inv.natIps, inv.eips];
  return counts.every((list) => list.length === 0);
}

/**
 * The other regions where the sandbox holds VPCs, security groups or EIPs (what every other
 * resource hangs off), so `inventory` can point at a stack that landed elsewhere: a provider block
 * without a region deploys to cn-beijing, as the real provider does.
 */
export async function otherRegionsHolding(endpoint: string, region: string): Promise<string[]> {
  const out = await sandboxClient(endpoint, region).call('ecs', 'DescribeRegions', {});
  const ids: string[] = listOf(out?.Regions, 'Region').map((r) => r.RegionId).filter((id) => id && id !== region);
  const holding = await Promise.all(
    ids.map(async (id) => {
      const c = sandboxClient(endpoint, id);
      const counts = await Promise.all([
        c.call('vpc', 'DescribeVpcs', { PageSize: 1 }),
        c.call('ecs', 'DescribeSecurityGroups', { PageSize: 1 }),
        c.call('vpc', 'DescribeEipAddresses', { PageSize: 1 }),
      ]);
      return counts.some((r) => Number(r?.TotalCount ?? 0) > 0) ? id : undefined;
    }),
  );
  return holding.filter((id): id is string => id !== undefined);
}

/** A plain-text table: a header row, a rule, the rows; columns padded to fit. */
export function renderTable(title: string, headers: string[], rows: string[][]): string {
  if (rows.length === 0) return `${title}: none\n`;
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => String(c ?? '').padEnd(widths[i])).join('  ').trimEnd();
  return [`${title} (${rows.length})`, `  ${line(headers)}`, `  ${widths.map((w) => '-'.repeat(w)).join('  ')}`, ...rows.map((r) => `  ${line(r)}`), ''].join('\n');
}

export function renderInventory(inv: Inventory): string {
  return [
    renderTable('VPCs', ['VPC ID', 'Name', 'CIDR block', 'Status', 'Default', 'vRouter'], inv.vpcs.map((v) => [v.id, v.name, v.cidrBlock, v.status, v.isDefault ? 'yes' : 'no', v.routerId])),
    renderTable(
      'VSwitches',
      ['VSwitch ID', 'Name', 'Zone', 'CIDR block', 'Free IPs', 'Status', 'VPC ID'],
      inv.vswitches.map((s) => [s.id, s.name, s.zoneId, s.cidrBlock, String(s.available), s.status, s.vpcId]),
    ),
    renderTable('Route tables', ['Route table ID', 'Type', 'vRouter', 'VPC ID'], inv.routeTables.map((t) => [t.id, t.type, t.routerId, t.vpcId])),
    renderTable('Custom routes', ['Route table ID', 'Destination', 'Next hop type', 'Next hop', 'Status'], inv.routes.map((r) => [r.routeTableId, r.destination, r.nextHopType, r.nextHopId, r.status])),
    renderTable('Instances', ['Instance ID', 'Name', 'Status', 'Private IP', 'VSwitch ID'], inv.instances.map((i) => [i.id, i.name, i.status, i.privateIp, i.vswitchId])),
    renderTable('Security groups', ['Group ID', 'Name', 'VPC ID'], inv.securityGroups.map((g) => [g.id, g.name, g.vpcId])),
    renderTable(
      'Network interfaces',
      ['ENI ID', 'Name', 'Type', 'Status', 'Private IP', 'VSwitch ID', 'Instance ID'],
      inv.networkInterfaces.map((e) => [e.id, e.name, e.type, e.status, e.privateIp, e.vswitchId, e.instanceId]),
    ),
    renderTable('NAT gateways', ['NAT gateway ID', 'Name', 'Network', 'Status', 'VPC ID', 'VSwitch ID'], inv.natGateways.map((n) => [n.id, n.name, n.networkType, n.status, n.vpcId, n.vswitchId])),
    renderTable('NAT IPs', ['NAT IP ID', 'NAT IP', 'NAT IP CIDR', 'Status', 'NAT gateway ID'], inv.natIps.map((i) => [i.id, i.ip, i.cidr, i.status, i.natGatewayId])),
    renderTable('EIPs', ['Allocation ID', 'IP address', 'Status', 'Bound to'], inv.eips.map((e) => [e.id, e.ip, e.status, e.instanceId])),
  ].join('\n');
}
