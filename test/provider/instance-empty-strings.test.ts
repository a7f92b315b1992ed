/**
 * `private_ip = ""` and `password = ""` mean "not set", as in the real provider (SDKv2 cannot tell
 * "" from unset). The alibabacloud-automation ECS-instance module passes both by default; the
 * sandbox refused them at validation (found by the corpus's SNAT example).
 */
import { strict as assert } from 'node:assert';
import { effectiveResourceSchema } from '../../provider/framework/schema';
import { validateBlock } from '../../provider/framework/validate';
import { instanceResource } from '../../provider/resources/instance';

const schema = effectiveResourceSchema(instanceResource);
const problems = (config: Record<string, string>) => validateBlock(schema, { image_id: 'ubuntu_22_04_x64_20G_alibase_20240130.vhd', instance_type: 'ecs.g7.large', ...config }).filter((d) => d.severity === 'error');
const on = (name: string, config: Record<string, string>) => problems(config).filter((d) => d.attribute?.[0] === name);

describe('alicloud_instance: "" means unset for private_ip and password', () => {
  it('accepts private_ip = "" and password = ""', () => {
    assert.deepEqual(on('private_ip', { private_ip: '' }), []);
    assert.deepEqual(on('password', { password: '' }), []);
  });

  it('still refuses a malformed address and a short password', () => {
    assert.equal(on('private_ip', { private_ip: '10.0.0' }).length, 1);
    assert.equal(on('password', { password: 'short' }).length, 1);
  });
});
