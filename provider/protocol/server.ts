/**
 * The plugin process: gRPC server, AutoMTLS, side services (health, controller, stdio, broker)
 * and the handshake line. The tfplugin6.Provider handlers come from the framework.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { loadRoot, serviceDefinition } from './proto-services';
import { handshakeLine, negotiateProtocol } from './handshake';
import { logger, sealStdout } from './logger';
import type * as TlsModule from './tls';

/** Async handler for one unary RPC: request object in, response object out. */
export type UnaryHandler = (request: any) => Promise<any> | any;

export interface ServeOptions {
  /** tfplugin6.Provider handlers by RPC name. */
  provider: Record<string, UnaryHandler>;
  /** Called when GRPCController.Shutdown arrives, just before the process exits. */
  onShutdown?: () => void;
}

export function loadServices() {
  const root = loadRoot();
  return {
    provider: serviceDefinition(root, 'tfplugin6.Provider'),
    health: serviceDefinition(root, 'grpc.health.v1.Health'),
    controller: serviceDefinition(root, 'plugin.GRPCController'),
    stdio: serviceDefinition(root, 'plugin.GRPCStdio'),
    broker: serviceDefinition(root, 'plugin.GRPCBroker'),
  };
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
  // @peculiar/x509 is the heaviest import; plaintext mode never loads it.
  const tls = useTls ? (require('./tls') as typeof TlsModule) : undefined;
  const certPromise = tls ? tls.generateServerCertificate() : Promise.resolve(undefined);
  const services = loadServices();
  const cert = await certPromise;
  const pinnedDer = tls ? tls.pemToDer(clientPem!) : undefined;

  const server = new grpc.Server({ 'grpc.max_receive_message_length': 256 * 1024 * 1024, 'grpc.max_send_message_length': 256 * 1024 * 1024 });
  const stdioStreams = new Set<grpc.ServerWritableStream<unknown, unknown>>();
  let socketPath: string | undefined;
  let exiting = false;

  // Defence in depth: the TLS root is the client certificate itself, and every call also checks
  // that the peer presented exactly those bytes.
  const peerAllowed = (call: { getAuthContext?: () => any }): boolean => {
    if (!pinnedDer) return true;
    const raw: Buffer | undefined = call.getAuthContext?.()?.sslPeerCertificate?.raw;
    return !!raw && Buffer.compare(raw, pinnedDer) === 0;
  };

  const unary = (name: string, fn: UnaryHandler): grpc.handleUnaryCall<any, any> => (call, callback) => {
    if (!peerAllowed(call)) {
      callback({ code: grpc.status.UNAUTHENTICATED, message: 'client certificate does not match PLUGIN_CLIENT_CERT' });
      return;
    }
    const started = Date.now();
    Promise.resolve()
      .then(() => fn(call.request))
      .then(
        (res) => {
          logger.trace(`${name} done`, { rpc: name, ms: Date.now() - started });
          callback(null, res);
        },
        (err) => {
          logger.error(`${name} failed`, { rpc: name, error: (err as Error)?.stack ?? String(err) });
          callback({ code: grpc.status.INTERNAL, message: `${name}: ${(err as Error)?.message ?? String(err)}` });
        },
      );
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
    for (const s of stdioStreams) s.end();
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

  // tfplugin6.Provider
  const providerImpl: grpc.UntypedServiceImplementation = {};
  const providerService = services.provider;
  for (const rpc of Object.keys(providerService)) {
    const fn = options.provider[rpc];
    providerImpl[rpc] = unary(rpc, fn ?? (() => Promise.reject(new Error(`${rpc} is not implemented`))));
  }
  server.addService(providerService, providerImpl);

  // grpc.health.v1 — go-plugin clients other than Terraform ask for service "plugin".
  server.addService(services.health, {
    Check: unary('Health.Check', () => ({ status: 1 })),
    Watch: (call: grpc.ServerWritableStream<any, any>) => {
      call.write({ status: 1 });
    },
  });

  // plugin.GRPCController: reply first, then exit, so Terraform never waits for a SIGKILL.
  server.addService(services.controller, {
    Shutdown: (call: grpc.ServerUnaryCall<any, any>, callback: grpc.sendUnaryData<any>) => {
      callback(null, {});
      setImmediate(() => shutdown('GRPCController.Shutdown'));
    },
  });

  // plugin.GRPCStdio: our stdout/stderr already go to stderr as logs; keep the stream open and quiet.
  server.addService(services.stdio, {
    StreamStdio: (call: grpc.ServerWritableStream<any, any>) => {
      stdioStreams.add(call);
      call.on('cancelled', () => stdioStreams.delete(call));
      call.on('close', () => stdioStreams.delete(call));
    },
  });

  // plugin.GRPCBroker: Terraform starts it and ignores errors; we accept the stream and idle.
  server.addService(services.broker, {
    StartStream: (call: grpc.ServerDuplexStream<any, any>) => {
      call.on('data', () => undefined);
      call.on('end', () => call.end());
    },
  });

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

function bind(server: grpc.Server, target: string, creds: grpc.ServerCredentials): Promise<number> {
  return new Promise((resolve, reject) => server.bindAsync(target, creds, (err, port) => (err ? reject(err) : resolve(port))));
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
