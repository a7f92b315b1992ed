/**
 * `npm run docs`: writes the reference documentation in docs/ from what the code declares, so it
 * cannot drift (test/scripts/generate-docs.test.ts fails when docs/ differs from this output):
 *
 *   - every resource and data source with its arguments and attributes: provider/schema.json
 *     (what Terraform sees; `npm run schema` writes it), plus what the schema JSON cannot carry,
 *     read from the definitions themselves: forces-replacement, defaults, timeouts;
 *   - import IDs: the IMPORT_IDS table below; the test imports every example through the
 *     resource's own importState, so a wrong format fails;
 *   - regions, zones, instance types and images: mock-server/domain/region-catalog.ts;
 *   - the SDK examples: docs/examples/*.ts, which the test runs against a sandbox;
 *   - parity with the real provider (per type: each documented argument modelled, accepted only
 *     or not yet): provider/facts/<type>.json against the definitions (scripts/docs-parity.ts).
 *
 *   npx tsx scripts/generate-docs.ts          write docs/
 *   npx tsx scripts/generate-docs.ts --check  exit 1 and list what is stale
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dataSources } from '../provider/data-sources/index';
import { PROVIDER_ADDRESS, effectiveDataSourceSchema, effectiveResourceSchema } from '../provider/framework/schema';
import type { AttributeSchema, BlockSchema, Timeouts } from '../provider/framework/types';
import { resources } from '../provider/resources/index';
import { parityPage, paritySection } from './docs-parity';
import { ALL_INSTANCE_TYPES, DISK_CATEGORIES, allRegions, findImages, instanceTypeFact, zoneInstanceTypes } from '../mock-server/domain/region-catalog';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const DOCS_DIR = path.join(REPO_ROOT, 'docs');
const SCHEMA_FILE = path.join(REPO_ROOT, 'provider', 'schema.json');
const EXAMPLES_DIR = path.join(DOCS_DIR, 'examples');
/** Files under docs/ that are written by hand, not by this script. */
const HAND_WRITTEN = /^examples\//;

/** How each importable resource's ID is written (the real aliyun/alicloud formats). */
export const IMPORT_IDS: Record<string, { format: string; example: string }> = {
  alicloud_vpc: { format: '<vpc_id>', example: 'vpc-bp1qpo0kug3a20qqe0z5p' },
  alicloud_vswitch: { format: '<vswitch_id>', example: 'vsw-bp1s5fnvk4gn2tws03624' },
  alicloud_vpc_ipv4_cidr_block: { format: '<vpc_id>:<secondary_cidr_block>', example: 'vpc-bp1qpo0kug3a20qqe0z5p:192.168.0.0/16' },
  alicloud_route_table: { format: '<route_table_id>', example: 'vtb-bp1nqgvlby72ar1y1ffei' },
  alicloud_route_table_attachment: { format: '<route_table_id>:<vswitch_id>', example: 'vtb-bp1nqgvlby72ar1y1ffei:vsw-bp1s5fnvk4gn2tws03624' },
  alicloud_route_entry: {
    format: '<route_table_id>:<router_id>:<destination_cidrblock>:<nexthop_type>:<nexthop_id> (":" inside an IPv6 destination written "_")',
    example: 'vtb-bp1m8lmt6t9wn4c0xq3kp:vrt-bp1lhl0taikrteen8oe5i:0.0.0.0/0:Instance:i-bp1ctzw6ef9qzq3hzsjn',
  },
  alicloud_instance: { format: '<instance_id>', example: 'i-bp1ctzw6ef9qzq3hzsjn' },
  alicloud_security_group: { format: '<security_group_id>', example: 'sg-bp1fg655nh68xyz9i2r1' },
  alicloud_security_group_rule: {
    format: '<security_group_id>:<type>:<ip_protocol>:<port_range>:<nic_type>:<cidr_ip or source_security_group_id>:<policy>:<priority> (":" inside an IPv6 CIDR written "_")',
    example: 'sg-bp1fg655nh68xyz9i2r1:ingress:tcp:443/443:intranet:0.0.0.0/0:accept:1',
  },
  alicloud_eip_address: { format: '<allocation_id>', example: 'eip-bp1gkd8eun1ulhgf1ilt1' },
  alicloud_eip: { format: '<allocation_id>', example: 'eip-bp1gkd8eun1ulhgf1ilt1' },
  alicloud_eip_association: { format: '<allocation_id>:<instance_id>', example: 'eip-bp1gkd8eun1ulhgf1ilt1:i-bp1ctzw6ef9qzq3hzsjn' },
  alicloud_ecs_network_interface: { format: '<network_interface_id>', example: 'eni-bp1f4j8zbsq9hs6bfzqe' },
  alicloud_network_interface: { format: '<network_interface_id>', example: 'eni-bp1f4j8zbsq9hs6bfzqe' },
  alicloud_ecs_network_interface_attachment: { format: '<network_interface_id>:<instance_id>', example: 'eni-bp1f4j8zbsq9hs6bfzqe:i-bp1ctzw6ef9qzq3hzsjn' },
  alicloud_network_interface_attachment: { format: '<network_interface_id>:<instance_id>', example: 'eni-bp1f4j8zbsq9hs6bfzqe:i-bp1ctzw6ef9qzq3hzsjn' },
  alicloud_nat_gateway: { format: '<nat_gateway_id>', example: 'ngw-bp1uewa15k4iy5770vq2x' },
  alicloud_common_bandwidth_package: { format: '<bandwidth_package_id>', example: 'cbwp-bp1vevu8h3ieh2tcxr1vf' },
  alicloud_common_bandwidth_package_attachment: { format: '<bandwidth_package_id>:<instance_id>', example: 'cbwp-bp1vevu8h3ieh2tcxr1vf:eip-bp1gkd8eun1ulhgf1ilt1' },
  alicloud_vpc_nat_ip_cidr: { format: '<nat_gateway_id>:<nat_ip_cidr>', example: 'ngw-bp1uewa15k4iy5770vq2x:192.168.0.0/16' },
  alicloud_vpc_nat_ip: { format: '<nat_gateway_id>:<nat_ip_id>', example: 'ngw-bp1uewa15k4iy5770vq2x:vpcnatip-bp1xj3ce6r0ofw7v9kq4a' },
  alicloud_vpc_ha_vip: { format: '<ha_vip_id>', example: 'havip-bp1ie7ugd3dbcfbbq9v8w' },
  alicloud_havip: { format: '<ha_vip_id>', example: 'havip-bp1ie7ugd3dbcfbbq9v8w' },
  alicloud_havip_attachment: { format: '<ha_vip_id>:<instance_id>', example: 'havip-bp1ie7ugd3dbcfbbq9v8w:i-bp1gtjxuuvwj17zr5wfz' },
  alicloud_network_acl: { format: '<network_acl_id>', example: 'nacl-bp1lhl0taikrbgnh9wxa' },
  alicloud_vpc_network_acl_attachment: { format: '<network_acl_id>:<resource_id>', example: 'nacl-bp1lhl0taikrbgnh9wxa:vsw-bp1j7kdrxfkwg5r1mmqlk' },
  alicloud_network_acl_entries: { format: '<network_acl_id>:<suffix>', example: 'nacl-bp1lhl0taikrbgnh9wxa:1700000000000' },
  alicloud_vpc_prefix_list: { format: '<prefix_list_id>', example: 'pl-bp1m7qjrmnr1zsa8mxb2v' },
  alicloud_ecs_prefix_list: { format: '<id>', example: 'pl-bp1m7qjrmnr1zsa8mxb2v' },
  alicloud_snat_entry: { format: '<snat_table_id>:<snat_entry_id>', example: 'stb-bp1ss5pvnf2yfsenrlwt1:snat-bp1vcgcf2hm31wmodmiqo' },
  alicloud_forward_entry: { format: '<forward_table_id>:<forward_entry_id>', example: 'ftb-bp1mbjubq34hlcqpa6mkd:fwd-bp1xyrhmxpp8cxtpvjzxf' },
  alicloud_vpn_gateway: { format: '<vpn_gateway_id>', example: 'vpn-bp1q8bgx4xnkm2ogj3b2d' },
  alicloud_vpn_customer_gateway: { format: '<customer_gateway_id>', example: 'cgw-bp1pvzm7dwk6bdmcrfvrc' },
  alicloud_vpn_connection: { format: '<vpn_connection_id>', example: 'vco-bp15oes1py4i66rmd7s0d' },
  alicloud_vpn_route_entry: { format: '<vpn_gateway_id>:<next_hop>:<route_dest>', example: 'vpn-bp1q8bgx4xnkm2ogj3b2d:vco-bp15oes1py4i66rmd7s0d:10.0.0.0/24' },
  alicloud_express_connect_physical_connection: { format: '<physical_connection_id>', example: 'pc-bp1qrb3044eqi0otfvj7d' },
  alicloud_express_connect_virtual_border_router: { format: '<vbr_id>', example: 'vbr-bp1lkbvmi41uy3lbs3ro9' },
  alicloud_router_interface: { format: '<router_interface_id>', example: 'ri-bp1ntqbf7lhh3rln0x2xg' },
  alicloud_router_interface_connection: { format: '<interface_id> (the local router interface)', example: 'ri-bp1ntqbf7lhh3rln0x2xg' },
};

interface JsonAttr {
  type: unknown;
  description?: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  deprecated?: boolean;
}
interface JsonBlock {
  attributes?: Record<string, JsonAttr>;
  block_types?: Record<string, { nesting_mode: string; block: JsonBlock; min_items?: number; max_items?: number }>;
  description?: string;
}

export function typeText(t: unknown): string {
  if (typeof t === 'string') return t;
  if (Array.isArray(t) && t[0] === 'object') return `object({ ${Object.entries(t[1] as Record<string, unknown>).map(([k, v]) => `${k} = ${typeText(v)}`).join(', ')} })`;
  if (Array.isArray(t)) return `${t[0]}(${typeText(t[1])})`;
  return JSON.stringify(t);
}

function cell(text: string | undefined): string {
  return (text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
}

function duration(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000}m` : `${ms / 1000}s`;
}

function defaultText(v: unknown): string {
  return v === undefined ? '' : `\`${JSON.stringify(v)}\``;
}

/** The arguments (anything settable) and the read-only attributes of a block, as Markdown tables. */
function attributeTables(json: JsonBlock, def: BlockSchema | undefined, level: string): string[] {
  const attrs = Object.entries(json.attributes ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const args = attrs.filter(([, a]) => a.required || a.optional);
  const computed = attrs.filter(([, a]) => !a.required && !a.optional);
  const extra = (name: string): AttributeSchema | undefined => def?.attributes[name];
  const out: string[] = [];
  out.push(`${level} Arguments`, '');
  if (args.length === 0) out.push('None.', '');
  else {
    out.push('| Name | Type | Required | Default | Forces replacement | Description |', '| --- | --- | --- | --- | --- | --- |');
    for (const [name, a] of args) {
      const x = extra(name);
      const notes = [a.sensitive ? 'Sensitive.' : '', a.deprecated ? 'Deprecated.' : '', a.computed ? 'Computed when not set.' : ''].filter(Boolean).join(' ');
      out.push(`| \`${name}\` | ${cell(typeText(a.type))} | ${a.required ? 'yes' : 'no'} | ${defaultText(x?.default)} | ${x?.forceNew ? 'yes' : ''} | ${cell([a.description, notes].filter(Boolean).join(' '))} |`);
    }
    out.push('');
  }
  out.push(`${level} Attributes`, '', 'Every argument above, and:', '');
  if (computed.length === 0) out.push('Nothing more.', '');
  else {
    out.push('| Name | Type | Description |', '| --- | --- | --- |');
    for (const [name, a] of computed) out.push(`| \`${name}\` | ${cell(typeText(a.type))} | ${cell(a.description)} |`);
    out.push('');
  }
  for (const [name, b] of Object.entries(json.block_types ?? {}).sort(([a], [c]) => a.localeCompare(c))) {
    if (name === 'timeouts') continue;
    const limits = [b.min_items ? `at least ${b.min_items}` : '', b.max_items ? `at most ${b.max_items}` : ''].filter(Boolean).join(', ');
    out.push(`${level} Block \`${name}\``, '', `Nesting: ${b.nesting_mode}${limits ? ` (${limits})` : ''}.${b.block.description ? ` ${cell(b.block.description)}` : ''}`, '');
    out.push(...attributeTables(b.block, def?.blocks?.[name]?.block, `${level}#`));
  }
  return out;
}

function timeoutsSection(timeouts: Timeouts | undefined, hasBlock: boolean): string[] {
  if (!hasBlock || !timeouts) return ['## Timeouts', '', 'None: the resource does not wait for anything.', ''];
  const rows = (['create', 'update', 'delete'] as const).filter((op) => timeouts[op] !== undefined).map((op) => `| \`${op}\` | ${duration(timeouts[op]!)} |`);
  return ['## Timeouts', '', 'A `timeouts` block sets how long each operation may wait (e.g. `create = "15m"`).', '', '| Operation | Default |', '| --- | --- |', ...rows, ''];
}

function resourcePage(name: string, json: JsonBlock): string {
  const def = resources.find((r) => r.typeName === name);
  const schema = def ? effectiveResourceSchema(def) : undefined;
  const out = [`# ${name} (resource)`, '', ...(json.description ? [cell(json.description), ''] : [])];
  out.push(...attributeTables(json, schema, '##'));
  out.push(...timeoutsSection(def?.timeouts, !!json.block_types?.timeouts));
  out.push(...paritySection(name, schema, 'resource'));
  out.push('## Import', '');
  const imp = IMPORT_IDS[name];
  if (!def?.importState) out.push('Not supported.', '');
  else {
    if (!imp) throw new Error(`${name} supports import but scripts/generate-docs.ts IMPORT_IDS has no entry for it; add its ID format and an example.`);
    out.push(`ID: \`${imp.format}\``, '', '```sh', `terraform import ${name}.example ${imp.example}`, '```', '');
  }
  return out.join('\n');
}

function dataSourcePage(name: string, json: JsonBlock): string {
  const def = dataSources.find((d) => d.typeName === name);
  const out = [`# ${name} (data source)`, '', ...(json.description ? [cell(json.description), ''] : [])];
  const schema = def ? effectiveDataSourceSchema(def) : undefined;
  out.push(...attributeTables(json, schema, '##'));
  out.push(...paritySection(name, schema, 'data source'));
  return out.join('\n');
}

function regionsPage(): string {
  const regions = allRegions();
  const zones = regions.flatMap((r) => r.zones);
  const out = ['# Regions, zones, instance types and images', '', 'What the sandbox serves, generated from `mock-server/domain/region-catalog.ts`.', ''];
  out.push('## Regions and zones', '', '| Region | Name | Zones |', '| --- | --- | --- |');
  for (const r of regions) out.push(`| \`${r.regionId}\` | ${cell(r.localName)} | ${r.zones.map((z) => `\`${z.zoneId}\``).join(', ')} |`);
  out.push('');
  const offeredBy = new Map<string, string[]>();
  for (const z of zones) for (const t of zoneInstanceTypes(z)) offeredBy.set(t, [...(offeredBy.get(t) ?? []), z.zoneId]);
  out.push('## Instance types', '', `${ALL_INSTANCE_TYPES.length} types. DescribeZones, DescribeAvailableResource and the \`alicloud_zones\` data source report which zone offers which.`, '');
  out.push('| Instance type | Family | vCPUs | Memory (GiB) | Architecture | Offered in |', '| --- | --- | --- | --- | --- | --- |');
  for (const t of ALL_INSTANCE_TYPES) {
    const f = instanceTypeFact(t);
    const where = offeredBy.get(t) ?? [];
    const text = where.length === zones.length ? 'every zone' : where.length === 0 ? 'no zone' : `${where.length} zones: ${where.map((z) => `\`${z}\``).join(', ')}`;
    out.push(`| \`${t}\` | ${f?.family ?? ''} | ${f?.cpu ?? ''} | ${f?.memoryGiB ?? ''} | ${f?.architecture ?? ''} | ${text} |`);
  }
  out.push('', '## System disk categories', '', DISK_CATEGORIES.map((c) => `\`${c}\``).join(', '), '');
  out.push('## Images', '', 'The public images, newest first (`alicloud_images`-style lookups pick from these).', '');
  out.push('| Image ID | OS | Platform | Architecture | Created |', '| --- | --- | --- | --- | --- |');
  for (const i of findImages()) out.push(`| \`${i.imageId}\` | ${i.osType} | ${cell(i.osName)} | ${i.architecture} | ${i.creationTime.slice(0, 10)} |`);
  out.push('');
  return out.join('\n');
}

function sdkPage(): string {
  const example = (file: string) => fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8').trimEnd();
  return [
    '# Calling the sandbox with the official SDKs',
    '',
    'The official SDKs work unchanged; only the endpoint (host and port of the sandbox, protocol',
    '`http`) and the credentials (the default account `SANDBOXACCESSKEY` / `sandbox-secret`)',
    'differ. Both products answer on the same port. These examples are tested: see',
    '`test/scripts/generate-docs.test.ts`.',
    '',
    '## VPC (`@alicloud/vpc20160428`)',
    '',
    '```ts',
    example('vpc-sdk.ts'),
    '```',
    '',
    '## ECS (`@alicloud/ecs20140526`)',
    '',
    '```ts',
    example('ecs-sdk.ts'),
    '```',
    '',
  ].join('\n');
}

function defOf<D extends { typeName: string }>(defs: readonly D[], name: string, effective: (d: D) => BlockSchema): BlockSchema | undefined {
  const d = defs.find((x) => x.typeName === name);
  return d ? effective(d) : undefined;
}

/** Every generated file, by path relative to docs/. */
export function generateDocs(): Map<string, string> {
  const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')).provider_schemas[PROVIDER_ADDRESS];
  const files = new Map<string, string>();
  const banner = '<!-- Generated by scripts/generate-docs.ts (npm run docs); do not edit. -->\n\n';
  const resourceNames = Object.keys(schema.resource_schemas ?? {}).sort();
  const dataNames = Object.keys(schema.data_source_schemas ?? {}).sort();
  for (const n of resourceNames) files.set(`resources/${n.replace(/^alicloud_/, '')}.md`, banner + resourcePage(n, schema.resource_schemas[n].block));
  for (const n of dataNames) files.set(`data-sources/${n.replace(/^alicloud_/, '')}.md`, banner + dataSourcePage(n, schema.data_source_schemas[n].block));
  files.set('provider.md', banner + ['# Provider `sandbox/alicloud`', '', '```hcl', 'terraform {', '  required_providers {', '    alicloud = { source = "sandbox/alicloud" }', '  }', '}', '```', '', ...attributeTables(schema.provider.block, undefined, '##')].join('\n'));
  files.set('regions.md', banner + regionsPage());
  files.set(
    'parity.md',
    banner +
      parityPage([
        ...resourceNames.map((n) => ({ name: n, kind: 'resource' as const, def: defOf(resources, n, effectiveResourceSchema) })),
        ...dataNames.map((n) => ({ name: n, kind: 'data source' as const, def: defOf(dataSources, n, effectiveDataSourceSchema) })),
      ]),
  );
  files.set('sdk.md', banner + sdkPage());
  const link = (dir: string, n: string) => `- [\`${n}\`](${dir}/${n.replace(/^alicloud_/, '')}.md)`;
  files.set(
    'README.md',
    banner +
      [
        '# alicloud-sandbox reference',
        '',
        '- [The provider block](provider.md)',
        '- [Regions, zones, instance types and images](regions.md)',
        '- [Calling the sandbox with the official SDKs](sdk.md)',
        '- [Parity with the real aliyun/alicloud provider](parity.md)',
        '',
        '## Resources',
        '',
        ...resourceNames.map((n) => link('resources', n)),
        '',
        '## Data sources',
        '',
        ...dataNames.map((n) => link('data-sources', n)),
        '',
      ].join('\n'),
  );
  return files;
}

function listFiles(dir: string, base = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${base}${e.name}/`) : [`${base}${e.name}`]));
}

/** What differs between docs/ and the generator's output: missing, changed and left-over files. */
export function staleDocs(files = generateDocs(), dir = DOCS_DIR): string[] {
  const stale: string[] = [];
  for (const [rel, content] of files) {
    const p = path.join(dir, rel);
    if (!fs.existsSync(p)) stale.push(`${rel} (missing)`);
    else if (fs.readFileSync(p, 'utf8') !== content) stale.push(`${rel} (out of date)`);
  }
  for (const rel of listFiles(dir)) if (!files.has(rel) && !HAND_WRITTEN.test(rel)) stale.push(`${rel} (no longer generated)`);
  return stale;
}

export function writeDocs(files = generateDocs(), dir = DOCS_DIR): void {
  for (const rel of listFiles(dir)) if (!files.has(rel) && !HAND_WRITTEN.test(rel)) fs.rmSync(path.join(dir, rel));
  for (const [rel, content] of files) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
}

if (require.main === module) {
  if (process.argv.includes('--check')) {
    const stale = staleDocs();
    if (stale.length) {
      process.stderr.write(`docs/ is stale; run npm run docs:\n${stale.map((s) => `  ${s}`).join('\n')}\n`);
      process.exit(1);
    }
  } else {
    writeDocs();
    process.stderr.write(`wrote docs/ (${generateDocs().size} files)\n`);
  }
}
