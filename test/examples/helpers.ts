/** Builds the example stacks in a test app with a fixed environment (so snapshots are stable). */
import { App, TerraformStack, Testing } from 'cdktf';
import { DefaultNetworkStack } from '../../examples/default-network';
import { DnatStack } from '../../examples/dnat';
import { EipStack } from '../../examples/eip';
import { InternetViaInstanceStack } from '../../examples/internet-via-instance';
import { MoveInstanceStack, type Placement } from '../../examples/move-instance';
import { QuickstartStack } from '../../examples/quickstart';
import { RouteTableStack } from '../../examples/route-table';
import { SnatStack } from '../../examples/snat';
import { VpcPeeringStack } from '../../examples/vpc-peering';
import { LeasedLineStack } from '../../examples/leased-line';
import { VpnToIdcStack } from '../../examples/vpn-to-idc';

export const EXAMPLE_STACKS = ['quickstart', 'route-table', 'move-instance', 'default-network', 'internet-via-instance', 'snat', 'dnat', 'eip', 'vpc-peering', 'leased-line', 'vpn-to-idc'] as const;
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
      case 'internet-via-instance':
        return new InternetViaInstanceStack(app);
      case 'snat':
        return new SnatStack(app);
      case 'dnat':
        return new DnatStack(app);
      case 'eip':
        return new EipStack(app);
      case 'vpc-peering':
        return new VpcPeeringStack(app);
      case 'leased-line':
        return new LeasedLineStack(app);
      case 'vpn-to-idc':
        return new VpnToIdcStack(app);
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
