/**
 * The network rules the sandbox (and the real cloud) enforce, checked at synth time so a mistake
 * stops `cdktf synth` before Terraform runs. Pure functions over plain values: each returns a list
 * of messages naming the value given, the rule and the fix. The constructs attach them as
 * validations (`node.addValidation`), and cdktf prefixes each message with the construct path:
 *
 *   [route-table/network/app] VSwitch cidr_block "10.0.0.0/30" has mask /30: a VSwitch mask must be
 *   /16 to /29. Fix: use a block of /16 to /29, for example 10.0.0.0/29.
 *
 * Unresolved tokens (values only known at deploy time) are skipped: callers filter them out.
 */
import { containsCidr, containsIp, intToIp, isIpv4, lastAddress, overlaps } from '../network-rules/cidr';
import {
  CLOUD_SERVICE_BLOCK,
  CLOUD_SERVICE_RANGE_TEXT,
  MAX_CUSTOM_ROUTE_ENTRIES,
  PRIVATE_RANGE_TEXTS,
  VPC_MAX_PREFIX,
  VPC_MIN_PREFIX,
  VSWITCH_MAX_PREFIX,
  VSWITCH_MIN_PREFIX,
  VSWITCH_QUOTA_PER_VPC,
  descriptionProblem,
  ecsNameProblem,
  isPrivateBlock,
  isReservedAddress,
  resourceNameProblem,
  routeEntryNameProblem,
} from '../network-rules/limits';
import { parseCidr, type Cidr } from './cidr';

export function problem(subject: string, value: string, rule: string, fix: string): string {
  return `${subject} "${value}" ${rule}. Fix: ${fix}.`;
}

/** A VPC CIDR block: a valid block, inside a private range, mask /8 to /28. */
export function checkVpcCidr(text: string): string[] {
  const subject = 'VPC cidr_block';
  const c = parseCidr(text, { requireMask: true });
  if (typeof c === 'string') return [problem(subject, text, `is not valid: ${c}`, 'give the VPC a block such as 172.16.0.0/12, 10.0.0.0/16 or 192.168.0.0/16')];
  const out: string[] = [];
  if (!isPrivateBlock(c)) {
    out.push(
      problem(subject, text, `is outside the private ranges ${PRIVATE_RANGE_TEXTS.join(', ')}: a VPC must use one of them or a subset`, 'pick a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, for example 10.0.0.0/16'),
    );
  }
  if (c.prefix < VPC_MIN_PREFIX || c.prefix > VPC_MAX_PREFIX) {
    out.push(problem(subject, text, `has mask /${c.prefix}: a VPC mask must be /${VPC_MIN_PREFIX} to /${VPC_MAX_PREFIX}`, `use a mask between /${VPC_MIN_PREFIX} and /${VPC_MAX_PREFIX}`));
  }
  return out;
}

export interface VSwitchFacts {
  /** How the user refers to the VSwitch (its construct id or name). */
  readonly name: string;
  readonly cidrBlock: string;
}

/**
 * One VSwitch's block against its VPC and the VSwitches declared before it (so an overlap is
 * reported once, on the later VSwitch).
 */
export function checkVSwitchCidr(vsw: VSwitchFacts, vpcCidrText: string | undefined, earlier: readonly VSwitchFacts[]): string[] {
  const subject = `VSwitch "${vsw.name}" cidr_block`;
  const c = parseCidr(vsw.cidrBlock, { requireMask: true });
  if (typeof c === 'string') return [problem(subject, vsw.cidrBlock, `is not valid: ${c}`, 'give the VSwitch a block inside its VPC, for example 172.16.1.0/24')];
  const out: string[] = [];
  if (c.prefix < VSWITCH_MIN_PREFIX || c.prefix > VSWITCH_MAX_PREFIX) {
    const example = c.prefix > VSWITCH_MAX_PREFIX ? `${intToIp((c.network & ~7) >>> 0)}/29` : `${intToIp(c.network)}/16`;
    out.push(
      problem(subject, vsw.cidrBlock, `has mask /${c.prefix}: a VSwitch mask must be /${VSWITCH_MIN_PREFIX} to /${VSWITCH_MAX_PREFIX} (8 to 65,536 addresses)`, `use a block of /${VSWITCH_MIN_PREFIX} to /${VSWITCH_MAX_PREFIX}, for example ${example}`),
    );
  }
  if (!isPrivateBlock(c)) {
    out.push(problem(subject, vsw.cidrBlock, `is outside the private ranges ${PRIVATE_RANGE_TEXTS.join(', ')}`, 'pick a block inside the VPC\'s private block'));
  }
  const vpc = vpcCidrText === undefined ? undefined : parseCidr(vpcCidrText);
  if (vpc && typeof vpc !== 'string' && !containsCidr(vpc, c)) {
    out.push(problem(subject, vsw.cidrBlock, `is outside its VPC's block ${vpc.text}: a VSwitch must lie inside its VPC`, `pick a block inside ${vpc.text}, or let the Network carve one (give maskLength or hostCount instead of cidrBlock)`));
  }
  for (const other of earlier) {
    const o = parseCidr(other.cidrBlock);
    if (typeof o === 'string' || !overlaps(o, c)) continue;
    out.push(
      problem(subject, vsw.cidrBlock, `overlaps VSwitch "${other.name}" (${o.text}): the VSwitches of a VPC may not share addresses`, `give one of them a block that does not overlap the other${vpc && typeof vpc !== 'string' && vpc.text === c.text ? ' (a VSwitch as large as the VPC must be its only VSwitch)' : ''}`),
    );
  }
  return out;
}

export interface RouteFacts {
  /** The route's construct id. */
  readonly name: string;
  readonly destination: string;
}

/**
 * One custom route against the VSwitches of its VPC and the routes declared before it in the same
 * table.
 */
export function checkRouteDestination(route: RouteFacts, vswitches: readonly VSwitchFacts[], earlier: readonly RouteFacts[]): string[] {
  const subject = `route "${route.name}" destination`;
  const c = parseCidr(route.destination);
  if (typeof c === 'string') return [problem(subject, route.destination, `is not valid: ${c}`, 'give a destination such as 0.0.0.0/0 or 10.0.0.0/24')];
  const out: string[] = [];
  if (containsCidr(CLOUD_SERVICE_BLOCK, c)) {
    out.push(problem(subject, route.destination, `lies in ${CLOUD_SERVICE_RANGE_TEXT}, which the system route for cloud services owns`, `route a block outside ${CLOUD_SERVICE_RANGE_TEXT}`));
  }
  for (const vsw of vswitches) {
    const v = parseCidr(vsw.cidrBlock);
    if (typeof v === 'string' || !containsCidr(v, c)) continue;
    out.push(
      problem(subject, route.destination, `lies in VSwitch "${vsw.name}" (${v.text}), which the VSwitch's system route already covers: a custom route may contain a VSwitch's block but not equal or sit inside it`, `route a block outside every VSwitch, or a larger block that contains ${v.text}`),
    );
  }
  for (const other of earlier) {
    const o = parseCidr(other.destination);
    if (typeof o === 'string' || o.text !== c.text) continue;
    out.push(problem(subject, route.destination, `is already the destination of route "${other.name}": a route table holds each destination once`, `remove one of the two routes, or give one a different destination`));
  }
  return out;
}

export function checkRouteCount(count: number, tableName: string): string[] {
  if (count <= MAX_CUSTOM_ROUTE_ENTRIES) return [];
  return [
    problem(`route table "${tableName}" custom route count`, String(count), `is above the limit: a route table holds at most ${MAX_CUSTOM_ROUTE_ENTRIES} custom route entries`, `remove ${count - MAX_CUSTOM_ROUTE_ENTRIES} route(s), or summarise destinations into larger blocks`),
  ];
}

export function checkVSwitchCount(count: number, vpcName: string): string[] {
  if (count <= VSWITCH_QUOTA_PER_VPC) return [];
  return [
    problem(`VPC "${vpcName}" VSwitch count`, String(count), `is above the quota: a VPC holds at most ${VSWITCH_QUOTA_PER_VPC} VSwitches`, `remove ${count - VSWITCH_QUOTA_PER_VPC} VSwitch(es), or spread them over more VPCs`),
  ];
}

/** A route's next hop given as an ID string must look like an ECS instance ID. */
export function checkNextHopId(route: RouteFacts, nextHopId: string): string[] {
  if (/^i-[0-9a-z]+$/.test(nextHopId)) return [];
  return [problem(`route "${route.name}" next hop`, nextHopId, 'is not an ECS instance ID (i-...): only instances can be next hops', 'pass a NetworkInstance of this network, or the ID of an instance in this VPC, such as i-bp1abc')];
}

/** A route's next hop must be an instance in the same VPC as the route table. */
export function checkNextHopNetwork(route: RouteFacts, nextHopName: string, nextHopNetwork: string, tableNetwork: string): string[] {
  if (nextHopNetwork === tableNetwork) return [];
  return [
    problem(`route "${route.name}" next hop`, nextHopName, `is an instance in network ${nextHopNetwork}, not in this route table's network ${tableNetwork}: a next hop must be in the same VPC`, `pick an instance of ${tableNetwork} as the next hop, or add the route to ${nextHopNetwork}'s route table`),
  ];
}

/** An instance's fixed private IP: inside its VSwitch, not a reserved address. */
export function checkPrivateIp(ip: string, vsw: VSwitchFacts): string[] {
  const subject = 'instance private_ip';
  if (!isIpv4(ip)) return [problem(subject, ip, 'is not an IPv4 address', 'write it as a.b.c.d, inside the VSwitch\'s block')];
  const c = parseCidr(vsw.cidrBlock);
  if (typeof c === 'string') return [];
  const n = (parseCidr(ip) as Cidr).network;
  if (!containsIp(c, n)) {
    return [problem(subject, ip, `is outside its VSwitch "${vsw.name}" (${c.text})`, `pick a free address inside ${c.text}, or leave private_ip out to get one allocated`)];
  }
  if (isReservedAddress(c, n)) {
    return [problem(subject, ip, `is reserved in VSwitch "${vsw.name}" (${c.text}): the first and the last three addresses belong to the system`, `pick an address from ${intToIp(c.network + 1)} to ${intToIp(lastAddress(c) - 3)}`)];
  }
  return [];
}

/** Two instances of one VPC cannot share a fixed private IP. */
export function checkDuplicatePrivateIp(ip: string, instanceName: string, earlierName: string): string[] {
  return [problem('instance private_ip', ip, `is already the private IP of instance ${earlierName}: each address of a VPC belongs to one instance`, `give ${instanceName} another free address, or leave private_ip out to get one allocated`)];
}

/** A VSwitch cannot hold more instances than it has usable addresses. */
export function checkInstanceCount(vsw: VSwitchFacts, count: number, usable: number): string[] {
  if (count <= usable) return [];
  return [
    problem(
      `VSwitch "${vsw.name}" instance count`,
      String(count),
      `is more than its ${usable} usable addresses (${vsw.cidrBlock} minus the 4 reserved): each instance takes one private IP`,
      `move ${count - usable} instance(s) to another VSwitch, or give this VSwitch a larger block (a smaller mask, or a larger hostCount)`,
    ),
  ];
}

/** Which product's naming rule a name follows (network-rules/limits). */
export type NameRule = 'vpc' | 'route-entry' | 'ecs';

const NAME_RULES: { readonly [rule in NameRule]: (value: string) => string | undefined } = {
  vpc: resourceNameProblem,
  'route-entry': routeEntryNameProblem,
  ecs: ecsNameProblem,
};

/**
 * A name given by the user (a derived one is valid by construction, see names.ts). `whose` names
 * the owner as the user knows it (e.g. 'route "r"'), `property` the prop that carried the name.
 */
export function checkName(whose: string, value: string | undefined, rule: NameRule, property: string): string[] {
  if (value === undefined) return [];
  const why = NAME_RULES[rule](value);
  if (why === undefined) return [];
  return [problem(`${whose} ${property}`, value, `is refused by the API (${value.length} characters): ${why}`, `change ${property} to follow that rule, or leave ${property} out to get a name derived from the construct id`)];
}

/**
 * A description given by the user: 1 to 256 characters for the VPC products, 2 to 256 for ECS
 * (`minLength` 2), never starting with http:// or https://.
 */
export function checkDescription(whose: string, value: string | undefined, minLength = 1): string[] {
  if (value === undefined) return [];
  const why = descriptionProblem(value, minLength);
  if (why === undefined) return [];
  return [problem(`${whose} description`, value, `is refused by the API (${value.length} characters): ${why}`, 'shorten or reword it, or leave description out')];
}

export type { Cidr };
