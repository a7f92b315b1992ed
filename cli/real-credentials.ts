/**
 * Real Alibaba Cloud credentials in the user's shell. `alicloud-sandbox terraform|cdktf` runs the
 * tool without them and `alicloud-sandbox env` prints `unset` lines for them, each saying on
 * stderr which it ignored (as LocalStack's CLI does for AWS variables). So a key exported for the
 * real cloud is never handed to the sandbox provider, never sent anywhere, and cannot turn a
 * sandbox run into a failed signature. Sandbox accounts have their own variables
 * (ALICLOUD_SANDBOX_ACCESS_KEY / ALICLOUD_SANDBOX_SECRET_KEY), which are kept.
 *
 * The names are the environment defaults of the real provider's credential arguments (access_key,
 * secret_key, security_token, ecs_role_name, profile, shared_credentials_file, credentials_uri,
 * assume_role, assume_role_with_oidc) and of the Alibaba Cloud SDKs' credential chain.
 */

export const REAL_CREDENTIAL_VARIABLES: readonly string[] = [
  'ALICLOUD_ACCESS_KEY',
  'ALICLOUD_SECRET_KEY',
  'ALICLOUD_SECURITY_TOKEN',
  'ALIBABA_CLOUD_ACCESS_KEY_ID',
  'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'ALIBABA_CLOUD_SECURITY_TOKEN',
  'ALIBABACLOUD_ACCESS_KEY_ID',
  'ALIBABACLOUD_ACCESS_KEY_SECRET',
  'ALIBABACLOUD_SECURITY_TOKEN',
  'ALICLOUD_PROFILE',
  'ALIBABA_CLOUD_PROFILE',
  'ALICLOUD_SHARED_CREDENTIALS_FILE',
  'ALIBABA_CLOUD_CREDENTIALS_FILE',
  'ALICLOUD_ECS_ROLE_NAME',
  'ALIBABA_CLOUD_ECS_METADATA',
  'ALICLOUD_CREDENTIALS_URI',
  'ALIBABA_CLOUD_CREDENTIALS_URI',
  'ALIBABA_CLOUD_ROLE_ARN',
  'ALIBABA_CLOUD_ROLE_SESSION_NAME',
  'ALIBABA_CLOUD_OIDC_PROVIDER_ARN',
  'ALIBABA_CLOUD_OIDC_TOKEN_FILE',
  'ALIBABA_CLOUD_OIDC_TOKEN',
];

/** ALICLOUD_ASSUME_ROLE_ARN, _SESSION_NAME, _SESSION_EXPIRATION and any later ones. */
const REAL_CREDENTIAL_PREFIXES = ['ALICLOUD_ASSUME_ROLE_'];

export function isRealCredentialVariable(name: string): boolean {
  return REAL_CREDENTIAL_VARIABLES.includes(name) || REAL_CREDENTIAL_PREFIXES.some((p) => name.startsWith(p));
}

/** The real-credential variables set (non-empty) in `env`, sorted. */
export function realCredentialsIn(env: NodeJS.ProcessEnv): string[] {
  return Object.keys(env)
    .filter((k) => isRealCredentialVariable(k) && (env[k] ?? '').trim() !== '')
    .sort();
}

/** `env` without the real-credential variables (a copy). */
export function withoutRealCredentials(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) if (!isRealCredentialVariable(k)) copy[k] = v;
  return copy;
}

/** The stderr line naming what was ignored (names only, never values). */
export function ignoredCredentialsNotice(names: readonly string[], how: 'run' | 'unset'): string {
  const what = how === 'run' ? `${names.length === 1 ? 'is' : 'are'} not passed to the tool` : `${names.length === 1 ? 'is' : 'are'} unset in the shell that evaluates these lines`;
  return (
    `alicloud-sandbox: ignoring real Alibaba Cloud credentials in the environment: ${names.join(', ')} ${what}, so nothing real is ever signed or sent. ` +
    'The sandbox provider uses its default account; pick another sandbox account with ALICLOUD_SANDBOX_ACCESS_KEY and ALICLOUD_SANDBOX_SECRET_KEY.\n'
  );
}
