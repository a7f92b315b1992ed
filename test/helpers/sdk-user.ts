/**
 * What a user of the official SDKs writes around their calls, shared by the SDK scenario tests:
 * a polling wait, reading a refusal the way each SDK surfaces it, and checking a raw JSON body's
 * field types against the SDK's own response model.
 */
import { strict as assert } from 'node:assert';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `read` until `done` holds, as a user's wait loop does; fails after `timeoutMs`. */
export async function waitFor<T>(what: string, read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: last ${JSON.stringify(v)}`);
    await sleep(15);
  }
}

/** What a user reads off an SDK exception. */
export interface Surfaced {
  code: string;
  dataCode: string;
  status: number;
  requestId: string;
  message: string;
}

/** Runs `call`, which must fail, and reads the error the way each SDK exposes it. */
export async function refused(call: () => Promise<unknown>): Promise<Surfaced> {
  let caught: any;
  try {
    await call();
  } catch (err) {
    caught = err;
  }
  assert.ok(caught, 'the call should have been refused');
  // openapi-core: ClientError {code, statusCode, data, requestId}; pop-core: Error {code, data, entry.response.statusCode}.
  const status = caught.statusCode ?? caught.entry?.response?.statusCode;
  return { code: caught.code, dataCode: caught.data?.Code, status: Number(status), requestId: caught.data?.RequestId, message: String(caught.message) };
}

/** The code in err.code and err.data.Code, the HTTP status, and a RequestId in the body. */
export function assertRefusal(e: Surfaced, code: string, status: number): void {
  assert.equal(e.code, code, e.message);
  assert.equal(e.dataCode, code, 'err.data.Code');
  assert.equal(e.status, status, `HTTP status of ${code}`);
  assert.match(e.requestId, /^[0-9A-F-]{36}$/i, 'a RequestId in the error body');
}

/** Field types of a raw JSON body against an SDK response model: numbers as numbers, lists as lists. */
function typeProblems(value: unknown, spec: any, at: string, out: string[]): void {
  if (value === undefined || value === null) return;
  if (typeof spec === 'string') {
    const want = ['number', 'integer', 'long'].includes(spec) ? 'number' : spec;
    if (['number', 'boolean', 'string'].includes(want) && typeof value !== want) out.push(`${at}: ${want} expected, got ${JSON.stringify(value)}`);
    return;
  }
  if (typeof spec === 'function') {
    if (typeof value !== 'object' || Array.isArray(value)) return void out.push(`${at}: object expected, got ${JSON.stringify(value)}`);
    const byWire = new Map(Object.entries(spec.names() as Record<string, string>).map(([prop, wire]) => [wire, prop]));
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const prop = byWire.get(k);
      if (prop) typeProblems(v, spec.types()[prop], `${at}.${k}`, out);
    }
    return;
  }
  if (spec?.type === 'array') {
    if (!Array.isArray(value)) return void out.push(`${at}: array expected, got ${JSON.stringify(value)}`);
    value.forEach((item, i) => typeProblems(item, spec.itemType, `${at}[${i}]`, out));
  }
}

/** Asserts a raw response body of `action` has the types the SDK module's `${action}ResponseBody` declares. */
export function assertSdkTypes(sdk: Record<string, unknown>, action: string, body: unknown): void {
  const model = sdk[`${action}ResponseBody`];
  assert.ok(model, `the SDK has no ${action}ResponseBody`);
  const out: string[] = [];
  typeProblems(body, model, action, out);
  assert.deepEqual(out, [], `${action}: fields whose type differs from the SDK's model`);
}
