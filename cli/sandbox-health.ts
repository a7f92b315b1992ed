/** Is a sandbox answering at an endpoint? The message says which endpoint and how to start one. */
import * as http from 'node:http';
import * as https from 'node:https';

/** undefined when the sandbox answers its health check, else a message naming the endpoint. */
export async function checkSandbox(endpoint: string, timeoutMs = 3000): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL('/health', endpoint);
  } catch {
    return `"${endpoint}" is not a URL; give the sandbox endpoint as http://HOST:PORT.`;
  }
  // node:http rather than fetch: fetch refuses the "bad ports" of the Fetch standard (6000, 6667,
  // ...), which are fine for a local sandbox.
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const req = client.get(url, { timeout: timeoutMs, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode === 200 ? undefined : `The sandbox at ${endpoint} answered its health check with HTTP ${res.statusCode}; is something else listening there?`);
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('no answer'), { code: `no answer within ${timeoutMs} ms` })));
    req.on('error', (err: NodeJS.ErrnoException) => resolve(`No sandbox answers at ${endpoint} (${err.code ?? err.message}).`));
  });
}

/** How to start a sandbox that the commands will find. */
export function howToStart(endpoint: string): string {
  let port = '';
  try {
    port = new URL(endpoint).port;
  } catch {
    // a malformed endpoint: the generic advice below still applies
  }
  const portFlag = port && port !== '4590' ? ` --port ${port}` : '';
  return (
    `Start one in another terminal with:  npx alicloud-sandbox start${portFlag}\n` +
    `(or point at a running one with --endpoint URL or ALICLOUD_SANDBOX_ENDPOINT).`
  );
}
