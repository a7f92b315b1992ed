import { strict as assert } from 'node:assert';

/** Asserts the real error body shape `{RequestId, HostId, Code, Message, Recommend}` and the code. */
export function assertErrorShape(body: any, code: string, hostId?: string): void {
  assert.ok(body && typeof body === 'object', `expected a JSON error body, got ${JSON.stringify(body)}`);
  assert.deepEqual(Object.keys(body).sort(), ['Code', 'HostId', 'Message', 'Recommend', 'RequestId']);
  assert.equal(body.Code, code, `expected ${code}, got ${body.Code}: ${body.Message}`);
  if (hostId) assert.equal(body.HostId, hostId);
  else assert.match(body.HostId, /^(vpc|ecs)\.aliyuncs\.com$/);
  assert.match(body.RequestId, /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  assert.ok(typeof body.Message === 'string' && body.Message.length > 0);
  assert.match(body.Recommend, /^https:\/\/api\.aliyun\.com\/troubleshoot\?q=/);
}
