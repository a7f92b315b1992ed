/**
 * Builds and starts the sandbox endpoint. Tests run it in-process on port 0; `npm start` runs it
 * through cli.ts.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Accounts } from './accounts';
import { buildRegistry } from './actions';
import type { DomainConfig } from './actions/registry';
import { LowdbBackend } from './store/lowdb-backend';
import { MemoryBackend } from './store/memory-backend';
import type { StateBackend } from './store/state-backend';
import { Store } from './store/store';
import { createWireApp } from './wire/http-app';

export interface SandboxOptions {
  /** Default 127.0.0.1: the sandbox is for this machine only. */
  host?: string;
  /** Default 4590; 0 picks a free port. */
  port?: number;
  /** The lowdb state file; undefined or ':memory:' keeps state in memory only. */
  dataFile?: string;
  /** A JSON file with extra accounts. */
  accountsFile?: string;
  /** How long resources stay in transitional states, in ms. Default 300. */
  asyncDelayMs?: number;
  /** Enables the sandbox-only admin actions (reset, snapshot export/import). Default false. */
  admin?: boolean;
  /** Injected backend (tests). Overrides dataFile. */
  backend?: StateBackend;
  clock?: () => number;
  log?: (message: string) => void;
}

export const DEFAULT_PORT = 4590;
export const DEFAULT_ASYNC_DELAY_MS = 300;

export interface Sandbox {
  url: string;
  host: string;
  port: number;
  server: Server;
  store: Store;
  /** Finishes in-flight requests, flushes the store and closes it. */
  close(): Promise<void>;
}

export async function createSandboxApp(options: SandboxOptions = {}) {
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const backend =
    options.backend ??
    (options.dataFile && options.dataFile !== ':memory:' ? new LowdbBackend(options.dataFile, { log }) : new MemoryBackend());
  const store = await Store.open(backend, options.clock);
  const config: DomainConfig = { asyncDelayMs: options.asyncDelayMs ?? DEFAULT_ASYNC_DELAY_MS };
  const admin = { enabled: !!options.admin, store };
  const app = createWireApp({
    registry: buildRegistry(),
    store,
    accounts: Accounts.fromFile(options.accountsFile),
    config,
    admin,
    maxBodyBytes: options.admin ? 64 * 1024 * 1024 : 1024 * 1024,
    clock: options.clock,
    logError: log,
  });
  return { app, store, config };
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const { app, store } = await createSandboxApp(options);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(options.port ?? DEFAULT_PORT, host, () => resolve(s));
    s.once('error', reject);
  });
  server.keepAliveTimeout = 5000;
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    host,
    port,
    server,
    store,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          // A keep-alive connection whose request was in flight turns idle once its response is
          // sent; close it then, rather than waiting out keepAliveTimeout (5 s) before exiting.
          const sweep = setInterval(() => server.closeIdleConnections(), 25);
          server.close(() => {
            clearInterval(sweep);
            resolve();
          });
          server.closeIdleConnections();
        });
        await store.close();
      })();
      return closing;
    },
  };
}
