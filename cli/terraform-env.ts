/**
 * The environment that makes plain `terraform` and plain `cdktf` use the sandbox's provider and
 * endpoint, from any directory, offline. Shared by `alicloud-sandbox env|terraform|cdktf`, the
 * repo's `npm run deploy/destroy`, and the test helpers.
 *
 * Layout (the same in the clone and in an installed package; `<root>` is the package root):
 *
 *   <root>/dist/provider/start.js      the provider bundle's start-up shim (scripts/build-provider.ts)
 *   <root>/provider/mirror/<host>/<namespace>/alicloud/<version>/<os_arch>/terraform-provider-alicloud_v<version>
 *                                      a small sh launcher, byte-for-byte identical everywhere
 *   <root>/terraform.rc                the Terraform CLI config, written here at run time (it holds
 *                                      this install's absolute mirror path), or in the temp dir when
 *                                      the package directory is read-only
 *
 * Why the launcher holds no path: Terraform records the launcher's hash in .terraform.lock.hcl,
 * so a launcher that embedded the node binary or the bundle's location would give every machine a
 * different lock file. Instead it finds the bundle relative to its own physical location
 * (Terraform links `.terraform/providers/...` to the mirror directory, and `cd -P` resolves that
 * link), and runs the node named by ALICLOUD_SANDBOX_NODE, which terraformEnv() sets to the node
 * running this code, falling back to `node` on PATH.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const DEFAULT_ENDPOINT = 'http://127.0.0.1:4590';
export const PROVIDER_TYPE = 'alicloud';

/**
 * Every address the mirror serves the sandbox provider under. The sandbox's own address, plus the
 * real provider's two addresses at a high 1.x version, so HCL written for the real provider
 * (`source = "aliyun/alicloud"`, `version = ">= 1.0"` or `"~> 1.230"`) installs the sandbox
 * provider when run through this environment. A constraint pinning an exact real release
 * (`"1.230.0"`, `"~> 1.230.0"`) does not match 1.999.0 and fails at `terraform init`.
 */
export const PROVIDER_ADDRESSES: ReadonlyArray<{ namespace: string; version: string }> = [
  { namespace: 'sandbox', version: '0.1.0' },
  { namespace: 'aliyun', version: '1.999.0' },
  { namespace: 'hashicorp', version: '1.999.0' },
];

/**
 * Platforms the mirror carries (the launcher is the same sh script on each). cdktf always runs
 * `terraform providers lock -platform=linux_amd64`, whatever the host, so that one must be there.
 */
export const MIRROR_PLATFORMS: readonly string[] = ['linux_amd64', 'linux_arm64', 'darwin_amd64', 'darwin_arm64'];

/** Terraform's OS_ARCH for this machine, e.g. linux_amd64. */
export function osArch(): string {
  const osName = process.platform === 'win32' ? 'windows' : process.platform;
  const archMap: Record<string, string> = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' };
  return `${osName}_${archMap[process.arch] ?? process.arch}`;
}

let cachedRoot: string | undefined;

/** The package root: the nearest directory above this file whose package.json is ours. */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        if (JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'alicloud-sandbox') return (cachedRoot = dir);
      } catch {
        // not ours; keep looking
      }
    }
    if (path.dirname(dir) === dir) throw new Error(`alicloud-sandbox: no package.json of alicloud-sandbox above ${__dirname}`);
  }
}

/** The provider's start-up shim (what the launcher runs with node). */
export function providerStartScript(): string {
  return path.join(packageRoot(), 'dist', 'provider', 'start.js');
}

/** The filesystem mirror holding the provider launchers (an absolute path). */
export function providerMirrorDir(): string {
  return path.join(packageRoot(), 'provider', 'mirror');
}

/** The launcher for one address/version/platform inside the mirror. */
export function launcherPath(namespace = 'sandbox', version = '0.1.0', platform = osArch(), mirror = providerMirrorDir()): string {
  return path.join(mirror, 'registry.terraform.io', namespace, PROVIDER_TYPE, version, platform, `terraform-provider-${PROVIDER_TYPE}_v${version}`);
}

/** Every launcher the mirror should hold. */
export function launcherPaths(mirror = providerMirrorDir()): string[] {
  const platforms = [...new Set([osArch(), ...MIRROR_PLATFORMS])].filter((p) => !p.startsWith('windows_'));
  return PROVIDER_ADDRESSES.flatMap((a) => platforms.map((p) => launcherPath(a.namespace, a.version, p, mirror)));
}

/**
 * The launcher Terraform execs (see the file comment for why it holds no path). It also keeps two
 * certificate-store costs out of every start (the provider trusts only PLUGIN_CLIENT_CERT on its
 * gRPC side, and uses CAs only for an https endpoint):
 *
 * - Node reads and parses NODE_EXTRA_CA_CERTS eagerly (70–100 ms for a full system bundle). The
 *   launcher hands the path over as ALICLOUD_PROVIDER_EXTRA_CA_CERTS instead.
 * - Any TLS context with a `ca` (grpc-js's mTLS server has one) makes Node parse its bundled roots
 *   first (26–36 ms of every start). With --use-openssl-ca and SSL_CERT_FILE/SSL_CERT_DIR pointing
 *   at nothing, that default store is empty. Without a CA flag Node ignores SSL_CERT_FILE and
 *   SSL_CERT_DIR, so overriding them changes no trust; skipped only when NODE_OPTIONS already
 *   picks a CA store. Flagged by ALICLOUD_PROVIDER_EMPTY_DEFAULT_CA=1.
 *
 * provider/main.ts undoes both in its environment and gives the API client, for an https endpoint,
 * exactly what Node trusts by default: the bundled roots plus the extra certificates.
 */
export const LAUNCHER_SCRIPT = [
  '#!/bin/sh',
  '# alicloud-sandbox provider launcher (cli/terraform-env.ts). It holds no absolute path, so its',
  '# hash in .terraform.lock.hcl is the same on every machine: the bundle is found relative to this',
  '# file (mirror/<host>/<namespace>/<type>/<version>/<os_arch>/ inside the package), node is',
  '# $ALICLOUD_SANDBOX_NODE (set by `alicloud-sandbox env`) or else the first node on PATH.',
  'here=$(cd -P -- "$(dirname -- "$0")" && pwd -P) || exit 1',
  'start="$here/../../../../../../../dist/provider/start.js"',
  'if [ ! -f "$start" ]; then',
  '  echo "alicloud-sandbox: provider bundle not found at $start (run npm run build:provider in a clone)" >&2',
  '  exit 1',
  'fi',
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
  'exec "${ALICLOUD_SANDBOX_NODE:-node}" $CA_FLAG "$start" "$@"',
  '',
].join('\n');

/** Writes `content` to `file` unless it already holds exactly that (temp file + rename). */
function writeIfChanged(file: string, content: string, mode = 0o644): void {
  try {
    if (fs.readFileSync(file, 'utf8') === content) {
      if ((fs.statSync(file).mode & 0o777) !== mode) fs.chmodSync(file, mode);
      return;
    }
  } catch {
    // missing: write it
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, content, { mode });
  fs.chmodSync(tmp, mode);
  fs.renameSync(tmp, file);
}

/**
 * Makes sure every launcher is in the mirror (they ship in the package and the clone's build
 * writes them; this repairs a partial copy). A read-only install that already has them is fine.
 */
export function ensureMirror(mirror = providerMirrorDir()): void {
  for (const launcher of launcherPaths(mirror)) {
    try {
      writeIfChanged(launcher, LAUNCHER_SCRIPT, 0o755);
    } catch (err) {
      if (!fs.existsSync(launcher)) throw new Error(`alicloud-sandbox: cannot write the provider launcher ${launcher}: ${(err as Error).message}`);
    }
  }
}

/**
 * The Terraform CLI config: our addresses come only from the mirror, every other provider (e.g.
 * hashicorp/random) still installs from where it normally comes from.
 */
export function cliConfigText(mirror = providerMirrorDir()): string {
  const addresses = PROVIDER_ADDRESSES.map((a) => JSON.stringify(`registry.terraform.io/${a.namespace}/${PROVIDER_TYPE}`));
  const list = `[\n      ${addresses.join(',\n      ')},\n    ]`;
  return [
    '# Written by alicloud-sandbox (cli/terraform-env.ts); regenerated when missing or different.',
    '# The sandbox provider comes from the package mirror; every other provider installs as usual.',
    'provider_installation {',
    '  filesystem_mirror {',
    `    path    = ${JSON.stringify(mirror)}`,
    `    include = ${list}`,
    '  }',
    '  direct {',
    `    exclude = ${list}`,
    '  }',
    '}',
    '',
  ].join('\n');
}

/** Writes the CLI config (package root, else the temp dir) and returns its path. */
export function ensureCliConfig(mirror = providerMirrorDir()): string {
  const text = cliConfigText(mirror);
  const inPackage = path.join(packageRoot(), 'terraform.rc');
  try {
    writeIfChanged(inPackage, text);
    return inPackage;
  } catch {
    // Read-only install (e.g. a global prefix owned by root): one config per mirror in the temp dir.
    const key = crypto.createHash('sha256').update(mirror).digest('hex').slice(0, 12);
    const user = typeof process.getuid === 'function' ? process.getuid() : 'user';
    const inTmp = path.join(os.tmpdir(), `alicloud-sandbox-${user}-${key}`, 'terraform.rc');
    writeIfChanged(inTmp, text);
    return inTmp;
  }
}

/**
 * The variables that point plain `terraform`/`cdktf` at the sandbox (idempotently writing the mirror
 * launchers and the CLI config first):
 *
 *   TF_CLI_CONFIG_FILE            the CLI config above (absolute)
 *   TF_CLI_ARGS_providers_lock    -fs-mirror=<mirror>: `terraform providers lock` (cdktf runs it)
 *                                 ignores the CLI config's mirrors and would ask the registry
 *   ALICLOUD_SANDBOX_ENDPOINT     options.endpoint, else the current value, else the default
 *   CHECKPOINT_DISABLE            1: no version check calls to HashiCorp
 *   ALICLOUD_SANDBOX_NODE         the node running this code, for the launcher
 */
export function terraformEnv(options: { endpoint?: string } = {}): Record<string, string> {
  const mirror = providerMirrorDir();
  ensureMirror(mirror);
  const config = ensureCliConfig(mirror);
  return {
    TF_CLI_CONFIG_FILE: config,
    // Terraform splits TF_CLI_ARGS_* like a shell, so a path with spaces is quoted.
    TF_CLI_ARGS_providers_lock: /\s/.test(mirror) ? `-fs-mirror="${mirror}"` : `-fs-mirror=${mirror}`,
    ALICLOUD_SANDBOX_ENDPOINT: options.endpoint || process.env.ALICLOUD_SANDBOX_ENDPOINT || DEFAULT_ENDPOINT,
    CHECKPOINT_DISABLE: '1',
    ALICLOUD_SANDBOX_NODE: process.execPath,
  };
}
