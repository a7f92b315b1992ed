import { strict as assert } from 'node:assert';
import { dependencyTable } from '../../../mock-server/domain/dependants';
import { sandboxRegistry } from '../../../mock-server/families';

describe('domain: the dependency table', () => {
  before(() => sandboxRegistry());

  it('holds the rows the child families register, in clean-up order per parent', () => {
    // Other families add rows of their own; these are the ones VPCs, VSwitches, security groups
    // and instances had before, in the order their checks must run.
    const rows = (parent: string, known: string[]) => dependencyTable().filter((r) => r.parent === parent && known.includes(r.what)).map((r) => r.what);
    const vpc = ['custom route entries', 'ECS instances', 'VSwitches', 'security groups'];
    assert.deepEqual(rows('vpc', vpc), vpc);
    const vswitch = ['ECS instances', 'a Pending route entry in the VPC route table'];
    assert.deepEqual(rows('vswitch', vswitch), vswitch);
    assert.deepEqual(rows('securityGroup', ['member instances']), ['member instances']);
    assert.deepEqual(rows('instance', ['route entries whose next hop is the instance']), ['route entries whose next hop is the instance']);
  });

  it('guards moving an instance to another VPC only with the rows that say so', () => {
    const moving = dependencyTable().filter((r) => r.blocks.includes('move-vpc')).map((r) => `${r.parent}: ${r.what}`);
    assert.ok(moving.includes('instance: route entries whose next hop is the instance'), moving.join('; '));
    assert.ok(!dependencyTable().some((r) => r.parent !== 'instance' && r.blocks.includes('move-vpc')));
  });

  it('keeps one copy of each row however often the registry is built', () => {
    const before = dependencyTable().length;
    sandboxRegistry();
    sandboxRegistry();
    assert.equal(dependencyTable().length, before);
  });
});
