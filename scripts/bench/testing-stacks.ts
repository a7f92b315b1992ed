/**
 * The stacks of the test-helper benchmark (testing-helpers.ts), built from the generated bindings
 * so both sides deploy exactly the same resources. Also a cdktf app for the `cdktf deploy` side:
 * BENCH_ENDPOINT is the sandbox, BENCH_STATE the local state file, BENCH_RESOURCES 10 or 20.
 */
import { App, LocalBackend, TerraformStack } from 'cdktf';
import { provider, securityGroup, securityGroupRule, vpc, vswitch } from '../../constructs';

/**
 * `count` resources (a multiple of 10): per 10, a VPC, 6 VSwitches, a security group and 2 rules.
 */
export function addHelperBenchResources(stack: TerraformStack, count: number, endpoint?: string): void {
  if (count % 10 !== 0) throw new Error(`the helper benchmark builds stacks of 10, 20, … resources, not ${count}`);
  new provider.AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou', ...(endpoint ? { endpoint } : {}) });
  for (let n = 0; n < count / 10; n++) {
    const v = new vpc.Vpc(stack, `vpc${n}`, { vpcName: `bench-${n}`, cidrBlock: `10.${n}.0.0/16` });
    for (let s = 0; s < 6; s++) new vswitch.Vswitch(stack, `vsw${n}-${s}`, { vpcId: v.id, cidrBlock: `10.${n}.${s}.0/24`, zoneId: s % 2 ? 'cn-hangzhou-g' : 'cn-hangzhou-b' });
    const sg = new securityGroup.SecurityGroup(stack, `sg${n}`, { vpcId: v.id, securityGroupName: `bench-${n}` });
    for (let r = 0; r < 2; r++) {
      new securityGroupRule.SecurityGroupRule(stack, `rule${n}-${r}`, { securityGroupId: sg.id, type: 'ingress', ipProtocol: 'tcp', portRange: `${8000 + r}/${8000 + r}`, cidrIp: '10.0.0.0/8' });
    }
  }
}

export function helperBenchStack(count: number): TerraformStack {
  const stack = new TerraformStack(new App(), 'helperbench');
  addHelperBenchResources(stack, count);
  return stack;
}

if (require.main === module) {
  const app = new App();
  const stack = new TerraformStack(app, 'helperbench');
  new LocalBackend(stack, { path: process.env.BENCH_STATE ?? 'bench.tfstate' });
  addHelperBenchResources(stack, Number(process.env.BENCH_RESOURCES ?? 10), process.env.BENCH_ENDPOINT);
  app.synth();
}
