/** Builds the example stacks in a test app with a fixed environment (so snapshots are stable). */
import { App, TerraformStack, Testing } from 'cdktf';
import { DefaultNetworkStack } from '../../examples/default-network';
import { MoveInstanceStack, type Placement } from '../../examples/move-instance';
import { QuickstartStack } from '../../examples/quickstart';
import { RouteTableStack } from '../../examples/route-table';

export const EXAMPLE_STACKS = ['quickstart', 'route-table', 'move-instance', 'default-network'] as const;
export type ExampleStack = (typeof EXAMPLE_STACKS)[number];

/** Constructs one example stack with the endpoint and state dir given (defaults: fixed values). */
export function buildExample(name: ExampleStack, opts: { endpoint?: string; stateDir?: string; placement?: Placement; app?: App } = {}): TerraformStack {
  const saved = { e: process.env.ALICLOUD_SANDBOX_ENDPOINT, s: process.env.ALICLOUD_SANDBOX_STATE_DIR, r: process.env.ALICLOUD_REGION };
  process.env.ALICLOUD_SANDBOX_ENDPOINT = opts.endpoint ?? 'http://127.0.0.1:4590';
  process.env.ALICLOUD_SANDBOX_STATE_DIR = opts.stateDir ?? '/tmp/alicloud-sandbox-state';
  delete process.env.ALICLOUD_REGION;
  try {
    const app = opts.app ?? Testing.app();
    switch (name) {
      case 'quickstart':
        return new QuickstartStack(app);
      case 'route-table':
        return new RouteTableStack(app);
      case 'move-instance':
        return new MoveInstanceStack(app, 'move-instance', opts.placement ?? 'initial');
      case 'default-network':
        return new DefaultNetworkStack(app);
    }
  } finally {
    const restore = (k: string, v: string | undefined) => (v === undefined ? delete process.env[k] : (process.env[k] = v));
    restore('ALICLOUD_SANDBOX_ENDPOINT', saved.e);
    restore('ALICLOUD_SANDBOX_STATE_DIR', saved.s);
    restore('ALICLOUD_REGION', saved.r);
  }
}

/** Resource counts per Terraform type in a synthesized stack. */
export function resourceCounts(synthJson: any): Record<string, number> {
  return Object.fromEntries(Object.entries<any>(synthJson.resource ?? {}).map(([type, items]) => [type, Object.keys(items).length]));
}
