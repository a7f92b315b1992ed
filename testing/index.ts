/**
 * `alicloud-sandbox/testing`: helpers for users' own test suites (mocha, jest, node:test; ESM or
 * CommonJS).
 *
 *   startSandbox()          the sandbox endpoint inside the test process, in-memory state;
 *                           its call() makes signed API calls to check what the cloud holds
 *   deploy(stack, opts)     applies a cdktf stack with real Terraform and the in-process provider
 *   resourcesOfType(), routeEntriesOf(), longestPrefixMatch(), validate()
 *                           synth-time assertions on a stack, no Terraform needed (synth.ts)
 *
 * Names are listed one by one rather than with `export *`: Node finds the named exports of a
 * CommonJS module for `import { … }` by scanning its code, and a plain list is what every compiler
 * (tsc, esbuild/tsx) turns into code that scan reads. test/testing/index.test.ts checks that the
 * list misses nothing.
 */
export { startSandbox, type SandboxProduct, type StartSandboxOptions, type TestSandbox } from './sandbox';
export { deploy, synthForSandbox, type DeployOptions, type Deployment, type PlanResult, type PlannedChange, type TerraformStateFile } from './deploy';
export { TerraformError, type TerraformDiagnostic } from './terraform-run';
export { stopAttachedProvider } from './attached-provider';
export {
  resourcesOfType,
  routeEntriesOf,
  longestPrefixMatch,
  validate,
  type SynthInput,
  type SynthResource,
  type RouteTableRef,
  type SkippedRoute,
  type RouteMatch,
} from './synth';
