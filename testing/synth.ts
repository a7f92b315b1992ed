/**
 * Synth-time helpers for users' unit tests of stacks built with the alicloud-sandbox constructs:
 * read resources and route entries out of a synthesized stack, predict which route an address takes
 * (longest prefix match over the destinations known at synth time), and list the L2 validation
 * problems without throwing. They take what cdktf's `Testing.synth(stack)` returns (a JSON string),
 * the parsed object, or the stack itself; nothing is deployed and no Terraform runs.
 */
import { DefaultTokenResolver, StringConcat, TerraformStack, Testing, Token, Tokenization } from 'cdktf';
import type { IConstruct } from 'constructs';
import { containsIp, isIpv4, parseCidr, type Cidr } from '../network-rules/cidr';

/** A synthesized stack: `Testing.synth(stack)`'s JSON string, that JSON parsed, or the stack. */
export type SynthInput = string | TerraformStack | { readonly [key: string]: unknown };

/** One resource of a synthesized stack. */
export interface SynthResource {
  /** The Terraform resource type, e.g. "alicloud_vswitch". */
  readonly type: string;
  /** The resource's logical name in the configuration, e.g. "network_web_Resource_1A2B3C4D". */
  readonly name: string;
  /** Its arguments as synthesized (snake_case keys; references appear as "${...}" strings). */
  readonly config: { readonly [argument: string]: any };
}

/**
 * A route table, as `routeEntriesOf` and `longestPrefixMatch` take it:
 * - anything with a `routeTableId` (a `Network`, a `RouteTableRoutes`, a `DefaultNetwork`): its
 *   reference is resolved in its own stack, so this works with a JSON string too;
 * - the reference as synthesized, e.g. "${alicloud_vpc.network_Vpc_1A2B3C4D.route_table_id}";
 * - a VPC's resource address, e.g. "alicloud_vpc.network_Vpc_1A2B3C4D" (its system route table);
 * - a literal route table ID such as "vtb-123" (an entry created with that literal);
 * - a token such as `network.routeTableId`, only when the input is the stack (a JSON string
 *   carries no way back from the token to the reference).
 */
export type RouteTableRef = string | (IConstruct & { readonly routeTableId: string });

/** Why an entry (or a VSwitch) took no part in a longest prefix match. */
export interface SkippedRoute {
  readonly resource: SynthResource;
  /** E.g. 'destination "${var.dest}" is only known at deploy time'. */
  readonly reason: string;
}

/** The outcome of `longestPrefixMatch`. */
export interface RouteMatch {
  /** The winning custom route entry; undefined when a VSwitch's system route wins or no route matches. */
  readonly route?: SynthResource;
  /**
   * The VSwitch of the table's VPC whose block holds the address: its system route is the most
   * specific (a custom route may not equal or sit inside a VSwitch block), so the traffic stays in
   * the VPC. Only known when the table is given as a VPC's system route table.
   */
  readonly vswitch?: SynthResource;
  /** Entries and VSwitches whose block is not known at synth time (tokens), with why. */
  readonly skipped: readonly SkippedRoute[];
}

function configOf(input: SynthInput): any {
  if (typeof input === 'string') return JSON.parse(input);
  if (TerraformStack.isStack(input)) return JSON.parse(Testing.synth(input));
  return input;
}

/**
 * The resources of one Terraform type in a synthesized stack, in the order of the configuration
 * (`Testing.synth` sorts them by name). Empty when there are none.
 *
 * @example
 * const vswitches = resourcesOfType(Testing.synth(stack), 'alicloud_vswitch');
 * assert.deepEqual(vswitches.map((v) => v.config.cidr_block), ['10.0.0.0/24', '10.0.1.0/24']);
 */
export function resourcesOfType(synthOrStack: SynthInput, resourceType: string): SynthResource[] {
  const resources = configOf(synthOrStack)?.resource?.[resourceType] ?? {};
  return Object.entries<any>(resources).map(([name, config]) => ({ type: resourceType, name, config }));
}

/** A token as it appears in the stack's synthesized JSON, e.g. "${alicloud_vpc.x.route_table_id}". */
function resolveIn(stack: TerraformStack, token: string): string {
  return String(Tokenization.resolve(token, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) }));
}

/** The route table reference as it appears in the synthesized `route_table_id` arguments. */
function tableReference(synthOrStack: SynthInput, table: RouteTableRef): string {
  if (typeof table !== 'string') return resolveIn(TerraformStack.of(table), table.routeTableId);
  if (Token.isUnresolved(table)) {
    if (!TerraformStack.isStack(synthOrStack)) {
      throw new Error(
        `route table "${table}" is a token, which a synthesized JSON cannot resolve. Fix: pass the stack instead of Testing.synth(stack), or pass the network itself (anything with routeTableId).`,
      );
    }
    return resolveIn(synthOrStack, table);
  }
  if (/^alicloud_vpc\.[^.${}]+$/.test(table)) return `\${${table}.route_table_id}`;
  return table;
}

/**
 * The custom route entries (`alicloud_route_entry`) of one route table in a synthesized stack.
 *
 * @example
 * const routes = routeEntriesOf(Testing.synth(stack), network);
 * assert.deepEqual(routes.map((r) => r.config.destination_cidrblock), ['0.0.0.0/0', '10.0.0.0/24']);
 */
export function routeEntriesOf(synthOrStack: SynthInput, routeTable: RouteTableRef): SynthResource[] {
  const config = configOf(synthOrStack);
  const ref = tableReference(synthOrStack, routeTable);
  return resourcesOfType(config, 'alicloud_route_entry').filter((r) => r.config.route_table_id === ref);
}

/** The block of a destination or VSwitch, or why it cannot be used at synth time. */
function blockOf(value: unknown, bareIpAsHost: boolean): Cidr | string {
  if (typeof value !== 'string') return `has no block (${JSON.stringify(value)})`;
  if (value.includes('${')) return `"${value}" is only known at deploy time`;
  return parseCidr(value, bareIpAsHost) ?? `"${value}" is not an IPv4 CIDR block`;
}

/**
 * Which route of a table the cloud would pick for `destinationIp`, by longest prefix match over
 * the entries whose destination is known at synth time. Entries whose destination is a token
 * (only known at deploy time) are skipped and listed in `skipped` with why, so a test can assert
 * that nothing it cares about was left out. When the table is a VPC's system route table, the
 * VSwitches of that VPC take part too, as the system routes they are: an address inside a
 * VSwitch block stays in the VPC (`vswitch` is set, `route` is not). The system route for
 * 100.64.0.0/10 (cloud services) is not modelled.
 *
 * @example
 * // The guide's routing policy: 0.0.0.0/0 via ecs01, 10.0.0.0/24 via ecs02.
 * const json = Testing.synth(stack, true);
 * assert.match(longestPrefixMatch(json, network, '10.0.0.1').route!.config.nexthop_id, /ecs02/);
 * assert.match(longestPrefixMatch(json, network, '10.0.1.1').route!.config.nexthop_id, /ecs01/);
 */
export function longestPrefixMatch(synthOrStack: SynthInput, routeTable: RouteTableRef, destinationIp: string): RouteMatch {
  if (!isIpv4(destinationIp)) throw new Error(`"${destinationIp}" is not an IPv4 address. Fix: pass an address such as 10.0.0.1.`);
  const ip = parseCidr(`${destinationIp}/32`)!.network;
  const config = configOf(synthOrStack);
  const ref = tableReference(synthOrStack, routeTable);
  const skipped: SkippedRoute[] = [];
  let best: { resource: SynthResource; prefix: number; system: boolean } | undefined;
  const consider = (resource: SynthResource, value: unknown, what: string, bareIpAsHost: boolean, system: boolean) => {
    const block = blockOf(value, bareIpAsHost);
    if (typeof block === 'string') {
      skipped.push({ resource, reason: `${what} ${block}` });
      return;
    }
    if (!containsIp(block, ip)) return;
    // A VSwitch's system route beats a custom route of the same block (the cloud refuses those anyway).
    if (!best || block.prefix > best.prefix || (block.prefix === best.prefix && system && !best.system)) best = { resource, prefix: block.prefix, system };
  };
  for (const entry of routeEntriesOf(config, ref)) consider(entry, entry.config.destination_cidrblock, 'destination', true, false);
  const vpc = /^\$\{(alicloud_vpc\.[^.]+)\.route_table_id\}$/.exec(ref)?.[1];
  if (vpc) {
    for (const vsw of resourcesOfType(config, 'alicloud_vswitch').filter((v) => v.config.vpc_id === `\${${vpc}.id}`)) {
      consider(vsw, vsw.config.cidr_block, 'cidr_block', false, true);
    }
  }
  if (!best) return { skipped };
  return best.system ? { vswitch: best.resource, skipped } : { route: best.resource, skipped };
}

/**
 * The validation problems of a stack (or of every stack under an app or any other construct), as
 * `cdktf synth` would report them — the L2 constructs' network and naming checks, and cdktf's own
 * (such as a resource whose provider is missing): each message starts with the construct path in brackets, e.g.
 * `[test/net/web] VSwitch "web" cidr_block "10.1.0.0/24" is outside its VPC's block ...`. Returns []
 * for a correct stack and never throws for a validation problem (mistakes the constructs catch
 * while being built still throw from their constructors).
 *
 * `Testing.synth(stack)` skips validations unless called as `Testing.synth(stack, true)`, which
 * throws at the first failing stack; use `validate` to assert on the problems themselves.
 *
 * @example
 * assert.deepEqual(validate(stack), []);
 */
export function validate(scope: IConstruct): string[] {
  const stacks = TerraformStack.isStack(scope) ? [scope] : scope.node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c));
  // Aspects may add or change constructs, so run them first, as synthesis does.
  for (const stack of stacks) Testing.synth(stack);
  return scope.node
    .findAll()
    .flatMap((c) => c.node.validate().map((message) => `[${c.node.path}] ${message}`));
}
