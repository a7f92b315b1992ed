/**
 * The plugin process Terraform starts: protocol negotiation, AutoMTLS, the gRPC server
 * (grpc-server.ts) on a unix socket (TCP as a fallback) and the handshake line on stdout.
 * GRPCController.Shutdown ends the process. The tfplugin6.Provider handlers come from the caller.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { bind, createPluginServer, type ProviderHandlers } from './grpc-server';
import { handshakeLine, negotiateProtocol } from './handshake';
import { logger, sealStdout } from './logger';
import type * as TlsModule from './tls';

export { loadServices, type UnaryHandler } from './grpc-server';

export interface ServeOptions {
  /** tfplugin6.Provider handlers by RPC name. */
  provider: ProviderHandlers;
  /** Called when GRPCController.Shutdown arrives, just before the process exits. */
  onShutdown?: () => void;
}

export async function serve(options: ServeOptions): Promise<void> {
  negotiateProtocol(process.env); // throws with a readable message when 6 is not offered

  // Ctrl-C reaches the whole process group; Terraform itself will call StopProvider and Shutdown.
  process.on('SIGINT', () => logger.debug('ignoring SIGINT; waiting for Terraform to stop the provider'));
  process.on('uncaughtException', (err) => logger.error('uncaught exception', { error: err.stack ?? String(err) }));
  process.on('unhandledRejection', (err) => logger.error('unhandled rejection', { error: String((err as Error)?.stack ?? err) }));

  const clientPem = process.env.PLUGIN_CLIENT_CERT;
  const tlsDisabled = !!process.env.TF_DISABLE_PLUGIN_TLS;
  const useTls = !!clientPem && !tlsDisabled;
  // Plaintext mode never loads the certificate code.
  const tls = useTls ? (require('./tls') as typeof TlsModule) : undefined;
  const certPromise = tls ? tls.generateServerCertificate() : Promise.resolve(undefined);
  const cert = await certPromise;
  const pinnedDer = tls ? tls.pemToDer(clientPem!) : undefined;

  let socketPath: string | undefined;
  let exiting = false;

  // Defence in depth: the TLS root is the client certificate itself, and every call also checks
  // that the peer presented exactly those bytes.
  const peerAllowed = (call: { getAuthContext?: () => any }): boolean => {
    if (!pinnedDer) return true;
    const raw: Buffer | undefined = call.getAuthContext?.()?.sslPeerCertificate?.raw;
    return !!raw && Buffer.compare(raw, pinnedDer) === 0;
  };

  const shutdown = (reason: string) => {
    if (exiting) return;
    exiting = true;
    logger.debug('shutting down', { reason });
    try {
      options.onShutdown?.();
    } catch {
      /* exiting anyway */
    }
    plugin.endStreams();
    const finish = () => {
      if (socketPath) fs.rmSync(socketPath, { force: true });
      process.exit(0);
    };
    server.tryShutdown(() => finish());
    setTimeout(() => {
      server.forceShutdown();
      finish();
    }, 500).unref();
  };

  const plugin = createPluginServer({ providerFor: () => options.provider, onShutdown: () => shutdown('GRPCController.Shutdown'), peerAllowed });
  const server = plugin.server;

  const creds = useTls
    ? grpc.ServerCredentials.createSsl(Buffer.from(clientPem!), [{ private_key: Buffer.from(cert!.keyPem), cert_chain: Buffer.from(cert!.certPem) }], true)
    : grpc.ServerCredentials.createInsecure();

  let network: 'unix' | 'tcp' = 'unix';
  let address: string;
  try {
    const dir = process.env.PLUGIN_UNIX_SOCKET_DIR || os.tmpdir();
    socketPath = path.join(dir, `plugin${randomBytes(6).toString('hex')}`);
    await bind(server, `unix://${socketPath}`, creds);
    address = socketPath;
  } catch (err) {
    logger.warn('unix socket unavailable; falling back to TCP', { error: String(err) });
    socketPath = undefined;
    network = 'tcp';
    const port = await bindTcp(server, creds);
    address = `127.0.0.1:${port}`;
  }

  // The one and only line on stdout. fs.writeSync flushes before we seal stdout.
  fs.writeSync(1, handshakeLine(network, address, cert && tls ? tls.handshakeCertField(cert.der) : ''));
  sealStdout();
  logger.debug('plugin server started', { network, address, tls: useTls });
}

async function bindTcp(server: grpc.Server, creds: grpc.ServerCredentials): Promise<number> {
  const min = Number(process.env.PLUGIN_MIN_PORT) || 0;
  const max = Number(process.env.PLUGIN_MAX_PORT) || 0;
  if (min > 0 && max >= min) {
    let lastErr: unknown;
    for (let p = min; p <= max; p++) {
      try {
        return await bind(server, `127.0.0.1:${p}`, creds);
      } catch (err) {
        lastErr = err;
      }
    }
    throw new Error(`no free TCP port in PLUGIN_MIN_PORT..PLUGIN_MAX_PORT (${min}..${max}): ${String(lastErr)}`);
  }
  return bind(server, '127.0.0.1:0', creds);
}
