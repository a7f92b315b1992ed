/**
 * The plugin process Terraform starts (main.ts checks the go-plugin cookie first, then loads this):
 * console output goes to the log, the provider is assembled (compose.ts) and served over gRPC with
 * the go-plugin handshake (protocol/server.ts).
 */
import { createProviderService } from './compose';
import type { ResourceDefinition } from './framework/types';
import { logger, redirectConsole } from './protocol/logger';
import { serve } from './protocol/server';

export interface PluginOptions {
  /** Resources served besides the shipped ones (test entry points add a test double). */
  extraResources?: ResourceDefinition[];
}

export function runPlugin(options: PluginOptions = {}): void {
  // Nothing but the handshake line may reach stdout.
  redirectConsole();
  const service = createProviderService({ extraResources: options.extraResources, ca: deferredExtraCa() });
  serve({ provider: service.handlers() }).catch((err: Error) => {
    logger.error('provider failed to start', { error: err.stack ?? String(err) });
    process.stderr.write(`sandbox/alicloud provider failed to start: ${err.message}\n`);
    process.exit(1);
  });
}

/**
 * The launcher moves NODE_EXTRA_CA_CERTS to ALICLOUD_PROVIDER_EXTRA_CA_CERTS and may empty Node's
 * default CA store, both to start faster (see launcherScript in scripts/build-provider.ts). Here
 * NODE_EXTRA_CA_CERTS is put back, and for an https endpoint the API client gets
 * what Node trusts by default: its bundled roots plus the extra file. Undefined (Node's defaults)
 * when the launcher changed nothing, e.g. when the bundle is run directly.
 */
function deferredExtraCa(): () => string[] | undefined {
  const env = process.env;
  const file = env.ALICLOUD_PROVIDER_EXTRA_CA_CERTS;
  const emptied = env.ALICLOUD_PROVIDER_EMPTY_DEFAULT_CA === '1';
  delete env.ALICLOUD_PROVIDER_EXTRA_CA_CERTS;
  delete env.ALICLOUD_PROVIDER_EMPTY_DEFAULT_CA;
  if (file) env.NODE_EXTRA_CA_CERTS = file;
  // When emptied, SSL_CERT_FILE/SSL_CERT_DIR stay pointed at nothing: with --use-openssl-ca,
  // OpenSSL re-reads them for every TLS context with a `ca`, so restoring them (or unsetting them,
  // which means OpenSSL's system default) would make an https endpoint trust more than Node's
  // default. Without the launcher's flag Node never reads them, and this process starts no children.
  if (!file && !emptied) return () => undefined;
  let ca: string[] | undefined;
  return () => {
    if (!ca) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { rootCertificates } = require('node:tls') as typeof import('node:tls');
      ca = [...rootCertificates];
      if (file) {
        try {
          ca.push(require('node:fs').readFileSync(file, 'utf8'));
        } catch (err) {
          // Node itself only warns when the file cannot be read, and keeps its bundled roots.
          process.stderr.write(`Warning: Ignoring extra certs from \`${file}\`, load failed: ${(err as Error).message}\n`);
        }
      }
    }
    return ca;
  };
}
