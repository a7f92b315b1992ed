/**
 * Builds the Terraform provider and installs it for offline `terraform init`:
 *
 *   dist/provider/provider.js        esbuild bundle of provider/main.ts (one file: fast start-up)
 *   dist/provider/proto/*.proto      protocol definitions, loaded at run time next to the bundle
 *   dist/provider/proto/descriptor.json  the same, pre-parsed (start-up skips the .proto parser)
 *   dist/provider/proto/codegen.js   protobufjs's generated encoders/decoders (start-up skips codegen)
 *   provider/mirror/registry.terraform.io/<namespace>/alicloud/<version>/<os_arch>/
 *       terraform-provider-alicloud_v<version>   the sh launcher of cli/terraform-env.ts (no
 *                                                 absolute path; it finds the bundle relative to
 *                                                 itself), for every address and platform there
 *   terraform.rc                      CLI config pointing Terraform at that filesystem mirror
 *
 * Use it with:  eval "$(node bin/alicloud-sandbox.js env)"   (or npx alicloud-sandbox env)
 *
 * The launcher is the same bytes on every build and machine, so its hash (and .terraform.lock.hcl)
 * does not change when the provider is rebuilt: a rebuild is picked up by the next Terraform run.
 * `npm pack` runs this (prepack), so the package ships the bundle and the mirror.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build, transformSync } from 'esbuild';
import { ensureCliConfig, ensureMirror, launcherPath as mirrorLauncherPath, osArch, providerMirrorDir } from '../cli/terraform-env';

export { osArch };

export const REPO_ROOT = path.resolve(__dirname, '..');
export const PROVIDER_NAMESPACE = 'sandbox';
export const PROVIDER_TYPE = 'alicloud';
export const PROVIDER_VERSION = '0.1.0';
export const BUNDLE_DIR = path.join(REPO_ROOT, 'dist', 'provider');
export const BUNDLE = path.join(BUNDLE_DIR, 'provider.js');
/** What the launcher runs: loads provider.js with V8's code cache. */
export const START = path.join(BUNDLE_DIR, 'start.js');
export const CODE_CACHE = BUNDLE + '.cache';
export const MIRROR_DIR = providerMirrorDir();
export const TERRAFORM_RC = path.join(REPO_ROOT, 'terraform.rc');

/** The launcher of the sandbox address for this machine. */
export function launcherPath(): string {
  return mirrorLauncherPath(PROVIDER_NAMESPACE, PROVIDER_VERSION, osArch(), MIRROR_DIR);
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

  // The mirror packages hold only the launcher (identical bytes everywhere), so their h1: hashes
  // stay small and stable; unchanged launchers are left alone.
  ensureMirror(MIRROR_DIR);
  const launcher = launcherPath();
  ensureCliConfig(MIRROR_DIR);
  say(`built ${path.relative(REPO_ROOT, BUNDLE)} and installed ${path.relative(REPO_ROOT, launcher)} in ${Date.now() - started} ms`);
  say('point terraform/cdktf at it with:  eval "$(node bin/alicloud-sandbox.js env)"  (after npm run prepare)');
}

if (require.main === module) {
  buildProvider().catch((err) => {
    process.stderr.write(`build-provider failed: ${(err as Error).stack ?? err}\n`);
    process.exit(1);
  });
}
