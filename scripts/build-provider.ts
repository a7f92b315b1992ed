/**
 * Builds the Terraform provider and installs it for offline `terraform init`:
 *
 *   dist/provider/provider.js        esbuild bundle of provider/main.ts (one file: fast start-up)
 *   dist/provider/proto/*.proto      protocol definitions, loaded at run time next to the bundle
 *   dist/provider/proto/descriptor.json  the same, pre-parsed (start-up skips the .proto parser)
 *   dist/provider/proto/codegen.js   protobufjs's generated encoders/decoders (start-up skips codegen)
 *   provider/mirror/registry.terraform.io/sandbox/alicloud/0.1.0/<os_arch>/
 *       terraform-provider-alicloud_v0.1.0   a tiny sh launcher that execs node on the bundle
 *                                             (it also moves CA settings; see launcherScript)
 *   terraform.rc                      CLI config pointing Terraform at that filesystem mirror
 *
 * Use it with:  export TF_CLI_CONFIG_FILE=$PWD/terraform.rc CHECKPOINT_DISABLE=1
 *
 * Rebuilding changes the package hash, so working directories initialised against an older build
 * need `rm -rf .terraform .terraform.lock.hcl` before the next `terraform init`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build, transformSync } from 'esbuild';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const PROVIDER_NAMESPACE = 'sandbox';
export const PROVIDER_TYPE = 'alicloud';
export const PROVIDER_VERSION = '0.1.0';
export const BUNDLE_DIR = path.join(REPO_ROOT, 'dist', 'provider');
export const BUNDLE = path.join(BUNDLE_DIR, 'provider.js');
/** What the launcher runs: loads provider.js with V8's code cache. */
export const START = path.join(BUNDLE_DIR, 'start.js');
export const CODE_CACHE = BUNDLE + '.cache';
export const MIRROR_DIR = path.join(REPO_ROOT, 'provider', 'mirror');
export const TERRAFORM_RC = path.join(REPO_ROOT, 'terraform.rc');

/** Terraform's OS_ARCH for this machine, e.g. linux_amd64. */
export function osArch(): string {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  const archMap: Record<string, string> = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' };
  return `${os}_${archMap[process.arch] ?? process.arch}`;
}

export function launcherPath(): string {
  return path.join(
    MIRROR_DIR,
    'registry.terraform.io',
    PROVIDER_NAMESPACE,
    PROVIDER_TYPE,
    PROVIDER_VERSION,
    osArch(),
    `terraform-provider-${PROVIDER_TYPE}_v${PROVIDER_VERSION}`,
  );
}

async function writeCodeCache(say: (m: string) => void): Promise<void> {
  fs.rmSync(CODE_CACHE, { force: true });
  const tmp = CODE_CACHE + '.tmp';
  const { spawnSync } = await import('node:child_process');
  // Any valid client certificate will do; the provider's own P-256 generator makes one quickly.
  const tls = require('../provider/protocol/tls') as typeof import('../provider/protocol/tls');
  const cert = await tls.generateServerCertificate();
  const r = spawnSync(process.execPath, [START], {
    env: {
      ...process.env,
      TF_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2',
      PLUGIN_PROTOCOL_VERSIONS: '6',
      PLUGIN_CLIENT_CERT: cert.certPem,
      PLUGIN_UNIX_SOCKET_DIR: '',
      TF_DISABLE_PLUGIN_TLS: '',
      ALICLOUD_PROVIDER_WRITE_CODE_CACHE: tmp,
    },
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (r.status === 0 && fs.existsSync(tmp)) {
    fs.renameSync(tmp, CODE_CACHE);
  } else {
    fs.rmSync(tmp, { force: true });
    say(`warning: no V8 code cache written (exit ${r.status}); the provider still works, it just starts slower.\n${r.stderr ?? ''}`);
  }
}

/**
 * The sh launcher Terraform execs. It keeps two certificate-store costs out of every start (the
 * provider trusts only PLUGIN_CLIENT_CERT on its gRPC side, and uses CAs only for an https endpoint):
 *
 * - Node reads and parses NODE_EXTRA_CA_CERTS eagerly (70–100 ms for a full system bundle, as on
 *   these machines). The launcher hands the path over as ALICLOUD_PROVIDER_EXTRA_CA_CERTS instead.
 * - Any TLS context with a `ca` (grpc-js's mTLS server has one) makes Node parse its 144 bundled
 *   roots first (26–36 ms of every start, measured in CPU profiles of the provider under
 *   `terraform plan`). With --use-openssl-ca and SSL_CERT_FILE/SSL_CERT_DIR pointing at nothing,
 *   that default store is empty. Without a CA flag Node ignores SSL_CERT_FILE/SSL_CERT_DIR, so
 *   overriding them changes no trust; that is why this is done even when they are set (as on many
 *   CI images), and skipped only when NODE_OPTIONS already picks a CA store. Flagged by
 *   ALICLOUD_PROVIDER_EMPTY_DEFAULT_CA=1.
 *
 * provider/main.ts undoes both in its environment and gives the API client, for an https endpoint,
 * exactly what Node trusts by default: the bundled roots plus the extra certificates.
 */
function launcherScript(): string {
  return [
    '#!/bin/sh',
    '# Written by scripts/build-provider.ts; see launcherScript() there for why the CA settings move.',
    'if [ -n "${NODE_EXTRA_CA_CERTS:-}" ]; then',
    '  ALICLOUD_PROVIDER_EXTRA_CA_CERTS=$NODE_EXTRA_CA_CERTS',
    '  export ALICLOUD_PROVIDER_EXTRA_CA_CERTS',
    'fi',
    'unset NODE_EXTRA_CA_CERTS',
    'CA_FLAG=',
    'case "${NODE_OPTIONS:-}" in',
    '  *openssl-ca*|*bundled-ca*|*system-ca*) ;;',
    '  *)',
    '    CA_FLAG=--use-openssl-ca',
    '    SSL_CERT_FILE=/dev/null SSL_CERT_DIR=/nonexistent ALICLOUD_PROVIDER_EMPTY_DEFAULT_CA=1',
    '    export SSL_CERT_FILE SSL_CERT_DIR ALICLOUD_PROVIDER_EMPTY_DEFAULT_CA',
    '    ;;',
    'esac',
    `exec ${shQuote(process.execPath)} $CA_FLAG ${shQuote(START)} "$@"`,
    '',
  ].join('\n');
}

function shQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export async function buildProvider(options: { quiet?: boolean } = {}): Promise<void> {
  const say = (m: string) => options.quiet || process.stderr.write(m + '\n');
  const started = Date.now();
  fs.mkdirSync(BUNDLE_DIR, { recursive: true });
  const result = await build({
    entryPoints: [path.join(REPO_ROOT, 'provider', 'main.ts')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    keepNames: true,
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  if (result.errors.length) throw new Error(`esbuild failed:\n${result.errors.map((e) => e.text).join('\n')}`);

  // Protos next to the bundle: server.ts looks for <bundle dir>/proto/tfplugin6.proto.
  const protoSrc = path.join(REPO_ROOT, 'provider', 'protocol', 'proto');
  const protoDst = path.join(BUNDLE_DIR, 'proto');
  fs.mkdirSync(protoDst, { recursive: true });
  for (const f of fs.readdirSync(protoSrc)) if (f.endsWith('.proto')) fs.copyFileSync(path.join(protoSrc, f), path.join(protoDst, f));
  // Pre-parsed protos, so start-up skips the .proto parser (checked against the texts' hash).
  const protoServices = require('../provider/protocol/proto-services') as typeof import('../provider/protocol/proto-services');
  protoServices.writeDescriptor(protoDst);
  // protobufjs's per-type generated functions, written once here instead of compiled in every start.
  protoServices.writeCodegen(protoDst);
  // Minified (about 20% smaller), so the per-start parse of the file is shorter too.
  const codegenFile = path.join(protoDst, protoServices.CODEGEN_FILE);
  fs.writeFileSync(codegenFile, transformSync(fs.readFileSync(codegenFile, 'utf8'), { minify: true, format: 'cjs', target: 'node20', legalComments: 'none' }).code);

  // Start-up shim plus V8 code cache (see scripts/provider-start.js). The cache is produced by one
  // real start (mTLS on, so the certificate code is compiled too); failure only costs speed.
  fs.copyFileSync(path.join(REPO_ROOT, 'scripts', 'provider-start.js'), START);
  await writeCodeCache(say);

  // The mirror package holds only the launcher, so its h1: hash stays small and stable.
  const launcher = launcherPath();
  fs.rmSync(path.dirname(launcher), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(launcher), { recursive: true });
  fs.writeFileSync(launcher, launcherScript(), { mode: 0o755 });
  fs.chmodSync(launcher, 0o755);

  fs.writeFileSync(
    TERRAFORM_RC,
    `# Written by scripts/build-provider.ts. Use: export TF_CLI_CONFIG_FILE=${TERRAFORM_RC}\n` +
      `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(MIRROR_DIR)}\n  }\n}\n`,
  );
  say(`built ${path.relative(REPO_ROOT, BUNDLE)} and installed ${path.relative(REPO_ROOT, launcher)} in ${Date.now() - started} ms`);
  say(`export TF_CLI_CONFIG_FILE=${TERRAFORM_RC} CHECKPOINT_DISABLE=1`);
}

if (require.main === module) {
  buildProvider().catch((err) => {
    process.stderr.write(`build-provider failed: ${(err as Error).stack ?? err}\n`);
    process.exit(1);
  });
}
