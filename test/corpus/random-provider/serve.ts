/**
 * TEST-ONLY: serves the hashicorp/random stand-in (resources.ts) inside the test process, for
 * Terraform to attach through TF_REATTACH_PROVIDERS under registry.terraform.io/hashicorp/random.
 * Terraform neither installs nor locks an attached provider, which is the point: this machine has
 * no registry. On a user's machine the real hashicorp/random installs from the registry.
 */
import { ProviderService } from '../../../provider/protocol/provider-service';
import { serveReattachable } from '../../../provider/protocol/reattach-server';
import { randomResources } from './resources';

export const RANDOM_ADDRESS = 'registry.terraform.io/hashicorp/random';

export interface RandomProvider {
  /** TF_REATTACH_PROVIDERS for hashicorp/random alone (merge it with any other reattached provider). */
  reattach: Record<string, unknown>;
  stop(): Promise<void>;
}

export async function serveRandomProvider(): Promise<RandomProvider> {
  const base = new ProviderService({
    resources: randomResources,
    dataSources: [],
    // The framework's provider service answers with the sandbox provider's (all-optional) provider
    // block; random resources never call an API, so any client they were handed would be a bug.
    env: {},
    log: () => undefined,
    createClient: () => ({
      call: async () => {
        throw new Error('the hashicorp/random stand-in makes no API calls');
      },
    }),
  });
  const server = await serveReattachable({
    addresses: [RANDOM_ADDRESS],
    newConnection: () => {
      const service = base.fork();
      return { handlers: service.handlers(), stop: () => void service.StopProvider() };
    },
  });
  return { reattach: server.reattach, stop: server.stop };
}
