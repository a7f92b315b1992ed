/**
 * The provider block: `provider "alicloud" { endpoint, access_key, secret_key, region }`, plus
 * every other argument of the real provider's block, accepted and not used
 * (provider-real-arguments.ts), so a configuration written for the real provider plans unchanged.
 *
 * Every argument is optional and falls back to an environment variable, then to the sandbox's
 * defaults, so an empty provider block talks to a locally started sandbox:
 *   endpoint   -> ALICLOUD_SANDBOX_ENDPOINT -> http://127.0.0.1:4590
 *   access_key -> ALICLOUD_SANDBOX_ACCESS_KEY -> ALICLOUD_ACCESS_KEY -> SANDBOXACCESSKEY (default account)
 *   secret_key -> ALICLOUD_SANDBOX_SECRET_KEY -> ALICLOUD_SECRET_KEY -> sandbox-secret
 *   region     -> ALICLOUD_REGION -> ALIBABA_CLOUD_REGION -> cn-beijing (the real provider's fallback)
 *
 * Real credentials are never used. An access key that has the shape of a real Alibaba Cloud one
 * (`LTAI…` long-term keys, `STS.…` temporary keys), from the block or the environment, is skipped
 * together with the secret from the same place, with a warning, and the next source applies (in
 * the end the default account). So HCL carrying real keys plans here and nothing real is signed.
 * Other keys are sandbox accounts (`start --accounts FILE`); an unknown one gets the sandbox's
 * InvalidAccessKeyId.NotFound, so a misspelt account in a multi-account test fails loudly rather
 * than landing in the default account. The real provider's other credential sources (profile,
 * assume_role, security_token, …) are not used either, also with a warning.
 */
import { CREDENTIAL_ARGUMENTS, realProviderAttributes, realProviderBlocks } from './provider-real-arguments';
import { isUnknown } from './types';
import type { BlockSchema, Diagnostic, ObjectValue, Value } from './types';

export const DEFAULT_ENDPOINT = 'http://127.0.0.1:4590';
export const DEFAULT_ACCESS_KEY = 'SANDBOXACCESSKEY';
export const DEFAULT_SECRET_KEY = 'sandbox-secret';
/**
 * The region used when neither the block nor the environment names one: the real provider's own
 * fallback (its DEFAULT_REGION), so a configuration that leaves the region out (module provider
 * blocks written `region = var.region != "" ? var.region : null` do) creates its resources in the
 * same region here as on the real cloud, and a zone id of another region fails here as it would there.
 */
export const DEFAULT_REGION = 'cn-beijing';

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
      description: `Access key ID of a sandbox account. Falls back to ALICLOUD_SANDBOX_ACCESS_KEY, then ALICLOUD_ACCESS_KEY, then the sandbox's default account ${DEFAULT_ACCESS_KEY}. A real Alibaba Cloud key (LTAI…, STS.…) is ignored with a warning.`,
      optional: true,
      sensitive: true,
    },
    secret_key: {
      type: 'string',
      description: "Access key secret of a sandbox account. Falls back to ALICLOUD_SANDBOX_SECRET_KEY, then ALICLOUD_SECRET_KEY, then the sandbox's default account secret.",
      optional: true,
      sensitive: true,
    },
    region: {
      type: 'string',
      description: `Region ID, for example cn-hangzhou. Falls back to ALICLOUD_REGION, then ALIBABA_CLOUD_REGION, then ${DEFAULT_REGION}.`,
      optional: true,
      validators: [(v) => (/^[a-z]{2,}(-[a-z0-9]+)+$/.test(String(v)) ? undefined : `region "${v}" does not look like a region ID; use one like "cn-hangzhou"`)],
    },
    ...realProviderAttributes,
  },
  blocks: realProviderBlocks,
};

/** The arguments the sandbox provider uses (the rest are accepted only). */
const USED_ARGUMENTS = ['endpoint', 'access_key', 'secret_key', 'region'] as const;

/**
 * The shape of a real Alibaba Cloud AccessKey ID: long-term keys start with LTAI, STS temporary
 * keys with "STS.". Sandbox accounts must not use these prefixes.
 */
export const REAL_ACCESS_KEY = /^(LTAI[0-9A-Za-z]{8,}|STS\.\S+)$/;

export function looksLikeRealAccessKey(key: string): boolean {
  return REAL_ACCESS_KEY.test(key.trim());
}

/** "LTAI…(24 characters)": enough to recognise the key in a warning, not enough to use it. */
function masked(key: string): string {
  return `${key.slice(0, 4)}…(${key.length} characters)`;
}

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
  for (const key of USED_ARGUMENTS) {
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
  // Key and secret come in pairs per source; a source whose key looks real is skipped whole.
  const sources: Array<{ where: string; attribute?: string; key?: string; secret?: string }> = [
    { where: 'the provider block', attribute: 'access_key', key: str(c.access_key), secret: str(c.secret_key) },
    { where: 'ALICLOUD_SANDBOX_ACCESS_KEY', key: fromEnv('ALICLOUD_SANDBOX_ACCESS_KEY'), secret: fromEnv('ALICLOUD_SANDBOX_SECRET_KEY') },
    { where: 'ALICLOUD_ACCESS_KEY', key: fromEnv('ALICLOUD_ACCESS_KEY'), secret: fromEnv('ALICLOUD_SECRET_KEY') },
  ];
  const usable = sources.filter((s) => {
    if (!s.key || !looksLikeRealAccessKey(s.key)) return true;
    diagnostics.push({
      severity: 'warning',
      summary: 'Real Alibaba Cloud credentials ignored',
      detail:
        `The access key ${masked(s.key)} from ${s.where} has the shape of a real Alibaba Cloud AccessKey. The sandbox provider never signs with real credentials, ` +
        `so it and its secret are ignored and the next source applies (in the end the sandbox's default account ${DEFAULT_ACCESS_KEY}). ` +
        'To pick another sandbox account, set access_key/secret_key to its keys or use ALICLOUD_SANDBOX_ACCESS_KEY and ALICLOUD_SANDBOX_SECRET_KEY.',
      ...(s.attribute ? { attribute: [s.attribute] } : {}),
    });
    return false;
  });
  const ignoredCredentials = CREDENTIAL_ARGUMENTS.filter((k) => {
    const v = c[k];
    return v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
  });
  if (ignoredCredentials.length) {
    diagnostics.push({
      severity: 'warning',
      summary: 'Credential settings of the real provider are not used',
      detail: `${ignoredCredentials.join(', ')}: the sandbox provider has no STS, profile file, instance metadata or credentials service to call; it signs with a sandbox account (access_key/secret_key, else the default account ${DEFAULT_ACCESS_KEY}).`,
      attribute: [ignoredCredentials[0]],
    });
  }
  if (Array.isArray(c.endpoints) && c.endpoints.length) {
    diagnostics.push({
      severity: 'warning',
      summary: 'Custom endpoints are not used',
      detail: 'The sandbox provider sends every call to its sandbox endpoint (the "endpoint" argument, else ALICLOUD_SANDBOX_ENDPOINT), never to the endpoints block\'s URLs.',
      attribute: ['endpoints'],
    });
  }
  // The secret comes from the key's source or a later one (a key in the block with the secret in
  // the environment works, as with the real provider). With no key anywhere, the default key is
  // used with the first secret given: a wrong secret_key then fails with SignatureDoesNotMatch and
  // a hint, instead of being silently replaced by the default secret.
  const keyAt = usable.findIndex((s) => s.key);
  const resolved: ResolvedProviderConfig = {
    endpoint: (str(c.endpoint) ?? fromEnv('ALICLOUD_SANDBOX_ENDPOINT') ?? DEFAULT_ENDPOINT).replace(/\/+$/, ''),
    accessKey: keyAt >= 0 ? usable[keyAt].key! : DEFAULT_ACCESS_KEY,
    secretKey: usable.slice(Math.max(keyAt, 0)).find((s) => s.secret)?.secret ?? DEFAULT_SECRET_KEY,
    region: str(c.region) ?? fromEnv('ALICLOUD_REGION') ?? fromEnv('ALIBABA_CLOUD_REGION') ?? DEFAULT_REGION,
  };
  return { resolved, diagnostics };
}
