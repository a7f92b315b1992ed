/**
 * Network ACLs: stateless allow/deny lists of a VPC, bound to its VSwitches.
 *
 * Rules (VPC API reference, 2016-04-28, and the network ACL overview): an ACL belongs to one VPC
 * and binds only VSwitches of that VPC; a VSwitch is bound to at most one ACL; every change
 * (entries, attributes, bindings) leaves the ACL Modifying for the async delay, and a second
 * change meanwhile is refused (the API pages say the actions cannot be repeated within a period;
 * the real provider retries IncorrectStatus); a binding shows BINDING, then BINDED. An ACL can be
 * deleted once nothing is bound to it; a VSwitch or VPC cannot be deleted while an ACL binds or
 * lives in it (./links.ts).
 *
 * The sandbox stores the entries and shows them back; it does not filter traffic with them
 * (SandboxTraceRoute ignores ACLs: see the README's differences).
 */
import type { DomainConfig } from '../../domain/config';
import { newId } from '../../domain/ids';
import { transition } from '../../domain/lifecycle';
import { checkDescription, checkResourceName } from '../../domain/naming';
import type { Tags } from '../../domain/tags';
import { InvalidDescriptionMalformed, InvalidParameter } from '../../errors';
import type { Transaction } from '../../store/store';
import { getVpc, vpcStatus } from '../vpc/domain';
import { VSWITCHES, type VSwitchRecord } from '../vswitch/records';
import { checkEntries, replaceCustom, systemEntries, type EntryInput } from './entries';
import {
  IncorrectStatusNetworkAcl,
  IncorrectStatusVpcForAcl,
  InvalidNameMalformedForAcl,
  InvalidNetworkAclNotFound,
  InvalidResourceAssociated,
  InvalidResourceNotBinding,
  InvalidResourceNotFound,
  NetworkAclAttachmentInMiddleStatus,
  NetworkAclExistBinding,
  QuotaExceededNetworkAcl,
} from './errors';
import { aclOfVSwitch, bindingStatus, networkAcls, networkAclStatus, type AclBindingRecord, type NetworkAclRecord } from './records';
import { MAX_ACLS_PER_VPC } from '../../../network-rules/quotas';

export { MAX_ACLS_PER_VPC };

export function getNetworkAcl(tx: Transaction, id: string): NetworkAclRecord {
  const acl = networkAcls(tx).get(id);
  if (!acl) throw new InvalidNetworkAclNotFound(`The network ACL "${id}" does not exist in region ${tx.region}. DescribeNetworkAcls lists your network ACLs.`);
  return acl;
}

/** A change waits until the previous one has settled. */
function requireAvailable(tx: Transaction, acl: NetworkAclRecord, doing: string): void {
  const status = networkAclStatus(acl, tx.now);
  if (status !== 'Available') {
    throw new IncorrectStatusNetworkAcl(`The network ACL ${acl.id} is ${status}: ${doing} needs it Available. Poll DescribeNetworkAclAttributes until it is Available, then retry.`);
  }
}

function modifying(tx: Transaction, config: DomainConfig) {
  return transition(tx.now, config.asyncDelayMs, ['Modifying'], 'Available');
}

export interface CreateNetworkAclInput {
  vpcId: string;
  name?: string;
  description?: string;
  tags: Tags;
}

export function createNetworkAcl(tx: Transaction, config: DomainConfig, input: CreateNetworkAclInput): NetworkAclRecord {
  const vpc = getVpc(tx, input.vpcId);
  const name = checkResourceName(input.name, 'NetworkAclName', InvalidNameMalformedForAcl) ?? '';
  const description = checkDescription(input.description, 'Description', InvalidDescriptionMalformed) ?? '';
  const status = vpcStatus(vpc, tx.now);
  if (status !== 'Available') throw new IncorrectStatusVpcForAcl(`The VPC ${vpc.id} is ${status}: CreateNetworkAcl needs it Available. Wait until it is, then retry.`);
  const inVpc = networkAcls(tx).filter((a) => a.vpcId === vpc.id);
  if (inVpc.length >= MAX_ACLS_PER_VPC) {
    throw new QuotaExceededNetworkAcl(`The VPC ${vpc.id} already holds ${inVpc.length} network ACLs, the most one VPC may have (${MAX_ACLS_PER_VPC}). Delete one you no longer use, or bind more VSwitches to an existing ACL.`);
  }
  const acl: NetworkAclRecord = {
    id: newId('nacl'),
    vpcId: vpc.id,
    name,
    description,
    ingress: systemEntries('ingress'),
    egress: systemEntries('egress'),
    resources: [],
    createdAt: tx.now,
    lifecycle: transition(tx.now, config.asyncDelayMs, ['Modifying'], 'Available'),
    tags: input.tags,
  };
  return networkAcls(tx).put(acl);
}

export function modifyNetworkAcl(tx: Transaction, config: DomainConfig, id: string, input: { name?: string; description?: string }): NetworkAclRecord {
  const acl = getNetworkAcl(tx, id);
  const name = checkResourceName(input.name, 'NetworkAclName', InvalidNameMalformedForAcl);
  const description = checkDescription(input.description, 'Description', InvalidDescriptionMalformed);
  requireAvailable(tx, acl, 'ModifyNetworkAclAttributes');
  return networkAcls(tx).put({ ...acl, name: name ?? acl.name, description: description ?? acl.description, lifecycle: modifying(tx, config) });
}

export interface UpdateEntriesInput {
  ingress?: EntryInput[];
  egress?: EntryInput[];
  updateIngress: boolean;
  updateEgress: boolean;
}

/** Replaces the custom entries of the directions flagged; both are checked before either is stored. */
export function updateNetworkAclEntries(tx: Transaction, config: DomainConfig, id: string, input: UpdateEntriesInput): NetworkAclRecord {
  const acl = getNetworkAcl(tx, id);
  if (!input.updateIngress && !input.updateEgress && (input.ingress?.length || input.egress?.length)) {
    throw new InvalidParameter(`Entries were given for network ACL ${id}, but neither UpdateIngressAclEntries nor UpdateEgressAclEntries is true: set the flag of each direction to replace.`);
  }
  const ingress = input.updateIngress ? checkEntries('ingress', input.ingress ?? [], acl.ingress) : undefined;
  const egress = input.updateEgress ? checkEntries('egress', input.egress ?? [], acl.egress) : undefined;
  requireAvailable(tx, acl, 'UpdateNetworkAclEntries');
  return networkAcls(tx).put({
    ...acl,
    ingress: ingress ? replaceCustom(acl.ingress, ingress) : acl.ingress,
    egress: egress ? replaceCustom(acl.egress, egress) : acl.egress,
    lifecycle: modifying(tx, config),
  });
}

/** CopyNetworkAclEntries: the source's custom entries replace the target's (new IDs), both directions. */
export function copyNetworkAclEntries(tx: Transaction, config: DomainConfig, id: string, sourceId: string): NetworkAclRecord {
  const acl = getNetworkAcl(tx, id);
  const source = getNetworkAcl(tx, sourceId);
  if (source.id === acl.id) throw new InvalidParameter(`SourceNetworkAclId ${sourceId} is the ACL itself: copy from another network ACL.`);
  requireAvailable(tx, acl, 'CopyNetworkAclEntries');
  const fresh = (list: NetworkAclRecord['ingress']) => list.filter((e) => e.entryType === 'custom').map((e) => ({ ...e, id: newId('nae') }));
  return networkAcls(tx).put({ ...acl, ingress: replaceCustom(acl.ingress, fresh(source.ingress)), egress: replaceCustom(acl.egress, fresh(source.egress)), lifecycle: modifying(tx, config) });
}

export interface ResourceRef {
  ResourceId?: string;
  ResourceType?: string;
}

function checkType(r: ResourceRef): void {
  if (r.ResourceType !== 'VSwitch') throw new InvalidParameter(`ResourceType "${r.ResourceType ?? ''}" is not supported: a network ACL binds VSwitches (ResourceType VSwitch).`);
}

/** Bindings still settling block other binding changes on the ACL (the provider retries the code). */
function requireSettledBindings(tx: Transaction, acl: NetworkAclRecord, doing: string): void {
  const busy = acl.resources.find((b) => bindingStatus(b, tx.now) !== 'BINDED');
  if (busy) throw new NetworkAclAttachmentInMiddleStatus(`VSwitch ${busy.resourceId} is still ${bindingStatus(busy, tx.now)} to network ACL ${acl.id}: ${doing} waits until it is BINDED. Retry shortly.`);
}

export function associateNetworkAcl(tx: Transaction, config: DomainConfig, id: string, refs: readonly ResourceRef[]): NetworkAclRecord {
  const acl = getNetworkAcl(tx, id);
  const added: AclBindingRecord[] = [];
  for (const r of refs) {
    checkType(r);
    const vsw = tx.table<VSwitchRecord>(VSWITCHES).get(r.ResourceId ?? '');
    if (!vsw) throw new InvalidResourceNotFound(`The VSwitch "${r.ResourceId ?? ''}" does not exist in region ${tx.region}. DescribeVSwitches lists your VSwitches.`);
    if (vsw.vpcId !== acl.vpcId) {
      throw new InvalidParameter(`VSwitch ${vsw.id} is in VPC ${vsw.vpcId}, but network ACL ${acl.id} belongs to VPC ${acl.vpcId}: an ACL binds only VSwitches of its own VPC. Create an ACL in ${vsw.vpcId} for it.`);
    }
    const holder = aclOfVSwitch(tx, vsw.id);
    if (holder && holder.id !== acl.id) {
      throw new InvalidResourceAssociated(`VSwitch ${vsw.id} is already bound to network ACL ${holder.id}: a VSwitch has at most one ACL. Unbind it from ${holder.id} (UnassociateNetworkAcl) first.`);
    }
    if (holder || added.some((b) => b.resourceId === vsw.id)) continue; // already bound here: nothing to do
    added.push({ resourceId: vsw.id, resourceType: 'VSwitch', lifecycle: transition(tx.now, config.asyncDelayMs, ['BINDING'], 'BINDED') });
  }
  requireAvailable(tx, acl, 'AssociateNetworkAcl');
  requireSettledBindings(tx, acl, 'AssociateNetworkAcl');
  return networkAcls(tx).put({ ...acl, resources: [...acl.resources, ...added], lifecycle: added.length ? modifying(tx, config) : acl.lifecycle });
}

export function unassociateNetworkAcl(tx: Transaction, config: DomainConfig, id: string, refs: readonly ResourceRef[]): NetworkAclRecord {
  const acl = getNetworkAcl(tx, id);
  for (const r of refs) {
    checkType(r);
    if (!acl.resources.some((b) => b.resourceId === r.ResourceId)) {
      throw new InvalidResourceNotBinding(`VSwitch "${r.ResourceId ?? ''}" is not bound to network ACL ${acl.id}, so it cannot be unbound. DescribeNetworkAclAttributes lists what the ACL binds.`);
    }
  }
  requireAvailable(tx, acl, 'UnassociateNetworkAcl');
  requireSettledBindings(tx, acl, 'UnassociateNetworkAcl');
  const gone = new Set(refs.map((r) => r.ResourceId));
  return networkAcls(tx).put({ ...acl, resources: acl.resources.filter((b) => !gone.has(b.resourceId)), lifecycle: modifying(tx, config) });
}

export function deleteNetworkAcl(tx: Transaction, id: string): NetworkAclRecord {
  const acl = getNetworkAcl(tx, id);
  if (acl.resources.length) {
    throw new NetworkAclExistBinding(`Network ACL ${acl.id} is still bound to ${acl.resources.map((b) => b.resourceId).join(', ')}: unbind them with UnassociateNetworkAcl before deleting it.`);
  }
  requireAvailable(tx, acl, 'DeleteNetworkAcl');
  networkAcls(tx).delete(acl.id);
  return acl;
}

