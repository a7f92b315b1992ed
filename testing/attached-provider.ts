/**
 * The sandbox/alicloud provider served from inside the test process, for Terraform to attach to
 * through TF_REATTACH_PROVIDERS instead of starting a provider process per command.
 *
 * Terraform normally starts the plugin 3–4 times per apply (validate, plan, apply walks), each a
 * fresh Node process; attached, every walk is a gRPC connection to this one server, and each
 * connection gets its own configured provider (provider/serve-in-process.ts), so aliased provider
 * blocks and concurrent commands behave as with separate plugin processes.
 *
 * One server per process, started on first use. deploy.ts stops it when its last live deployment
 * is destroyed, so a test run that cleans up leaves nothing listening.
 */
import { PROVIDER_ADDRESSES, PROVIDER_TYPE } from '../cli/terraform-env';
import { serveProviderInProcess, type InProcessProvider } from '../provider/serve-in-process';

let shared: Promise<InProcessProvider> | undefined;

/** The process's attached provider, started on first use. */
export function attachedProvider(): Promise<InProcessProvider> {
  if (!shared) {
    const started = serveProviderInProcess({
      // The addresses the CLI config's mirror serves too, so HCL written for the real provider
      // (source aliyun/alicloud) attaches as well.
      extraAddresses: PROVIDER_ADDRESSES.map((a) => `registry.terraform.io/${a.namespace}/${PROVIDER_TYPE}`),
    });
    shared = started;
    started.catch(() => {
      if (shared === started) shared = undefined;
    });
  }
  return shared;
}

/** Stops the attached provider, if one was started; the next deploy() starts a new one. */
export async function stopAttachedProvider(): Promise<void> {
  const p = shared;
  shared = undefined;
  if (p) await (await p).stop();
}
