/**
 * The gRPC server a Terraform provider runs, whichever way Terraform reaches it: tfplugin6.Provider
 * plus go-plugin's side services (health, controller, stdio, broker). server.ts serves it from a
 * plugin process Terraform started (handshake line, AutoMTLS); reattach-server.ts serves it inside
 * a test process that Terraform attaches to through TF_REATTACH_PROVIDERS.
 */
import * as grpc from '@grpc/grpc-js';
import { loadRoot, serviceDefinition } from './proto-services';
import { logger } from './logger';

/** Async handler for one unary RPC: request object in, response object out. */
export type UnaryHandler = (request: any) => Promise<any> | any;

/** tfplugin6.Provider handlers by RPC name. */
export type ProviderHandlers = Record<string, UnaryHandler>;

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

export interface PluginServerOptions {
  /**
   * The tfplugin6.Provider handlers for a call. A plugin process has one set; an in-process server
   * picks the set of the connection (`peer`) the call arrived on.
   */
  providerFor: (peer: string) => ProviderHandlers;
  /** GRPCController.Shutdown, called after the reply went out. */
  onShutdown: () => void;
  /** Checked on every call before its handler runs (AutoMTLS certificate pinning). */
  peerAllowed?: (call: { getAuthContext?: () => any }) => boolean;
}

export interface PluginServer {
  server: grpc.Server;
  /** Ends the open GRPCStdio streams, so Terraform's side sees EOF rather than a reset. */
  endStreams(): void;
}

export function createPluginServer(options: PluginServerOptions): PluginServer {
  const services = loadServices();
  const server = new grpc.Server({ 'grpc.max_receive_message_length': 256 * 1024 * 1024, 'grpc.max_send_message_length': 256 * 1024 * 1024 });
  const stdioStreams = new Set<grpc.ServerWritableStream<unknown, unknown>>();
  const peerAllowed = options.peerAllowed ?? (() => true);

  const unary = (name: string, pick: (call: grpc.ServerUnaryCall<any, any>) => UnaryHandler): grpc.handleUnaryCall<any, any> => (call, callback) => {
    if (!peerAllowed(call)) {
      callback({ code: grpc.status.UNAUTHENTICATED, message: 'client certificate does not match PLUGIN_CLIENT_CERT' });
      return;
    }
    const started = Date.now();
    Promise.resolve()
      .then(() => pick(call)(call.request))
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

  // tfplugin6.Provider
  const providerImpl: grpc.UntypedServiceImplementation = {};
  for (const rpc of Object.keys(services.provider)) {
    const missing: UnaryHandler = () => Promise.reject(new Error(`${rpc} is not implemented`));
    providerImpl[rpc] = unary(rpc, (call) => options.providerFor(call.getPeer())[rpc] ?? missing);
  }
  server.addService(services.provider, providerImpl);

  // grpc.health.v1 — go-plugin clients other than Terraform ask for service "plugin".
  server.addService(services.health, {
    Check: unary('Health.Check', () => () => ({ status: 1 })),
    Watch: (call: grpc.ServerWritableStream<any, any>) => {
      call.write({ status: 1 });
    },
  });

  // plugin.GRPCController: reply first, then act, so Terraform never waits for a SIGKILL.
  server.addService(services.controller, {
    Shutdown: (_call: grpc.ServerUnaryCall<any, any>, callback: grpc.sendUnaryData<any>) => {
      callback(null, {});
      setImmediate(() => options.onShutdown());
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

  return {
    server,
    endStreams: () => {
      for (const s of stdioStreams) s.end();
      stdioStreams.clear();
    },
  };
}

export function bind(server: grpc.Server, target: string, creds: grpc.ServerCredentials): Promise<number> {
  return new Promise((resolve, reject) => server.bindAsync(target, creds, (err, port) => (err ? reject(err) : resolve(port))));
}
