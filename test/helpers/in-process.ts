/**
 * An in-process sandbox on port 0 with the provider's API client and a ResourceContext, for tests
 * that drive the API or the resource functions directly (no Terraform), plus the one network most
 * of them launch into: a VPC with a VSwitch in cn-hangzhou-i and a security group.
 */
import { startSandbox, type Sandbox } from '../../mock-server/app';
import { createApiClient, type ApiClient } from '../../provider/client/api-client';
import type { ResourceContext } from '../../provider/framework/types';

export interface InProcess {
  sandbox: Sandbox;
  api: ApiClient;
  /** A context for the provider's resource functions, on `api`. */
  ctx: ResourceContext;
}

export async function startInProcess(opts: { asyncDelayMs?: number; timeoutMs?: number } = {}): Promise<InProcess> {
  const sandbox = await startSandbox({ port: 0, asyncDelayMs: opts.asyncDelayMs ?? 0, log: () => {} });
  const api = createApiClient({ endpoint: sandbox.url, accessKey: 'SANDBOXACCESSKEY', secretKey: 'sandbox-secret', region: 'cn-hangzhou', initialBackoffMs: 20 });
  const ctx: ResourceContext = { client: api, region: 'cn-hangzhou', stopped: new AbortController().signal, log: () => {}, timeoutMs: opts.timeoutMs ?? 30_000, warn: () => {} };
  return { sandbox, api, ctx };
}

export interface Network {
  vpcId: string;
  vswitchId: string;
  groupId: string;
}

/** A VPC `<prefix>.0.0/16`, its VSwitch `<prefix>.0.0/24` in cn-hangzhou-i and a security group of the VPC. */
export async function createNetwork(api: ApiClient, prefix: '10.0' | '172.16'): Promise<Network> {
  const vpcId = String((await api.call('vpc', 'CreateVpc', { CidrBlock: `${prefix}.0.0/16` })).VpcId);
  const vswitchId = String((await api.call('vpc', 'CreateVSwitch', { VpcId: vpcId, CidrBlock: `${prefix}.0.0/24`, ZoneId: 'cn-hangzhou-i' })).VSwitchId);
  const groupId = String((await api.call('ecs', 'CreateSecurityGroup', { VpcId: vpcId })).SecurityGroupId);
  return { vpcId, vswitchId, groupId };
}
