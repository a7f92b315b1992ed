/**
 * Builds and starts the sandbox endpoint. Tests run it in-process on port 0; `npm start` runs it
 * through cli.ts.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Accounts } from './accounts';
import { createDispatcher } from './actions/dispatcher';
import type { DomainConfig } from './domain/config';
import { sandboxRegistry } from './families';
import { FaultSet, withFaults } from './sandbox/faults';
import { LowdbBackend } from './store/lowdb-backend';
import { MemoryBackend } from './store/memory-backend';
import type { StateBackend } from './store/state-backend';
import { Store } from './store/store';
import { NonceFile } from './store/nonce-file';
import { NonceRegistry } from './wire/signature';
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
  /** A JSON file of fault rules to apply from the start (the SandboxSetFaults format). */
  faultsFile?: string;
  /** Injected backend (tests). Overrides dataFile. */
  backend?: StateBackend;
  clock?: () => number;
  log?: (message: string) => void;
}

export const DEFAULT_PORT = 4590;
export const DEFAULT_ASYNC_DELAY_MS = 300;
/** How long an idle keep-alive connection stays open (see startSandbox). */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

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
  // Fault rules live in memory only; a --faults file seeds them (read first, so a bad file
  // stops the start before the state file is opened and locked).
  const faults = options.faultsFile ? FaultSet.fromFile(options.faultsFile) : new FaultSet();
  const stateFile = options.dataFile && options.dataFile !== ':memory:' ? options.dataFile : undefined;
  const backend = options.backend ?? (stateFile ? new LowdbBackend(stateFile, { log }) : new MemoryBackend());
  const store = await Store.open(backend, options.clock, log);
  // Nonces outlive a restart in a file beside the state file, which the backend's lock covers.
  const nonceLog = stateFile && !options.backend ? NonceFile.forStateFile(stateFile, log) : undefined;
  const nonces = new NonceRegistry({ log: nonceLog, now: (options.clock ?? Date.now)() });
  const config: DomainConfig = { asyncDelayMs: options.asyncDelayMs ?? DEFAULT_ASYNC_DELAY_MS };
  const admin = { enabled: !!options.admin, store, faults };
  // The layers meet here: the wire finds and runs actions through the dispatcher, which gives
  // them the store and the domain config; the wire itself knows neither.
  const app = createWireApp({
    dispatcher: withFaults(createDispatcher({ registry: sandboxRegistry(), store, config, admin }), faults),
    accounts: Accounts.fromFile(options.accountsFile),
    maxBodyBytes: options.admin ? 64 * 1024 * 1024 : 1024 * 1024,
    clock: options.clock,
    nonces,
    logError: log,
  });
  return { app, store, config, nonces };
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const { app, store, nonces } = await createSandboxApp(options);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    // Express 5 hands a listen error (EADDRINUSE) to this callback instead of emitting it.
    const s = app.listen(options.port ?? DEFAULT_PORT, host, (err?: Error) => (err ? reject(err) : resolve(s)));
    s.once('error', reject);
  });
  // Idle keep-alive connections stay open well past the idle times of common SDK clients (and the
  // 60 s idle timeout cloud load balancers use), so a client never reuses a socket the server has
  // just closed (ECONNRESET on the next request). Node's 5 s default is shorter than most clients'.
  // headersTimeout is kept above it, a common precaution (older Node versions timed idle
  // keep-alive sockets out at headersTimeout).
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1000;
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
          // Idle keep-alive sockets close at once; one whose request was in flight turns idle once
          // its response is sent, and the sweep closes it then, rather than after keepAliveTimeout.
          const sweep = setInterval(() => server.closeIdleConnections(), 25);
          server.close(() => {
            clearInterval(sweep);
            resolve();
          });
          server.closeIdleConnections();
        });
        try {
          await store.close();
        } finally {
          nonces.close();
        }
      })();
      return closing;
    },
  };
}
