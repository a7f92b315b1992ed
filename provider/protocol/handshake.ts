/**
 * go-plugin's handshake facts: the magic cookie, protocol negotiation and the handshake line.
 * Kept free of gRPC imports so the cookie check fails fast without loading anything heavy.
 */
export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
export const CORE_PROTOCOL_VERSION = 1;
export const APP_PROTOCOL_VERSION = 6;

export const NOT_A_COMMAND_MESSAGE =
  'This binary is a plugin. These are not meant to be executed directly.\n' +
  'It is the Terraform provider sandbox/alicloud; Terraform starts it for you. Install it with\n' +
  '`npm run build:provider`, then `export TF_CLI_CONFIG_FILE=$PWD/terraform.rc` and run `terraform init`.\n';

/** Undefined when the cookie is right; otherwise the message to print before exiting 1. */
export function checkMagicCookie(env: NodeJS.ProcessEnv): string | undefined {
  return env[MAGIC_COOKIE_KEY] === MAGIC_COOKIE_VALUE ? undefined : NOT_A_COMMAND_MESSAGE;
}

/** Picks protocol 6 from PLUGIN_PROTOCOL_VERSIONS ("5,6" in any order). Throws if 6 is not offered. */
export function negotiateProtocol(env: NodeJS.ProcessEnv): number {
  const raw = env.PLUGIN_PROTOCOL_VERSIONS;
  if (!raw) return APP_PROTOCOL_VERSION; // old clients send nothing and expect the plugin's default
  const offered = raw.split(',').map((v) => Number(v.trim()));
  if (offered.includes(APP_PROTOCOL_VERSION)) return APP_PROTOCOL_VERSION;
  throw new Error(
    `Terraform offered plugin protocol versions ${raw}, but this provider speaks only protocol ${APP_PROTOCOL_VERSION}; ` +
      'use Terraform 1.0 or later (or OpenTofu 1.6 or later)',
  );
}

export function handshakeLine(network: 'unix' | 'tcp', address: string, certField: string): string {
  return `${CORE_PROTOCOL_VERSION}|${APP_PROTOCOL_VERSION}|${network}|${address}|grpc|${certField}\n`;
}
