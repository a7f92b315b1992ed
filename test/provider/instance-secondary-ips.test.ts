/**
 * alicloud_instance's secondary_private_ips / secondary_private_ip_address_count: assigned to the
 * primary NIC after launch, read back from DescribeInstances (so an import shows them), changed in
 * place with Assign/UnassignPrivateIpAddresses, as the real provider does. Driven through the
 * resource functions against an in-process sandbox, without Terraform.
 */
import * as assert from 'node:assert/strict';
import type { Sandbox } from '../../mock-server/app';
import type { ApiClient } from '../../provider/client/api-client';
import { createNetwork, startInProcess } from '../helpers/in-process';
import { UNKNOWN, type ObjectValue, type ResourceContext } from '../../provider/framework/types';
import { instanceResource as def } from '../../provider/resources/instance';

function plan(config: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, a] of Object.entries(def.schema.attributes)) {
    if (config[name] !== undefined) out[name] = config[name];
    else if (a.default !== undefined) out[name] = a.default;
    else out[name] = a.computed ? UNKNOWN : null;
  }
  for (const name of Object.keys(def.schema.blocks ?? {})) out[name] = [];
  return out;
}

describe('alicloud_instance: secondary private IPs of the primary NIC', function () {
  this.timeout(60_000);
  let sandbox: Sandbox;
  let api: ApiClient;
  let ctx: ResourceContext;
  let vswitchId: string;
  let groupId: string;

  before(async () => {
    ({ sandbox, api, ctx } = await startInProcess());
    ({ vswitchId, groupId } = await createNetwork(api, '172.16'));
  });
  after(async () => sandbox?.close());

  const launch = (config: ObjectValue) =>
    def.create!(ctx, plan({ image_id: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', instance_type: 'ecs.g7.large', vswitch_id: vswitchId, security_groups: [groupId], ...config }));
  async function imported(id: string): Promise<ObjectValue> {
    const seed = await def.importState!(ctx, id);
    const state = await def.read(ctx, Array.isArray(seed) ? seed[0] : seed);
    assert.ok(state, `${id} not found on import`);
    return state;
  }
  const live = async (id: string) => {
    const inst = (await api.call('ecs', 'DescribeInstances', { InstanceIds: JSON.stringify([id]) })).Instances.Instance[0];
    const nic = inst.NetworkInterfaces.NetworkInterface.find((n: any) => n.Type === 'Primary');
    return nic.PrivateIpSets.PrivateIpSet.filter((s: any) => !s.Primary).map((s: any) => s.PrivateIpAddress).sort();
  };

  it('secondary_private_ip_address_count = 2 gives two addresses that state, the API and an import agree on; a lower count unassigns', async () => {
    const created = await launch({ secondary_private_ip_address_count: 2 });
    const ips = created.secondary_private_ips as string[];
    assert.equal(ips.length, 2);
    assert.equal(created.secondary_private_ip_address_count, 2);
    assert.deepEqual(await live(String(created.id)), ips);
    const state = await imported(String(created.id));
    assert.deepEqual(state.secondary_private_ips, ips);
    assert.equal(state.secondary_private_ip_address_count, 2);
    const updated = await def.update!(ctx, created, { ...created, secondary_private_ip_address_count: 1, secondary_private_ips: UNKNOWN });
    assert.equal((updated.secondary_private_ips as string[]).length, 1);
    assert.deepEqual(await live(String(created.id)), updated.secondary_private_ips);
  });

  it('listed addresses are assigned at launch and swapped in place; an address in use is refused and the state is unchanged', async () => {
    const created = await launch({ secondary_private_ips: ['172.16.0.100', '172.16.0.101'] });
    assert.deepEqual(created.secondary_private_ips, ['172.16.0.100', '172.16.0.101']);
    assert.equal(created.secondary_private_ip_address_count, 2);
    const id = String(created.id);
    const swapped = await def.update!(ctx, created, { ...created, secondary_private_ips: ['172.16.0.101', '172.16.0.102'], secondary_private_ip_address_count: 2 });
    assert.deepEqual(swapped.secondary_private_ips, ['172.16.0.101', '172.16.0.102']);
    assert.deepEqual(await live(id), ['172.16.0.101', '172.16.0.102']);
    // Another instance's secondary address cannot be taken.
    const other = await launch({});
    await assert.rejects(def.update!(ctx, other, { ...other, secondary_private_ips: ['172.16.0.102'], secondary_private_ip_address_count: 1 }), /InvalidPrivateIpAddress\.Duplicated|already used/);
    assert.deepEqual(await live(String(other.id)), []);
    assert.deepEqual(await live(id), ['172.16.0.101', '172.16.0.102']);
  });

  it('more addresses than the instance type allows per NIC are refused at launch, leaving none assigned', async () => {
    await assert.rejects(launch({ secondary_private_ip_address_count: 6 }), /Ipv4CountExceeded/);
    const all = (await api.call('ecs', 'DescribeInstances', { PageSize: 100 })).Instances.Instance;
    for (const i of all) assert.ok((await live(i.InstanceId)).length <= 5);
  });

  it('an instance without secondary IPs reads back an empty set and a count of 0', async () => {
    const created = await launch({});
    assert.deepEqual(created.secondary_private_ips, []);
    assert.equal(created.secondary_private_ip_address_count, 0);
    assert.deepEqual((await imported(String(created.id))).secondary_private_ips, []);
  });

  it('secondary_private_ips and secondary_private_ip_address_count together are refused at validation', () => {
    const diags = def.validateConfig!(plan({ image_id: 'x', instance_type: 'ecs.g7.large', vswitch_id: 'vsw-1', secondary_private_ips: ['172.16.0.9'], secondary_private_ip_address_count: 1 }) as any);
    assert.ok(diags.some((d: any) => /conflicts with secondary_private_ips/.test(JSON.stringify(d))));
  });

  it('both arguments unknown at validation (module variables, which may be null) are not a conflict yet', () => {
    const diags = def.validateConfig!(plan({ image_id: 'x', instance_type: 'ecs.g7.large', vswitch_id: 'vsw-1', secondary_private_ips: UNKNOWN, secondary_private_ip_address_count: UNKNOWN }) as any);
    assert.deepEqual(diags.filter((d: any) => /conflicts/.test(JSON.stringify(d))), []);
  });
});
