/**
 * `startSandbox()` for users' own test suites: the sandbox endpoint inside the test process, on a
 * free port, with in-memory state unless a state file is given.
 *
 *   const sandbox = await startSandbox();
 *   // … point the provider / SDK at sandbox.endpoint with sandbox.accessKeyId/accessKeySecret …
 *   await sandbox.call('vpc', 'DescribeVpcs', {});   // a signed API call, to assert on what the cloud holds
 *   await sandbox.reset();   // between tests
 *   await sandbox.stop();    // after all tests
 *
 * It is a thin layer over mock-server/app.ts's startSandbox, with test-friendly defaults: port 0,
 * no async delay (resources become Available at once, so waits end on the first poll) and no log
 * output.
 */
import { DEFAULT_ACCOUNT } from '../mock-server/accounts';
import { startSandbox as startEndpoint, type Sandbox as Endpoint } from '../mock-server/app';
import { createApiClient, type ApiClient } from '../provider/client/api-client';

export interface StartSandboxOptions {
  /**
   * A lowdb state file to keep state in (created when missing). Default: in-memory state, gone
   * when the sandbox stops.
   */
  readonly data?: string;
  /** @default 0 (a free port) */
  readonly port?: number;
  /** @default '127.0.0.1' */
  readonly host?: string;
  /**
   * How long resources stay in transitional states (Pending, Starting …), in ms. The standalone
   * sandbox uses 300 ms to make waits observable; tests rarely need that.
   * @default 0
   */
  readonly asyncDelayMs?: number;
  /** A JSON accounts file with accounts beside the default one (see the README). */
  readonly accountsFile?: string;
  /** Where the endpoint's own log lines go. @default discarded */
  readonly log?: (message: string) => void;
}

/** The products the sandbox answers (each with its real API version). */
export type SandboxProduct = 'vpc' | 'ecs' | 'resourcemanager' | 'sts';

export interface TestSandbox {
  /** The endpoint URL, e.g. http://127.0.0.1:40123: the provider's `endpoint`, the SDK's endpoint. */
  readonly endpoint: string;
  /** The default account's AccessKey ID (the provider's default too). */
  readonly accessKeyId: string;
  /** The default account's AccessKey secret. */
  readonly accessKeySecret: string;
  /**
   * One signed OpenAPI call as the default account, e.g. `call('ecs', 'DescribeNetworkInterfaces',
   * { VSwitchId })`, so a test can check what the cloud holds (that a refused deploy left nothing
   * behind, that an ENI stayed unattached) without an SDK. Resolves with the response body; an
   * error answer rejects with its code and message. No retries.
   * @param options.region the RegionId (default cn-hangzhou; a parameter `RegionId` wins)
   */
  call(product: SandboxProduct, action: string, params?: Record<string, unknown>, options?: { readonly region?: string }): Promise<any>;
  /** Deletes every resource of every account, so the next test starts from a fresh cloud. */
  reset(): Promise<void>;
  /** Closes the endpoint (finishing requests in flight) and, with `data`, flushes the file. */
  stop(): Promise<void>;
}

export async function startSandbox(options: StartSandboxOptions = {}): Promise<TestSandbox> {
  if (options.port !== undefined && (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)) {
    throw new Error(`startSandbox: port ${options.port} is not a TCP port; pass 0 (a free port, the default) or 1–65535.`);
  }
  if (options.asyncDelayMs !== undefined && !(options.asyncDelayMs >= 0)) {
    throw new Error(`startSandbox: asyncDelayMs ${options.asyncDelayMs} must be 0 or more milliseconds.`);
  }
  const endpoint: Endpoint = await startEndpoint({
    port: options.port ?? 0,
    host: options.host,
    dataFile: options.data,
    accountsFile: options.accountsFile,
    asyncDelayMs: options.asyncDelayMs ?? 0,
    log: options.log ?? (() => undefined),
  });
  let stopped = false;
  const clients = new Map<string, ApiClient>();
  const clientFor = (region: string): ApiClient => {
    let c = clients.get(region);
    if (!c) {
      c = createApiClient({ endpoint: endpoint.url, accessKey: DEFAULT_ACCOUNT.accessKeyId, secretKey: DEFAULT_ACCOUNT.accessKeySecret, region });
      clients.set(region, c);
    }
    return c;
  };
  return {
    endpoint: endpoint.url,
    accessKeyId: DEFAULT_ACCOUNT.accessKeyId,
    accessKeySecret: DEFAULT_ACCOUNT.accessKeySecret,
    call(product, action, params = {}, options = {}) {
      if (stopped) return Promise.reject(new Error(`call(${action}) was made after stop(); start a new sandbox instead.`));
      // One attempt ('*' matches every code): a test sees the sandbox's answer as it is.
      return clientFor(options.region ?? 'cn-hangzhou').call(product, action, params as Record<string, any>, { noRetryCodes: ['*'] });
    },
    async reset() {
      if (stopped) throw new Error('reset() was called after stop(); start a new sandbox instead.');
      // The same state change as the SandboxResetState admin action (Scope All), made directly on
      // the store so that tests need not enable the admin surface.
      await endpoint.store.replaceAll({ formatVersion: 1, seq: 0, accounts: {} });
    },
    async stop() {
      stopped = true;
      await endpoint.close();
    },
  };
}
