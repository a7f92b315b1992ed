/**
 * The examples app (cdktf.json "app"): one stack per product-guide scenario the sandbox supports.
 *
 *   npm run deploy -- quickstart          (also route-table, move-instance, default-network,
 *                                          internet-via-instance, snat, dnat, eip,
 *                                          vpc-peering, leased-line, vpn-to-idc)
 *   MOVE_INSTANCE_PLACEMENT=moved npm run deploy -- move-instance
 */
import { App } from 'cdktf';
import { DefaultNetworkStack } from './default-network';
import { DnatStack } from './dnat';
import { EipStack } from './eip';
import { InternetViaInstanceStack } from './internet-via-instance';
import { MoveInstanceStack } from './move-instance';
import { QuickstartStack } from './quickstart';
import { RouteTableStack } from './route-table';
import { SnatStack } from './snat';
import { VpcPeeringStack } from './vpc-peering';
import { LeasedLineStack } from './leased-line';
import { VpnToIdcStack } from './vpn-to-idc';

export const STACKS = ['quickstart', 'route-table', 'move-instance', 'default-network', 'internet-via-instance', 'snat', 'dnat', 'eip', 'vpc-peering', 'leased-line', 'vpn-to-idc'] as const;

export function buildApp(app = new App()): App {
  new QuickstartStack(app);
  new RouteTableStack(app);
  new MoveInstanceStack(app);
  new DefaultNetworkStack(app);
  new InternetViaInstanceStack(app);
  new SnatStack(app);
  new DnatStack(app);
  new EipStack(app);
  new VpcPeeringStack(app);
  new LeasedLineStack(app);
  new VpnToIdcStack(app);
  return app;
}

if (require.main === module) {
  buildApp().synth();
}
