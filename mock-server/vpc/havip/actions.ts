/**
 * HaVip actions: CreateHaVip, DescribeHaVips (Filter.N.Key / Filter.N.Value.M, paging, tags),
 * ModifyHaVipAttribute, AssociateHaVip, UnassociateHaVip, DeleteHaVip.
 */
import { InvalidParameter } from '../../errors';
import { pageByNumber } from '../../actions/paging';
import { DESCRIPTION, DRY_RUN, ID, NAME, PAGE, VPC_CLIENT_TOKEN, dryRunPassed } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { matchesTags, tagsFromParams } from '../../domain/tags';
import { boolean, list, objects, required, string, tags, type ParamSpec } from '../../wire/params';
import { associateHaVip, createHaVip, deleteHaVip, modifyHaVip, unassociateHaVip } from './domain';
import { haVips, haVipStatus, type HaVipRecord } from './records';
import { haVipShape } from './shapes';

const INSTANCE_TYPE = string({ enum: ['EcsInstance', 'NetworkInterface'] });
const VALUE_LIST = list(string({ maxLength: 256 }), { maxItems: 100 });
/** Filter.N.Value.M as the SDK sends it; a single Filter.N.Value is taken as a list of one. */
const FILTER_VALUES: ParamSpec<string[]> = {
  ...VALUE_LIST,
  read(raw, name, consumed) {
    if (!(name in raw)) return VALUE_LIST.read(raw, name, consumed);
    const one = string({ maxLength: 256 }).read(raw, name, consumed);
    return one === undefined ? undefined : [one];
  },
};
const FILTER = objects({ Key: string({ maxLength: 64 }), Value: FILTER_VALUES }, { maxItems: 10 });

/** The Filter keys DescribeHaVips documents, and the field each one matches. */
const FILTER_FIELDS: Record<string, (h: HaVipRecord, now: number) => string> = {
  HaVipId: (h) => h.id,
  HaVipAddress: (h) => h.ipAddress,
  VpcId: (h) => h.vpcId,
  VSwitchId: (h) => h.vswitchId,
  Status: (h, now) => haVipStatus(h, now),
};

const createHaVipAction = defineAction({
  name: 'CreateHaVip',
  products: ['vpc'],
  params: {
    VSwitchId: required(ID),
    IpAddress: string({ maxLength: 64 }),
    Name: NAME,
    Description: DESCRIPTION,
    ResourceGroupId: ID,
    Tag: tags(),
    ClientToken: VPC_CLIENT_TOKEN,
  },
  async handle(ctx, p) {
    const tagMap = tagsFromParams(p.Tag);
    return ctx.transact((tx) => {
      const h = createHaVip(tx, ctx.config, { vswitchId: p.VSwitchId, ipAddress: p.IpAddress, name: p.Name, description: p.Description, resourceGroupId: p.ResourceGroupId, tags: tagMap });
      return { HaVipId: h.id, IpAddress: h.ipAddress };
    });
  },
});

const describeHaVipsAction = defineAction({
  name: 'DescribeHaVips',
  products: ['vpc'],
  params: { Filter: FILTER, ResourceGroupId: ID, Tags: tags(), ...PAGE },
  handle(ctx, p) {
    return ctx.read((tx) => {
      // Every known key must match one of its values; an unknown key is refused (a typo would otherwise list everything).
      const filters = (p.Filter ?? []).filter((f) => f.Key && (f.Value?.length ?? 0) > 0);
      for (const f of filters) {
        if (!FILTER_FIELDS[f.Key!]) {
          throw new InvalidParameter(`The Filter key "${f.Key}" is not one DescribeHaVips knows: use ${Object.keys(FILTER_FIELDS).join(', ')}.`);
        }
      }
      const rows = haVips(tx).filter(
        (h) =>
          filters.every((f) => new Set(f.Value).has(FILTER_FIELDS[f.Key!](h, tx.now))) &&
          (!p.ResourceGroupId || h.resourceGroupId === p.ResourceGroupId) &&
          matchesTags(h.tags, p.Tags),
      );
      const pg = pageByNumber(rows, p.PageNumber, p.PageSize);
      return {
        TotalCount: pg.TotalCount,
        PageNumber: pg.PageNumber,
        PageSize: pg.PageSize,
        HaVips: { HaVip: pg.items.map((h) => haVipShape(tx, h)) },
      };
    });
  },
});

const modifyHaVipAttributeAction = defineAction({
  name: 'ModifyHaVipAttribute',
  products: ['vpc'],
  params: { HaVipId: required(ID), Name: NAME, Description: DESCRIPTION, ClientToken: VPC_CLIENT_TOKEN },
  async handle(ctx, p) {
    await ctx.transact((tx) => modifyHaVip(tx, p.HaVipId, { name: p.Name, description: p.Description }));
    return {};
  },
});

const associateHaVipAction = defineAction({
  name: 'AssociateHaVip',
  products: ['vpc'],
  params: { HaVipId: required(ID), InstanceId: required(ID), InstanceType: INSTANCE_TYPE, ClientToken: VPC_CLIENT_TOKEN, DryRun: DRY_RUN },
  async handle(ctx, p) {
    await ctx.transact((tx) => {
      associateHaVip(tx, ctx.config, { haVipId: p.HaVipId, instanceId: p.InstanceId, instanceType: p.InstanceType });
      if (p.DryRun) dryRunPassed();
    });
    return {};
  },
});

const unassociateHaVipAction = defineAction({
  name: 'UnassociateHaVip',
  products: ['vpc'],
  // Force (True/False, default False) lets the master go while others remain (see domain.ts).
  params: { HaVipId: required(ID), InstanceId: required(ID), InstanceType: INSTANCE_TYPE, Force: boolean(), ClientToken: VPC_CLIENT_TOKEN },
  async handle(ctx, p) {
    await ctx.transact((tx) => unassociateHaVip(tx, ctx.config, { haVipId: p.HaVipId, instanceId: p.InstanceId, force: p.Force }));
    return {};
  },
});

const deleteHaVipAction = defineAction({
  name: 'DeleteHaVip',
  products: ['vpc'],
  params: { HaVipId: required(ID), ClientToken: VPC_CLIENT_TOKEN },
  async handle(ctx, p) {
    await ctx.transact((tx) => deleteHaVip(tx, p.HaVipId));
    return {};
  },
});

export const haVipActions = [createHaVipAction, describeHaVipsAction, modifyHaVipAttributeAction, associateHaVipAction, unassociateHaVipAction, deleteHaVipAction];
