/**
 * Entry point of the Terraform provider plugin sandbox/alicloud.
 *
 * Terraform starts this process with the go-plugin environment; run by hand it explains itself and
 * exits 1. The cookie check comes before any heavy import so that failure is instant.
 */
import { checkMagicCookie } from './protocol/handshake';

function main(): void {
  const problem = checkMagicCookie(process.env);
  if (problem) {
    process.stderr.write(problem);
    process.exit(1);
  }
  // Nothing but the handshake line may reach stdout.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { redirectConsole, logger } = require('./protocol/logger') as typeof import('./protocol/logger');
  redirectConsole();

  const { serve } = require('./protocol/server') as typeof import('./protocol/server');
  const { ProviderService } = require('./framework/provider-service') as typeof import('./framework/provider-service');
  const { resources } = require('./resources/index') as typeof import('./resources/index');
  const { dataSources } = require('./data-sources/index') as typeof import('./data-sources/index');
  const { createApiClient } = require('./client/api-client') as typeof import('./client/api-client');

  const testStore = process.env.ALICLOUD_SANDBOX_TEST_RESOURCES;
  const allResources = testStore
    ? [...resources, (require('./framework/test-resource') as typeof import('./framework/test-resource')).testThingResource(testStore)]
    : resources;

  const extraCa = deferredExtraCa();
  const service = new ProviderService({
    resources: allResources,
    dataSources,
    createClient: (c) =>
      createApiClient({
        endpoint: c.endpoint,
        accessKey: c.accessKey,
        secretKey: c.secretKey,
        region: c.region,
        ca: /^https:/i.test(c.endpoint) ? extraCa() : undefined,
        // The client's request/retry logs go to hclog, so TF_LOG=debug shows every API call.
        log: (level, message, fields) => logger[level](message, fields),
      }),
  });
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

main();
