/**
 * Serving the provider from inside a running Node process, for Terraform to attach to through
 * TF_REATTACH_PROVIDERS (what terraform-plugin-go calls debug/reattach mode): no go-plugin
 * handshake on stdout, no AutoMTLS (Terraform dials reattached providers in plaintext), and the
 * process lifecycle stays the caller's.
 *
 * Terraform neither starts nor stops a reattached provider. With `"Test": true` go-plugin does not
 * even keep its pid, so it never signals the process and never sends GRPCController.Shutdown;
 * should any client send Shutdown anyway, it is answered and ignored here, because exiting would
 * end the test run that hosts the server.
 */
import { bind, createPluginServer, type ProviderHandlers } from './grpc-server';
import { APP_PROTOCOL_VERSION } from './handshake';
import { logger } from './logger';
import * as grpc from '@grpc/grpc-js';

/** One provider's entry in TF_REATTACH_PROVIDERS (go-plugin's ReattachConfig, as Terraform parses it). */
export interface ReattachConfig {
  Protocol: 'grpc';
  ProtocolVersion: number;
  Pid: number;
  Test: boolean;
  Addr: { Network: 'unix' | 'tcp'; String: string };
}

export interface ReattachServerOptions {
  /** Provider source addresses to serve under, e.g. registry.terraform.io/sandbox/alicloud. */
  addresses: string[];
  /**
   * Handlers for a new Terraform connection. Terraform opens one connection per provider instance
   * and configures each separately (a plugin process would serve exactly one), so every connection
   * gets its own configured client and stop signal.
   */
  newConnection: () => { handlers: ProviderHandlers; stop(): void };
}

export interface ReattachServer {
  /** Address → ReattachConfig, the value of TF_REATTACH_PROVIDERS as an object. */
  reattach: Record<string, ReattachConfig>;
  /** The same, JSON-encoded: set it as TF_REATTACH_PROVIDERS in Terraform's environment. */
  reattachEnv: string;
  /** Stops serving (in-flight waits are told to stop, as by StopProvider). Idempotent. */
  stop(): Promise<void>;
}

/** A connection unused this long is forgotten; one Terraform command keeps its own busy. */
const IDLE_CONNECTION_MS = 60 * 60_000;

export async function serveReattachable(options: ReattachServerOptions): Promise<ReattachServer> {
  if (options.addresses.length === 0) throw new Error('serveReattachable: give at least one provider address');
  const connections = new Map<string, { handlers: ProviderHandlers; stop(): void; lastUsed: number }>();

  const providerFor = (peer: string): ProviderHandlers => {
    const now = Date.now();
    let c = connections.get(peer);
    if (!c) {
      for (const [k, v] of connections) {
        if (now - v.lastUsed > IDLE_CONNECTION_MS) connections.delete(k);
      }
      c = { ...options.newConnection(), lastUsed: now };
      connections.set(peer, c);
    }
    c.lastUsed = now;
    return c.handlers;
  };

  const plugin = createPluginServer({
    providerFor,
    onShutdown: () => logger.debug('ignoring GRPCController.Shutdown: this provider runs inside its caller, which stops it'),
  });
  // TCP on the loopback interface rather than a unix socket: grpc-js names a TCP peer by its
  // address and port, which is what tells Terraform's connections apart (unix peers are all
  // "unknown"). Plaintext, as for every reattached provider.
  const port = await bind(plugin.server, '127.0.0.1:0', grpc.ServerCredentials.createInsecure());
  const config: ReattachConfig = {
    Protocol: 'grpc',
    ProtocolVersion: APP_PROTOCOL_VERSION,
    Pid: process.pid,
    Test: true,
    Addr: { Network: 'tcp', String: `127.0.0.1:${port}` },
  };
  const reattach = Object.fromEntries(options.addresses.map((a) => [a, config]));

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= new Promise<void>((resolve) => {
      for (const c of connections.values()) c.stop();
      connections.clear();
      plugin.endStreams();
      const timer = setTimeout(() => {
        plugin.server.forceShutdown();
        resolve();
      }, 500);
      plugin.server.tryShutdown(() => {
        clearTimeout(timer);
        resolve();
      });
    }));

  return { reattach, reattachEnv: JSON.stringify(reattach), stop };
}
