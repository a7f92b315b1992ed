/**
 * The benchmark's cdktf app (run by cdktf-cli from a temporary project, see cdktf.ts):
 *   BENCH_KIND=alicloud        a 50-resource stack of our resources through the L2 constructs;
 *   BENCH_KIND=terraform_data  the same graph (same count, same dependencies) of terraform_data;
 *   BENCH_KIND=thousand        the 1,000-resource synth-only stack (stack id "thousand").
 * BENCH_ENDPOINT is the sandbox; BENCH_STATE the local state file.
 */
import { App, DataResource, LocalBackend, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { Network, provider, type NetworkInstance } from '../../constructs';

/** Networks per 50-resource stack, and what each holds: 1 VPC + 20 VSwitches + 1 SG + 2 instances + 1 route = 25. */
export const NETWORKS = 2;
export const VSWITCHES_PER_NETWORK = 20;

/** One network of 1 + vswitches + 1 + instances + routes resources, CIDRs 10.<n>.x.0/24. */
export function addBenchNetwork(scope: Construct, n: number, vswitches: number, instances: number, routes: number): Network {
  const net = new Network(scope, `net${n}`, { cidrBlock: `10.${n}.0.0/16`, outputs: false });
  for (let s = 0; s < vswitches; s++) net.addVSwitch(`s${s}`, { zoneId: s % 2 ? 'cn-hangzhou-g' : 'cn-hangzhou-b', cidrBlock: `10.${n}.${s}.0/24` });
  const hops: NetworkInstance[] = [];
  for (let i = 0; i < instances; i++) hops.push(net.addInstance(`i${i}`, { vswitch: net.vswitches[i % vswitches], outputs: false }));
  for (let r = 0; r < routes; r++) net.addRoute(`r${r}`, { destination: `192.168.${r}.0/24`, nextHop: hops[r % hops.length] });
  return net;
}

/** The 1,000-resource synth benchmark stack: 20 networks of 50 (VPC, 40 VSwitches, SG, 4 instances, 4 routes). */
export function addThousandStack(app: App): TerraformStack {
  const stack = new TerraformStack(app, 'thousand');
  new provider.AlicloudProvider(stack, 'alicloud', {});
  for (let n = 0; n < 20; n++) addBenchNetwork(stack, n, 40, 4, 4);
  return stack;
}

class AlicloudBench extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new provider.AlicloudProvider(this, 'alicloud', { endpoint: process.env.BENCH_ENDPOINT, region: 'cn-hangzhou' });
    new LocalBackend(this, { path: process.env.BENCH_STATE ?? 'bench.tfstate' });
    for (let n = 0; n < NETWORKS; n++) addBenchNetwork(this, n, VSWITCHES_PER_NETWORK, 2, 1);
  }
}

class TerraformDataBench extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LocalBackend(this, { path: process.env.BENCH_STATE ?? 'bench.tfstate' });
    for (let n = 0; n < NETWORKS; n++) {
      const vpc = new DataResource(this, `vpc${n}`, { input: { cidr: `10.${n}.0.0/16` } });
      const vsws: DataResource[] = [];
      for (let s = 0; s < VSWITCHES_PER_NETWORK; s++) vsws.push(new DataResource(this, `vsw${n}-${s}`, { input: { vpc: vpc.id, cidr: `10.${n}.${s}.0/24` } }));
      const sg = new DataResource(this, `sg${n}`, { input: { vpc: vpc.id } });
      const insts = [0, 1].map((i) => new DataResource(this, `inst${n}-${i}`, { input: { vswitch: vsws[i].id, sg: sg.id } }));
      new DataResource(this, `route${n}`, { input: { table: vpc.id, hop: insts[0].id } });
    }
  }
}

if (require.main === module) {
  const app = new App();
  if (process.env.BENCH_KIND === 'thousand') addThousandStack(app);
  else if (process.env.BENCH_KIND === 'terraform_data') new TerraformDataBench(app, 'bench');
  else new AlicloudBench(app, 'bench');
  app.synth();
}
