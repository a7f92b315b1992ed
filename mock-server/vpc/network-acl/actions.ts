/**
 * Network ACL actions: CreateNetworkAcl, DescribeNetworkAcls (filters, paging, tags),
 * DescribeNetworkAclAttributes, ModifyNetworkAclAttributes, UpdateNetworkAclEntries,
 * CopyNetworkAclEntries, AssociateNetworkAcl, UnassociateNetworkAcl, DeleteNetworkAcl.
 */
import { pageByNumber } from '../../actions/paging';
import { DESCRIPTION, DRY_RUN, ID, NAME, PAGE, VPC_CLIENT_TOKEN, dryRunPassed } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { matchesTags, tagsFromParams } from '../../domain/tags';
import { boolean, objects, required, string, tags } from '../../wire/params';
import {
  associateNetworkAcl,
  copyNetworkAclEntries,
  createNetworkAcl,
  deleteNetworkAcl,
  getNetworkAcl,
  modifyNetworkAcl,
  unassociateNetworkAcl,
  updateNetworkAclEntries,
} from './domain';
import { networkAcls } from './records';
import { networkAclShape } from './shapes';

const TEXT = string({ maxLength: 1024 });
/** Up to 100 entries per direction in one request (N is 0–99 in the reference); the quota is checked in the domain. */
const ENTRY_FIELDS = { NetworkAclEntryId: ID, NetworkAclEntryName: TEXT, Description: TEXT, Policy: TEXT, Protocol: TEXT, Port: TEXT, IpVersion: TEXT, EntryType: TEXT };
const INGRESS = objects({ ...ENTRY_FIELDS, SourceCidrIp: TEXT }, { maxItems: 100 });
const EGRESS = objects({ ...ENTRY_FIELDS, DestinationCidrIp: TEXT }, { maxItems: 100 });
const RESOURCES = objects({ ResourceId: required(ID), ResourceType: required(string({ maxLength: 64 })) }, { required: true, maxItems: 20 });

const createNetworkAclAction = defineAction({
  name: 'CreateNetworkAcl',
  products: ['vpc'],
  params: { VpcId: required(ID), NetworkAclName: NAME, Description: DESCRIPTION, Tag: tags(), ClientToken: VPC_CLIENT_TOKEN, DryRun: DRY_RUN },
  async handle(ctx, p) {
    return ctx.transact((tx) => {
      const acl = createNetworkAcl(tx, ctx.config, { vpcId: p.VpcId, name: p.NetworkAclName, description: p.Description, tags: tagsFromParams(p.Tag) });
      if (p.DryRun) dryRunPassed();
      return { NetworkAclId: acl.id, NetworkAclAttribute: networkAclShape(tx, acl, ctx.account.accountId) };
    });
  },
});

const describeNetworkAclsAction = defineAction({
  name: 'DescribeNetworkAcls',
  products: ['vpc'],
  params: {
    NetworkAclId: ID,
    NetworkAclName: NAME,
    VpcId: ID,
    ResourceId: ID,
    ResourceType: string({ maxLength: 64 }),
    ResourceGroupId: ID,
    Tags: tags(),
    ClientToken: VPC_CLIENT_TOKEN,
    ...PAGE,
  },
  handle(ctx, p) {
    return ctx.read((tx) => {
      const rows = networkAcls(tx).filter(
        (a) =>
          (!p.NetworkAclId || a.id === p.NetworkAclId) &&
          (!p.NetworkAclName || a.name === p.NetworkAclName) &&
          (!p.VpcId || a.vpcId === p.VpcId) &&
          (!p.ResourceId || a.resources.some((b) => b.resourceId === p.ResourceId && (!p.ResourceType || b.resourceType === p.ResourceType))) &&
          matchesTags(a.tags, p.Tags),
      );
      const pg = pageByNumber(rows, p.PageNumber, p.PageSize);
      return {
        TotalCount: pg.TotalCount,
        PageNumber: pg.PageNumber,
        PageSize: pg.PageSize,
        NetworkAcls: { NetworkAcl: pg.items.map((a) => networkAclShape(tx, a, ctx.account.accountId)) },
      };
    });
  },
});

const describeNetworkAclAttributesAction = defineAction({
  name: 'DescribeNetworkAclAttributes',
  products: ['vpc'],
  params: { NetworkAclId: required(ID), ClientToken: VPC_CLIENT_TOKEN },
  handle(ctx, p) {
    return ctx.read((tx) => ({ NetworkAclAttribute: networkAclShape(tx, getNetworkAcl(tx, p.NetworkAclId), ctx.account.accountId) }));
  },
});

const modifyNetworkAclAttributesAction = defineAction({
  name: 'ModifyNetworkAclAttributes',
  products: ['vpc'],
  params: { NetworkAclId: required(ID), NetworkAclName: NAME, Description: DESCRIPTION, ClientToken: VPC_CLIENT_TOKEN, DryRun: DRY_RUN },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      modifyNetworkAcl(tx, ctx.config, p.NetworkAclId, { name: p.NetworkAclName, description: p.Description });
      // The checks ran on the real state; DryRun stops before anything is stored.
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

const updateNetworkAclEntriesAction = defineAction({
  name: 'UpdateNetworkAclEntries',
  products: ['vpc'],
  params: {
    NetworkAclId: required(ID),
    IngressAclEntries: INGRESS,
    EgressAclEntries: EGRESS,
    UpdateIngressAclEntries: boolean(),
    UpdateEgressAclEntries: boolean(),
    ClientToken: VPC_CLIENT_TOKEN, DryRun: DRY_RUN,
  },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      updateNetworkAclEntries(tx, ctx.config, p.NetworkAclId, {
        ingress: p.IngressAclEntries,
        egress: p.EgressAclEntries,
        updateIngress: p.UpdateIngressAclEntries === true,
        updateEgress: p.UpdateEgressAclEntries === true,
      });
      // The checks ran on the real state; DryRun stops before anything is stored.
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

const copyNetworkAclEntriesAction = defineAction({
  name: 'CopyNetworkAclEntries',
  products: ['vpc'],
  params: { NetworkAclId: required(ID), SourceNetworkAclId: required(ID), ClientToken: VPC_CLIENT_TOKEN, DryRun: DRY_RUN },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      copyNetworkAclEntries(tx, ctx.config, p.NetworkAclId, p.SourceNetworkAclId);
      // The checks ran on the real state; DryRun stops before anything is stored.
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

const associateNetworkAclAction = defineAction({
  name: 'AssociateNetworkAcl',
  products: ['vpc'],
  params: { NetworkAclId: required(ID), Resource: RESOURCES, ClientToken: VPC_CLIENT_TOKEN, DryRun: DRY_RUN },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      associateNetworkAcl(tx, ctx.config, p.NetworkAclId, p.Resource ?? []);
      // The checks ran on the real state; DryRun stops before anything is stored.
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

const unassociateNetworkAclAction = defineAction({
  name: 'UnassociateNetworkAcl',
  products: ['vpc'],
  params: { NetworkAclId: required(ID), Resource: RESOURCES, ClientToken: VPC_CLIENT_TOKEN, DryRun: DRY_RUN },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      unassociateNetworkAcl(tx, ctx.config, p.NetworkAclId, p.Resource ?? []);
      // The checks ran on the real state; DryRun stops before anything is stored.
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

const deleteNetworkAclAction = defineAction({
  name: 'DeleteNetworkAcl',
  products: ['vpc'],
  params: { NetworkAclId: required(ID), ClientToken: VPC_CLIENT_TOKEN, DryRun: DRY_RUN },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      deleteNetworkAcl(tx, p.NetworkAclId);
      // The checks ran on the real state; DryRun stops before anything is stored.
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

export const networkAclActions = [
  createNetworkAclAction,
  describeNetworkAclsAction,
  describeNetworkAclAttributesAction,
  modifyNetworkAclAttributesAction,
  updateNetworkAclEntriesAction,
  copyNetworkAclEntriesAction,
  associateNetworkAclAction,
  unassociateNetworkAclAction,
  deleteNetworkAclAction,
];
