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

  const service = new ProviderService({
    resources: allResources,
    dataSources,
    createClient: (c) =>
      createApiClient({
        endpoint: c.endpoint,
        accessKey: c.accessKey,
        secretKey: c.secretKey,
        region: c.region,
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

main();
