/**
 * SandboxTraceRoute (VPC product, not part of the real API; signed like any action): where does a
 * packet from this instance (or VSwitch) to that address go? See trace.ts and walk.ts.
 */
import { ID } from '../../actions/params';
import { defineAction } from '../../actions/registry';
import { required, string } from '../../wire/params';
import { traceRoute } from './trace';
import { World } from './world';

const sandboxTraceRouteAction = defineAction({
  name: 'SandboxTraceRoute',
  products: ['vpc'],
  params: { DestinationIp: required(string({ maxLength: 64 })), SourceInstanceId: ID, SourceVSwitchId: ID },
  handle(ctx, p) {
    // Every region is read at the same instant: the walk is synchronous, so it sees one state.
    const world = new World((region) => (region === ctx.region ? ctx.read((tx) => tx) : ctx.readIn(region, (tx) => tx)));
    const j = traceRoute(world, ctx.region, { destinationIp: p.DestinationIp, sourceInstanceId: p.SourceInstanceId, sourceVSwitchId: p.SourceVSwitchId });
    return {
      DestinationIp: p.DestinationIp,
      Result: j.result,
      Reason: j.reason,
      Hops: { Hop: j.hops },
    };
  },
});

export const traceActions = [sandboxTraceRouteAction];
