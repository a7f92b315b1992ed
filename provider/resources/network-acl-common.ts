/**
 * What the network ACL resources share: reading an ACL (DescribeNetworkAclAttributes), its custom
 * entries as Terraform values, the UpdateNetworkAclEntries parameters, binding and unbinding
 * VSwitches, and waiting until the ACL is Available again after a change.
 *
 * Retry codes are the ones the real provider retries for these actions (resource_alicloud_network_acl.go,
 * resource_alicloud_vpc_network_acl_attachment.go): the ACL or a binding is still changing.
 */
import type { ObjectValue, ProviderContext, Value } from '../framework/types';
import { isUnknown } from '../framework/types';
import { waitFor } from '../framework/wait';
import { api } from '../shared/api';
import { str } from '../shared/values';
import { isNotFound, type Params } from '../client/api-client';

export const ACL_RETRY = ['OperationConflict', 'IncorrectStatus', 'IncorrectStatus.Vpc', 'TaskConflict', 'NetworkAclExistBinding', 'OperationDenied.NetworkAclAttachmentInMiddleStatus', 'ResourceStatus.Error', 'LastTokenProcessing'];

type Ctx = ProviderContext & { timeoutMs?: number };

export async function describeNetworkAcl(ctx: Ctx, id: string): Promise<any | null> {
  try {
    const out = await api(ctx, 'vpc', 'DescribeNetworkAclAttributes', { NetworkAclId: id });
    return out?.NetworkAclAttribute ?? null;
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

export function listOf(v: any, key: string): any[] {
  const list = Array.isArray(v) ? v : v?.[key];
  return Array.isArray(list) ? list : [];
}

export type Direction = 'ingress' | 'egress';
const CIDR_FIELD = { ingress: ['source_cidr_ip', 'SourceCidrIp'], egress: ['destination_cidr_ip', 'DestinationCidrIp'] } as const;
const API_LIST = { ingress: ['IngressAclEntries', 'IngressAclEntry'], egress: ['EgressAclEntries', 'EgressAclEntry'] } as const;

/** The custom entries of one direction as the API lists them (system and service entries are the ACL's own, as the real provider reads it). */
export function customEntries(acl: any, dir: Direction): any[] {
  return listOf(acl?.[API_LIST[dir][0]], API_LIST[dir][1]).filter((e) => e?.EntryType !== 'system' && e?.EntryType !== 'service');
}

/**
 * Entries as alicloud_network_acl's blocks hold them. An empty name or description is null: both are
 * optional, not computed, so a configuration that leaves them out must read back null. The API
 * spells ip_version IPV4/IPV6; an entry whose prior state spelt it in another case (IPv4) keeps that
 * spelling, so such a configuration plans empty.
 */
export function entriesState(acl: any, dir: Direction, prior?: Value): ObjectValue[] {
  const [attr, field] = CIDR_FIELD[dir];
  const was = Array.isArray(prior) ? (prior as ObjectValue[]) : [];
  return customEntries(acl, dir).map((e, i) => ({
    description: e.Description || null,
    entry_type: e.EntryType ?? 'custom',
    ip_version: sameIgnoringCase(was[i]?.ip_version, e.IpVersion ?? 'IPV4') ? (was[i].ip_version as string) : (e.IpVersion ?? 'IPV4'),
    network_acl_entry_name: e.NetworkAclEntryName || null,
    policy: e.Policy ?? '',
    port: e.Port ?? '',
    protocol: e.Protocol ?? '',
    [attr]: e[field] ?? '',
  }));
}

const sameIgnoringCase = (a: Value | undefined, b: string): boolean => typeof a === 'string' && a.toUpperCase() === b.toUpperCase();

/**
 * Plans an entry's ip_version that differs from the prior state's only in case as the prior
 * value (the API takes any casing, so the change would do nothing): after an import the state
 * holds the API's IPV4 while the docs write Ipv4. Returns true when it did, since such a plan
 * departs from the configuration and needs the legacy type system flag.
 */
export function keepIpVersionCasing(prior: ObjectValue, planned: ObjectValue): boolean {
  let kept = false;
  for (const attr of ['ingress_acl_entries', 'egress_acl_entries']) {
    const now = planned[attr];
    const was = prior[attr];
    if (!Array.isArray(now) || !Array.isArray(was)) continue;
    planned[attr] = (now as ObjectValue[]).map((e, i) => {
      const before = (was as ObjectValue[])[i]?.ip_version;
      if (typeof e?.ip_version !== 'string' || e.ip_version === before || !sameIgnoringCase(before, e.ip_version)) return e;
      kept = true;
      return { ...e, ip_version: before as string };
    });
  }
  return kept;
}

const known = (v: Value | undefined): string | undefined => (v === undefined || v === null || isUnknown(v) || v === '' ? undefined : str(v));

/** UpdateNetworkAclEntries parameters for one direction, replacing its custom entries with `entries` (name: the block attribute holding the entry's name). */
export function entryParams(dir: Direction, entries: ObjectValue[], nameAttr = 'network_acl_entry_name'): Params {
  const [attr, field] = CIDR_FIELD[dir];
  const prefix = API_LIST[dir][0];
  const out: Params = { [dir === 'ingress' ? 'UpdateIngressAclEntries' : 'UpdateEgressAclEntries']: 'true' };
  entries.forEach((e, i) => {
    const p = `${prefix}.${i + 1}.`;
    const fields: Record<string, string | undefined> = {
      Policy: known(e.policy),
      NetworkAclEntryName: known(e[nameAttr]),
      [field]: known(e[attr]),
      Protocol: known(e.protocol),
      Port: known(e.port),
      Description: known(e.description),
      IpVersion: known(e.ip_version),
      EntryType: known(e.entry_type),
    };
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[p + k] = v;
  });
  return out;
}

export async function waitAclAvailable(ctx: Ctx, id: string): Promise<any> {
  return waitFor(ctx, () => describeNetworkAcl(ctx, id), (a) => a === null || a.Status === 'Available', { what: `network ACL ${id} to become Available` });
}

export interface BoundResource {
  resource_id: string;
  resource_type: string;
}

function resourceParams(list: readonly BoundResource[]): Params {
  const out: Params = {};
  list.forEach((r, i) => {
    out[`Resource.${i + 1}.ResourceId`] = r.resource_id;
    out[`Resource.${i + 1}.ResourceType`] = r.resource_type;
  });
  return out;
}

/** Binds VSwitches and waits until the ACL is Available with each of them BINDED. */
export async function bindResources(ctx: Ctx, id: string, list: readonly BoundResource[]): Promise<void> {
  if (!list.length) return;
  await api(ctx, 'vpc', 'AssociateNetworkAcl', { NetworkAclId: id, ...resourceParams(list) }, { idempotent: true, retryCodes: ACL_RETRY });
  const ids = new Set(list.map((r) => r.resource_id));
  await waitFor(
    ctx,
    () => describeNetworkAcl(ctx, id),
    (a) => a === null || (a.Status === 'Available' && listOf(a.Resources, 'Resource').filter((r) => ids.has(r.ResourceId) && r.Status === 'BINDED').length === ids.size),
    { what: `network ACL ${id} to bind ${[...ids].join(', ')}` },
  );
}

/** Unbinds VSwitches (those no longer bound are skipped, as the real provider tolerates InvalidResource.NotBinding) and waits. */
export async function unbindResources(ctx: Ctx, id: string, list: readonly BoundResource[]): Promise<void> {
  if (!list.length) return;
  const acl = await describeNetworkAcl(ctx, id);
  if (!acl) return;
  const bound = new Set(listOf(acl.Resources, 'Resource').map((r) => r.ResourceId));
  const still = list.filter((r) => bound.has(r.resource_id));
  if (!still.length) return;
  await api(ctx, 'vpc', 'UnassociateNetworkAcl', { NetworkAclId: id, ...resourceParams(still) }, { idempotent: true, retryCodes: ACL_RETRY });
  const ids = new Set(still.map((r) => r.resource_id));
  await waitFor(
    ctx,
    () => describeNetworkAcl(ctx, id),
    (a) => a === null || (a.Status === 'Available' && !listOf(a.Resources, 'Resource').some((r) => ids.has(r.ResourceId))),
    { what: `network ACL ${id} to unbind ${[...ids].join(', ')}` },
  );
}

export function boundList(v: Value | undefined): BoundResource[] {
  return (Array.isArray(v) ? v : []).map((r: any) => ({ resource_id: str(r?.resource_id) ?? '', resource_type: str(r?.resource_type) ?? 'VSwitch' }));
}

export const sameResource = (a: BoundResource, b: BoundResource) => a.resource_id === b.resource_id && a.resource_type === b.resource_type;
