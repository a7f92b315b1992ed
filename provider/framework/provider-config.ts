/**
 * The provider block: `provider "alicloud" { endpoint, access_key, secret_key, region }`.
 *
 * Every argument is optional and falls back to an environment variable, then to the sandbox's
 * defaults, so an empty provider block talks to a locally started sandbox:
 *   endpoint   -> ALICLOUD_SANDBOX_ENDPOINT -> http://127.0.0.1:4590
 *   access_key -> ALICLOUD_ACCESS_KEY       -> SANDBOXACCESSKEY (the sandbox's default account)
 *   secret_key -> ALICLOUD_SECRET_KEY       -> sandbox-secret
 *   region     -> ALICLOUD_REGION           -> cn-hangzhou
 */
import { isUnknown } from './types';
import type { BlockSchema, Diagnostic, ObjectValue, Value } from './types';

export const DEFAULT_ENDPOINT = 'http://127.0.0.1:4590';
export const DEFAULT_ACCESS_KEY = 'SANDBOXACCESSKEY';
export const DEFAULT_SECRET_KEY = 'sandbox-secret';
export const DEFAULT_REGION = 'cn-hangzhou';

export const providerConfigSchema: BlockSchema = {
  attributes: {
    endpoint: {
      type: 'string',
      description: `URL of the alicloud-sandbox endpoint. Falls back to ALICLOUD_SANDBOX_ENDPOINT, then ${DEFAULT_ENDPOINT}.`,
      optional: true,
      validators: [
        (v) => {
          try {
            const u = new URL(String(v));
            if (u.protocol !== 'http:' && u.protocol !== 'https:') return `endpoint "${v}" must use http:// or https://, for example ${DEFAULT_ENDPOINT}`;
          } catch {
            return `endpoint "${v}" is not a URL; use a full URL such as ${DEFAULT_ENDPOINT}`;
          }
          return undefined;
        },
      ],
    },
    access_key: {
      type: 'string',
      description: `Access key ID. Falls back to ALICLOUD_ACCESS_KEY, then the sandbox's default account ${DEFAULT_ACCESS_KEY}.`,
      optional: true,
      sensitive: true,
    },
    secret_key: {
      type: 'string',
      description: "Access key secret. Falls back to ALICLOUD_SECRET_KEY, then the sandbox's default account secret.",
      optional: true,
      sensitive: true,
    },
    region: {
      type: 'string',
      description: `Region ID, for example cn-hangzhou. Falls back to ALICLOUD_REGION, then ${DEFAULT_REGION}.`,
      optional: true,
      validators: [(v) => (/^[a-z]{2,}(-[a-z0-9]+)+$/.test(String(v)) ? undefined : `region "${v}" does not look like a region ID; use one like "cn-hangzhou"`)],
    },
  },
};

export interface ResolvedProviderConfig {
  endpoint: string;
  accessKey: string;
  secretKey: string;
  region: string;
}

function str(v: Value | undefined): string | undefined {
  return typeof v === 'string' && v !== '' && !isUnknown(v) ? v : undefined;
}

export function resolveProviderConfig(config: ObjectValue | null, env: NodeJS.ProcessEnv = process.env): { resolved: ResolvedProviderConfig; diagnostics: Diagnostic[] } {
  const c = config ?? {};
  const diagnostics: Diagnostic[] = [];
  for (const key of Object.keys(providerConfigSchema.attributes)) {
    if (isUnknown(c[key])) {
      diagnostics.push({
        severity: 'warning',
        summary: `Provider argument "${key}" is unknown during configuration`,
        detail: `The value of "${key}" depends on something not yet created, so the environment variable or default is used instead. Use a value known at plan time.`,
        attribute: [key],
      });
    }
  }
  // An environment variable set to "" counts as unset (as the real provider's EnvDefaultFunc
  // does): `export ALICLOUD_REGION=` must not send an empty RegionId.
  const fromEnv = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const resolved: ResolvedProviderConfig = {
    endpoint: (str(c.endpoint) ?? fromEnv('ALICLOUD_SANDBOX_ENDPOINT') ?? DEFAULT_ENDPOINT).replace(/\/+$/, ''),
    accessKey: str(c.access_key) ?? fromEnv('ALICLOUD_ACCESS_KEY') ?? DEFAULT_ACCESS_KEY,
    secretKey: str(c.secret_key) ?? fromEnv('ALICLOUD_SECRET_KEY') ?? DEFAULT_SECRET_KEY,
    region: str(c.region) ?? fromEnv('ALICLOUD_REGION') ?? DEFAULT_REGION,
  };
  return { resolved, diagnostics };
}
