/**
 * Runs the provider inside the calling Node process (a test run, the testing helpers) and tells
 * Terraform where to find it, so `terraform plan/apply` start no provider process at all:
 *
 *   const provider = await serveProviderInProcess();
 *   await run('terraform', ['apply', '-auto-approve'], { env: { ...process.env, TF_REATTACH_PROVIDERS: provider.reattachEnv } });
 *   await provider.stop();
 *
 * The provider is configured as usual, from the HCL provider block and then the environment
 * (`env` below). `terraform init` still needs the provider's address to resolve, e.g. from the
 * filesystem mirror that `npm run build:provider` writes, but plan, apply, import and destroy then
 * talk to this server. Terraform neither starts nor stops an attached provider; call stop().
 */
import { createProviderService } from './compose';
import { PROVIDER_ADDRESS } from './framework/schema';
import type { LogLevel, ResourceDefinition } from './framework/types';
import { serveReattachable, type ReattachConfig } from './protocol/reattach-server';

export { PROVIDER_ADDRESS };
export type { ReattachConfig };

export interface ServeInProcessOptions {
  /**
   * Environment variables the provider reads for arguments its block leaves out
   * (ALICLOUD_SANDBOX_ENDPOINT, ALICLOUD_ACCESS_KEY, ALICLOUD_SECRET_KEY, ALICLOUD_REGION), laid
   * over this process's environment; `undefined` removes a variable. A spawned provider would see
   * Terraform's environment instead, so pass what you give Terraform.
   */
  env?: Record<string, string | undefined>;
  /**
   * More provider addresses to serve under, besides registry.terraform.io/sandbox/alicloud, e.g.
   * registry.terraform.io/aliyun/alicloud and registry.terraform.io/hashicorp/alicloud, for
   * configurations written for the real provider.
   */
  extraAddresses?: string[];
  /** Resources served besides the shipped ones. */
  extraResources?: ResourceDefinition[];
  /** Log sink; by default hclog JSON lines on stderr at TF_LOG_PROVIDER/TF_LOG's level (warn without). */
  log?: (level: LogLevel, message: string, fields?: Record<string, unknown>) => void;
}

export interface InProcessProvider {
  /** TF_REATTACH_PROVIDERS as an object: address → { Protocol, ProtocolVersion, Pid, Test, Addr }. */
  reattach: Record<string, ReattachConfig>;
  /** TF_REATTACH_PROVIDERS as Terraform reads it (JSON). */
  reattachEnv: string;
  /** Stops the server; Terraform commands still attached fail. Idempotent. */
  stop(): Promise<void>;
}

export async function serveProviderInProcess(options: ServeInProcessOptions = {}): Promise<InProcessProvider> {
  let env: NodeJS.ProcessEnv | undefined;
  if (options.env) {
    env = { ...process.env };
    for (const [k, v] of Object.entries(options.env)) {
      if (v === undefined) delete env[k];
      else env[k] = v;
    }
  }
  // The schemas are built once; each Terraform connection gets a fork with its own configuration.
  const base = createProviderService({ extraResources: options.extraResources, env, log: options.log });
  const addresses = [PROVIDER_ADDRESS, ...(options.extraAddresses ?? []).filter((a) => a !== PROVIDER_ADDRESS)];
  const server = await serveReattachable({
    addresses,
    newConnection: () => {
      const service = base.fork();
      return { handlers: service.handlers(), stop: () => void service.StopProvider() };
    },
  });
  return { reattach: server.reattach, reattachEnv: server.reattachEnv, stop: server.stop };
}
