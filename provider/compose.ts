/**
 * Assembles the provider: the gRPC adapter (protocol/provider-service.ts) over the registered
 * resources and data sources, with the API client. Used by the plugin process (plugin.ts) and by
 * in-process serving for tests (serve-in-process.ts); a new resource registers in resources/index.ts.
 */
import { createApiClient } from './client/api-client';
import { dataSources } from './data-sources/index';
import type { LogLevel, ResourceDefinition } from './framework/types';
import { log as hclog } from './protocol/logger';
import { ProviderService } from './protocol/provider-service';
import { resources } from './resources/index';

export interface ProviderAssembly {
  /** Resources served besides the shipped ones (a test double, for example). */
  extraResources?: ResourceDefinition[];
  /** Where the provider block's fallbacks are read (ALICLOUD_SANDBOX_ENDPOINT, ...); process.env by default. */
  env?: NodeJS.ProcessEnv;
  /** Log sink for the provider and its API client; hclog JSON lines on stderr by default. */
  log?: (level: LogLevel, message: string, fields?: Record<string, unknown>) => void;
  /** CA certificates for an https endpoint; undefined means Node's defaults. */
  ca?: () => string[] | undefined;
}

export function createProviderService(options: ProviderAssembly = {}): ProviderService {
  const log = options.log ?? hclog;
  return new ProviderService({
    resources: [...resources, ...(options.extraResources ?? [])],
    dataSources,
    env: options.env,
    log,
    createClient: (c) =>
      createApiClient({
        endpoint: c.endpoint,
        accessKey: c.accessKey,
        secretKey: c.secretKey,
        region: c.region,
        ca: /^https:/i.test(c.endpoint) ? options.ca?.() : undefined,
        // The client's request/retry logs go to the provider's log, so TF_LOG=debug shows every API call.
        log,
      }),
  });
}
