/**
 * VPC rules: the CIDR a VPC may take, its name and description, and the per-region quota. What
 * else a VPC owns is its children's business: the route-table family gives a new VPC its VRouter,
 * system route table and 100.64.0.0/10 route (through VPC_HOOKS.created), and every family whose
 * resources live in a VPC registers a row of the dependency table that DeleteVpc consults.
 */
import { InvalidParameter } from '../../errors';
import { overlaps, parseCidr, type Cidr } from '../../../network-rules/cidr';
import { CLOUD_SERVICE_BLOCK, VPC_QUOTA_PER_REGION, privateRangeProblem, vpcMaskProblem } from '../../../network-rules/limits';
import type { DomainConfig } from '../../domain/config';
import { removeCascades, requireNoDependants } from '../../domain/dependants';
import { HookPoint } from '../../domain/hooks';
import { newId } from '../../domain/ids';
import { currentStatus, transition } from '../../domain/lifecycle';
import { checkDescription, checkResourceName } from '../../domain/naming';
import { DEFAULT_RESOURCE_GROUP_ID } from '../../domain/resource-groups';
import type { Tags } from '../../domain/tags';
import type { Transaction } from '../../store/store';
import {
  IncorrectVpcStatus,
  InvalidCidrBlockMalformed,
  InvalidUserCidrMalformed,
  InvalidUserCidrQuota,
  InvalidVpcDescriptionMalformed,
  InvalidVpcIdNotFound,
  InvalidVpcNameMalformed,
  QuotaExceededVpc,
} from './errors';
import { allocateVpcIpv6, checkIpv6Isp, VPC_IPV6_HOOKS } from './ipv6';
import { VPCS, type VpcRecord } from './records';

/** CreateVpc without CidrBlock gets this block, as the real API does. */
export const VPC_CIDR_WHEN_OMITTED = '172.16.0.0/12';
export const MAX_USER_CIDRS = 3;

/** Where child families join a VPC's life. */
export const VPC_HOOKS = {
  /** A VPC is about to be stored; a hook may return fields of the row it fills (vrouterId, routeTableId). */
  created: new HookPoint<[VpcRecord], Partial<VpcRecord> | void>('vpc.created'),
  /** ModifyVpcAttribute is changing the primary block; a hook throws if something would fall outside it. */
  cidrChanging: new HookPoint<[VpcRecord, Cidr, string]>('vpc.cidrChanging'),
};

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
  const problem = vpcMaskProblem(cidr) ?? privateRangeProblem(cidr);
  if (problem) throw new InvalidParameter(`The CidrBlock "${text}" ${problem}.`);
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
  const vpc = tx.table<VpcRecord>(VPCS).get(vpcId);
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
  /** EnableIpv6: the VPC gets a /56 (see ./ipv6.ts). */
  enableIpv6?: boolean;
  ipv6CidrBlock?: string;
  ipv6Isp?: string;
  tags: Tags;
  /** Only CreateDefaultVpc sets this: default VPCs are outside the quota. */
  isDefault?: boolean;
}

export function createVpc(tx: Transaction, config: DomainConfig, input: CreateVpcInput): VpcRecord {
  const name = checkResourceName(input.name, 'VpcName', InvalidVpcNameMalformed) ?? '';
  const description = checkDescription(input.description, 'Description', InvalidVpcDescriptionMalformed) ?? '';
  const cidr = checkVpcCidr(input.cidrBlock || VPC_CIDR_WHEN_OMITTED);
  const userCidrs = checkUserCidrs(input.userCidrs);
  const vpcs = tx.table<VpcRecord>(VPCS);
  if (!input.isDefault) {
    const used = vpcs.count((v) => !v.isDefault);
    if (used >= VPC_QUOTA_PER_REGION) {
      throw new QuotaExceededVpc(`This region already has ${used} VPCs, the quota of ${VPC_QUOTA_PER_REGION} (the default VPC does not count). Delete a VPC you no longer need first.`);
    }
  }
  let vpc: VpcRecord = {
    id: newId('vpc'),
    name,
    description,
    cidrBlock: cidr.text,
    userCidrs,
    isDefault: !!input.isDefault,
    vrouterId: '',
    routeTableId: '',
    resourceGroupId: input.resourceGroupId || DEFAULT_RESOURCE_GROUP_ID,
    createdAt: tx.now,
    lifecycle: transition(tx.now, config.asyncDelayMs, ['Pending'], 'Available'),
    tags: input.tags,
    dnsHostnameStatus: input.enableDnsHostname ? 'ENABLED' : 'DISABLED',
  };
  if (input.enableIpv6) {
    vpc.ipv6Isp = checkIpv6Isp(input.ipv6Isp);
    vpc.ipv6CidrBlock = allocateVpcIpv6(tx, input.ipv6CidrBlock);
  } else if (input.ipv6CidrBlock || input.ipv6Isp) {
    throw new InvalidParameter('Ipv6CidrBlock and Ipv6Isp need EnableIpv6=true: set it, or leave them out.');
  }
  for (const fields of VPC_HOOKS.created.run(tx, vpc)) if (fields) vpc = { ...vpc, ...fields };
  vpcs.put(vpc);
  return vpc;
}

export interface ModifyVpcInput {
  name?: string;
  description?: string;
  cidrBlock?: string;
  enableDnsHostname?: boolean;
  /** EnableIPv6: true gives the VPC a /56 if it has none; false gives it back. */
  enableIpv6?: boolean;
  ipv6CidrBlock?: string;
  ipv6Isp?: string;
}

export function modifyVpc(tx: Transaction, vpcId: string, input: ModifyVpcInput): VpcRecord {
  const vpc = getVpc(tx, vpcId);
  const name = checkResourceName(input.name, 'VpcName', InvalidVpcNameMalformed);
  const description = checkDescription(input.description, 'Description', InvalidVpcDescriptionMalformed);
  requireAvailableVpc(tx, vpc, 'ModifyVpcAttribute');
  let cidrBlock = vpc.cidrBlock;
  if (input.cidrBlock !== undefined && input.cidrBlock !== vpc.cidrBlock) {
    const cidr = checkVpcCidr(input.cidrBlock);
    VPC_HOOKS.cidrChanging.run(tx, vpc, cidr, input.cidrBlock);
    cidrBlock = cidr.text;
  }
  const updated: VpcRecord = {
    ...vpc,
    name: name ?? vpc.name,
    description: description ?? vpc.description,
    cidrBlock,
    ...(input.enableDnsHostname === undefined ? {} : { dnsHostnameStatus: input.enableDnsHostname ? 'ENABLED' : 'DISABLED' }),
  };
  if (input.enableIpv6 === true && !vpc.ipv6CidrBlock) {
    updated.ipv6Isp = checkIpv6Isp(input.ipv6Isp);
    updated.ipv6CidrBlock = allocateVpcIpv6(tx, input.ipv6CidrBlock, vpc.id);
  } else if (input.enableIpv6 === false && vpc.ipv6CidrBlock) {
    VPC_IPV6_HOOKS.disabling.run(tx, vpc);
    updated.ipv6CidrBlock = '';
    updated.ipv6Isp = '';
  }
  tx.table<VpcRecord>(VPCS).put(updated);
  return updated;
}

/**
 * Deletes a VPC once nothing registered as its dependant is left (see domain/dependants.ts: the
 * checks run in the order a user has to clean up, so each error names the next step), together with
 * what goes with it (its VRouter, system route table and default security group).
 */
export function deleteVpc(tx: Transaction, vpcId: string): VpcRecord {
  const vpc = getVpc(tx, vpcId);
  requireAvailableVpc(tx, vpc, 'DeleteVpc');
  requireNoDependants(tx, 'vpc', vpc.id);
  removeCascades(tx, 'vpc', vpc.id);
  tx.table<VpcRecord>(VPCS).delete(vpc.id);
  return vpc;
}
