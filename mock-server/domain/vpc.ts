/**
 * VPC rules: the CIDR a VPC may take, its name and description, the per-region quota, and what
 * must be gone before it can be deleted. Creating a VPC also creates its VRouter, its system route
 * table and the 100.64.0.0/10 system route (route-table.ts); deleting it removes them.
 */
import {
  DependencyViolationInstance,
  DependencyViolationRouteEntry,
  DependencyViolationSecurityGroup,
  DependencyViolationVSwitch,
  IncorrectVpcStatus,
  InvalidCidrBlockMalformed,
  InvalidParameter,
  InvalidUserCidrMalformed,
  InvalidUserCidrQuota,
  InvalidVpcDescriptionMalformed,
  InvalidVpcIdNotFound,
  InvalidVpcNameMalformed,
  QuotaExceededVpc,
  type ApiError,
} from '../errors';
import { CLOUD_SERVICE_BLOCK, PRIVATE_RANGES, containsCidr, isPrivateBlock, overlaps, parseCidr, type Cidr } from './cidr';
import { cidrOf } from './cidr-cache';
import { newId } from './ids';
import { currentStatus, transition } from './lifecycle';
import {
  TABLES,
  type InstanceRecord,
  type RouteEntryRecord,
  type SecurityGroupRecord,
  type Tags,
  type VpcRecord,
  type VSwitchRecord,
} from './records';
import { createRouterAndSystemTable, removeRoutingOf } from './route-table';
import { removeDefaultSecurityGroupOf } from './security-group';
import type { Transaction } from '../store/store';

/** What the network services need besides the transaction. */
export interface NetworkEnv {
  /** How long creates stay Pending (ms); 0 makes them Available at once. */
  asyncDelayMs: number;
}

/** Non-default VPCs per region (the default VPC does not count). */
export const VPC_QUOTA_PER_REGION = 10;
/** The primary CIDR's mask limits (current API docs; 2021 docs said /8–/24). */
export const VPC_MIN_PREFIX = 8;
export const VPC_MAX_PREFIX = 28;
/** CreateVpc without CidrBlock gets this block, as the real API does. */
export const VPC_CIDR_WHEN_OMITTED = '172.16.0.0/12';
export const MAX_USER_CIDRS = 3;
/**
 * Resources belong to the account's default resource group unless a request names another. The
 * sandbox has no resource-group service, so any id is stored as given.
 */
export const DEFAULT_RESOURCE_GROUP_ID = 'rg-acfmsandboxdefault';

type ErrorClass = new (message: string) => ApiError;

/**
 * The naming rule shared by VPCs, VSwitches and route entries: 1 to 128 characters, not starting
 * with http:// or https://. An empty string means "no name".
 */
export function checkName(value: string | undefined, what: string, ErrorCls: ErrorClass): string | undefined {
  if (value === undefined || value === '') return value;
  if (value.length > 128 || /^https?:\/\//i.test(value)) {
    const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    throw new ErrorCls(`The ${what} "${shown}" (${value.length} characters) is invalid: a name is 1 to 128 characters and must not start with http:// or https://.`);
  }
  return value;
}

/** Descriptions: 1 to 256 characters, not starting with http:// or https://. Empty clears it. */
export function checkDescription(value: string | undefined, what: string, ErrorCls: ErrorClass): string | undefined {
  if (value === undefined || value === '') return value;
  if (value.length > 256 || /^https?:\/\//i.test(value)) {
    const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    throw new ErrorCls(`The ${what} "${shown}" (${value.length} characters) is invalid: a description is 1 to 256 characters and must not start with http:// or https://.`);
  }
  return value;
}

/**
 * A VPC's primary CIDR: a well-formed IPv4 block inside 10.0.0.0/8, 172.16.0.0/12 or
 * 192.168.0.0/16, with a mask from /8 to /28. (The real cloud now also accepts some public
 * ranges; the product guide the sandbox follows allows only the private ones, which is the
 * stricter rule, so anything accepted here is accepted there.)
 */
export function checkVpcCidr(text: string): Cidr {
  const cidr = parseCidr(text);
  if (!cidr) {
    throw new InvalidCidrBlockMalformed(`The CidrBlock "${text}" is malformed: give an IPv4 block such as 192.168.0.0/16, with no host bits set after the mask.`);
  }
  if (cidr.prefix < VPC_MIN_PREFIX || cidr.prefix > VPC_MAX_PREFIX) {
    throw new InvalidParameter(`The CidrBlock "${text}" has a /${cidr.prefix} mask: a VPC's mask must be from /${VPC_MIN_PREFIX} to /${VPC_MAX_PREFIX}.`);
  }
  if (!isPrivateBlock(cidr)) {
    throw new InvalidParameter(`The CidrBlock "${text}" is not a private range: use ${PRIVATE_RANGES.map((r) => r.text).join(', ')} or a subset of one of them.`);
  }
  return cidr;
}

/** UserCidr: at most three blocks, none overlapping 100.64.0.0/10. */
export function checkUserCidrs(blocks: string[] | undefined): string[] {
  const list = blocks ?? [];
  if (list.length > MAX_USER_CIDRS) {
    throw new InvalidUserCidrQuota(`UserCidr has ${list.length} blocks: a VPC takes at most ${MAX_USER_CIDRS}.`);
  }
  return list.map((text) => {
    const c = parseCidr(text);
    if (!c) throw new InvalidUserCidrMalformed(`The UserCidr "${text}" is malformed: give IPv4 blocks such as 10.0.0.0/8, separated by commas.`);
    if (overlaps(c, CLOUD_SERVICE_BLOCK)) {
      throw new InvalidUserCidrMalformed(`The UserCidr "${text}" overlaps ${CLOUD_SERVICE_BLOCK.text}, which the cloud keeps for its own services: choose another block.`);
    }
    return c.text;
  });
}

export function vpcStatus(vpc: VpcRecord, now: number): string {
  return currentStatus(vpc.lifecycle, now);
}

export function getVpc(tx: Transaction, vpcId: string): VpcRecord {
  const vpc = tx.table<VpcRecord>(TABLES.vpcs).get(vpcId);
  if (!vpc) {
    throw new InvalidVpcIdNotFound(`The VPC "${vpcId}" does not exist in this region. Check the id and the RegionId; DescribeVpcs lists your VPCs.`);
  }
  return vpc;
}

/** Refuses to change a VPC (or create things in it) while it is still being created. */
export function requireAvailableVpc(tx: Transaction, vpc: VpcRecord, doing: string): void {
  const status = vpcStatus(vpc, tx.now);
  if (status !== 'Available') {
    throw new IncorrectVpcStatus(`The VPC "${vpc.id}" is ${status}: ${doing} needs it Available. Poll DescribeVpcAttribute until Status is Available and retry.`);
  }
}

export interface CreateVpcInput {
  cidrBlock?: string;
  name?: string;
  description?: string;
  userCidrs?: string[];
  resourceGroupId?: string;
  enableDnsHostname?: boolean;
  tags: Tags;
  /** Only CreateDefaultVpc sets this: default VPCs are outside the quota. */
  isDefault?: boolean;
}

export interface CreatedVpc {
  vpc: VpcRecord;
  vrouterId: string;
  routeTableId: string;
}

export function createVpc(tx: Transaction, env: NetworkEnv, input: CreateVpcInput): CreatedVpc {
  const name = checkName(input.name, 'VpcName', InvalidVpcNameMalformed) ?? '';
  const description = checkDescription(input.description, 'Description', InvalidVpcDescriptionMalformed) ?? '';
  const cidr = checkVpcCidr(input.cidrBlock || VPC_CIDR_WHEN_OMITTED);
  const userCidrs = checkUserCidrs(input.userCidrs);
  const vpcs = tx.table<VpcRecord>(TABLES.vpcs);
  if (!input.isDefault) {
    const used = vpcs.count((v) => !v.isDefault);
    if (used >= VPC_QUOTA_PER_REGION) {
      throw new QuotaExceededVpc(`This region already has ${used} VPCs, the quota of ${VPC_QUOTA_PER_REGION} (the default VPC does not count). Delete a VPC you no longer need first.`);
    }
  }
  const id = newId('vpc');
  const lifecycle = transition(tx.now, env.asyncDelayMs, ['Pending'], 'Available');
  const { vrouterId, routeTableId } = createRouterAndSystemTable(tx, id, lifecycle);
  const vpc: VpcRecord = {
    id,
    name,
    description,
    cidrBlock: cidr.text,
    userCidrs,
    isDefault: !!input.isDefault,
    vrouterId,
    routeTableId,
    resourceGroupId: input.resourceGroupId || DEFAULT_RESOURCE_GROUP_ID,
    createdAt: tx.now,
    lifecycle,
    tags: input.tags,
    dnsHostnameStatus: input.enableDnsHostname ? 'ENABLED' : 'DISABLED',
  };
  vpcs.put(vpc);
  return { vpc, vrouterId, routeTableId };
}

export interface ModifyVpcInput {
  name?: string;
  description?: string;
  cidrBlock?: string;
  enableDnsHostname?: boolean;
}

export function modifyVpc(tx: Transaction, vpcId: string, input: ModifyVpcInput): VpcRecord {
  const vpc = getVpc(tx, vpcId);
  const name = checkName(input.name, 'VpcName', InvalidVpcNameMalformed);
  const description = checkDescription(input.description, 'Description', InvalidVpcDescriptionMalformed);
  requireAvailableVpc(tx, vpc, 'ModifyVpcAttribute');
  let cidrBlock = vpc.cidrBlock;
  if (input.cidrBlock !== undefined && input.cidrBlock !== vpc.cidrBlock) {
    const cidr = checkVpcCidr(input.cidrBlock);
    // Changing the primary block must keep every VSwitch inside it.
    const outside = tx.table<VSwitchRecord>(TABLES.vswitches).find((s) => s.vpcId === vpc.id && !containsCidr(cidr, cidrOf(s.cidrBlock)!));
    if (outside) {
      throw new InvalidCidrBlockMalformed(`The CidrBlock "${input.cidrBlock}" does not contain VSwitch ${outside.id} (${outside.cidrBlock}): a VPC's block must contain all of its VSwitches. Delete the VSwitch or choose a larger block.`);
    }
    cidrBlock = cidr.text;
  }
  const updated: VpcRecord = {
    ...vpc,
    name: name ?? vpc.name,
    description: description ?? vpc.description,
    cidrBlock,
    ...(input.enableDnsHostname === undefined ? {} : { dnsHostnameStatus: input.enableDnsHostname ? 'ENABLED' : 'DISABLED' }),
  };
  tx.table<VpcRecord>(TABLES.vpcs).put(updated);
  return updated;
}

/**
 * Deletes a VPC with its VRouter, system route table and system routes. Everything else in it must
 * be gone first; the checks run in the order a user has to clean up (custom routes point at
 * instances, instances sit in VSwitches), so each DependencyViolation names the next step.
 */
export function deleteVpc(tx: Transaction, vpcId: string): VpcRecord {
  const vpc = getVpc(tx, vpcId);
  requireAvailableVpc(tx, vpc, 'DeleteVpc');
  const custom = tx.table<RouteEntryRecord>(TABLES.routeEntries).find((e) => e.routeTableId === vpc.routeTableId && e.type === 'Custom');
  if (custom) {
    throw new DependencyViolationRouteEntry(`The VPC "${vpc.id}" still has custom route entries (such as ${custom.destinationCidrBlock} in ${custom.routeTableId}). Delete them with DeleteRouteEntry first.`);
  }
  const instance = tx.table<InstanceRecord>(TABLES.instances).find((i) => i.vpcId === vpc.id);
  if (instance) {
    throw new DependencyViolationInstance(`The VPC "${vpc.id}" still has ECS instances (such as ${instance.id}). Release them with DeleteInstance first.`);
  }
  const vswitch = tx.table<VSwitchRecord>(TABLES.vswitches).find((s) => s.vpcId === vpc.id);
  if (vswitch) {
    throw new DependencyViolationVSwitch(`The VPC "${vpc.id}" still has VSwitches (such as ${vswitch.id}). Delete them with DeleteVSwitch first.`);
  }
  // The VPC's default security group cannot be deleted on its own; it goes with the VPC.
  const group = tx.table<SecurityGroupRecord>(TABLES.securityGroups).find((g) => g.vpcId === vpc.id && !g.isDefault);
  if (group) {
    throw new DependencyViolationSecurityGroup(`The VPC "${vpc.id}" still has security groups (such as ${group.id}). Delete them with DeleteSecurityGroup first.`);
  }
  removeDefaultSecurityGroupOf(tx, vpc.id);
  removeRoutingOf(tx, vpc.id);
  tx.table<VpcRecord>(TABLES.vpcs).delete(vpc.id);
  return vpc;
}
