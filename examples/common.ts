/**
 * Shared set-up for the example stacks: the provider configured from the environment and a local
 * backend per stack.
 */
import * as path from 'node:path';
import { LocalBackend, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { provider } from '../constructs';

export const DEFAULT_ENDPOINT = 'http://127.0.0.1:4590';
export const DEFAULT_REGION = 'cn-hangzhou';
/** Two zones of the default region (the sandbox has cn-hangzhou-b, -g, -h, -i, -j, -k). */
export const ZONES = ['cn-hangzhou-b', 'cn-hangzhou-g'] as const;

/** Where each stack keeps its state: $ALICLOUD_SANDBOX_STATE_DIR, default <repo>/.cdktf-state. */
export function stateDir(): string {
  return path.resolve(process.env.ALICLOUD_SANDBOX_STATE_DIR ?? path.join(__dirname, '..', '.cdktf-state'));
}

/**
 * A stack with the sandbox provider (endpoint from $ALICLOUD_SANDBOX_ENDPOINT, region from
 * $ALICLOUD_REGION; credentials are left to the provider, which reads ALICLOUD_ACCESS_KEY /
 * ALICLOUD_SECRET_KEY and falls back to the sandbox's default account) and a local backend.
 */
export class SandboxStack extends TerraformStack {
  public readonly provider: provider.AlicloudProvider;
  public readonly region: string;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.region = process.env.ALICLOUD_REGION ?? DEFAULT_REGION;
    this.provider = new provider.AlicloudProvider(this, 'alicloud', {
      endpoint: process.env.ALICLOUD_SANDBOX_ENDPOINT ?? DEFAULT_ENDPOINT,
      region: this.region,
    });
    new LocalBackend(this, { path: path.join(stateDir(), `${id}.tfstate`) });
  }
}
