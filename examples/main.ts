/**
 * The examples app (cdktf.json "app"): one stack per product-guide scenario the sandbox supports.
 *
 *   npm run deploy -- quickstart          (also route-table, move-instance, default-network)
 *   MOVE_INSTANCE_PLACEMENT=moved npm run deploy -- move-instance
 */
import { App } from 'cdktf';
import { DefaultNetworkStack } from './default-network';
import { MoveInstanceStack } from './move-instance';
import { QuickstartStack } from './quickstart';
import { RouteTableStack } from './route-table';

export const STACKS = ['quickstart', 'route-table', 'move-instance', 'default-network'] as const;

export function buildApp(app = new App()): App {
  new QuickstartStack(app);
  new RouteTableStack(app);
  new MoveInstanceStack(app);
  new DefaultNetworkStack(app);
  return app;
}

if (require.main === module) {
  buildApp().synth();
}
