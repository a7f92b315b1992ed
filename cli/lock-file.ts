/**
 * A committed `.terraform.lock.hcl` that pins the real provider (say aliyun/alicloud 1.230.0 with
 * the registry's hashes), run through `alicloud-sandbox terraform`.
 *
 * Terraform would refuse it (the mirror has no 1.230.0, and no package matching those hashes), and
 * `init -upgrade` would rewrite it for the sandbox, a change the user might commit by accident. So
 * for the length of each run the wrapper puts a sandbox copy in its place and afterwards puts the
 * user's file back byte for byte:
 *
 *   <data dir>/alicloud-sandbox/terraform.lock.hcl        the sandbox copy, kept between runs
 *   <data dir>/alicloud-sandbox/real.terraform.lock.hcl   the user's file while a run is under way
 *
 * (<data dir> is TF_DATA_DIR, else .terraform, which is never committed.) The sandbox copy holds
 * the sandbox's entries for the alicloud addresses and, for every other provider, the user's own
 * pinned entry, so those stay exactly as locked. If the wrapper dies before it can put the file
 * back, the next wrapped run does it first. Plain terraform (the `env` recipe) cannot swap files
 * around each command: `alicloud-sandbox env` warns instead (see foreignLockNotice).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROVIDER_ADDRESSES, PROVIDER_TYPE } from './terraform-env';

export const LOCK_FILE = '.terraform.lock.hcl';
const SWAP_DIR = 'alicloud-sandbox';
const SANDBOX_COPY = 'terraform.lock.hcl';
const BACKUP = 'real.terraform.lock.hcl';

interface LockBlock {
  address: string;
  version?: string;
  text: string;
}

/** Splits a lock file into its header (comments) and `provider "ADDRESS" { … }` blocks. */
export function parseLockFile(text: string): { header: string; blocks: LockBlock[] } {
  const blocks: LockBlock[] = [];
  const re = /^provider\s+"([^"]+)"\s*\{[\s\S]*?^\}[^\n]*\n?/gm;
  const first = text.search(/^provider\s+"/m);
  const header = first < 0 ? text : text.slice(0, first);
  for (const m of text.matchAll(re)) {
    const version = /^\s*version\s*=\s*"([^"]+)"/m.exec(m[0])?.[1];
    blocks.push({ address: m[1], version, text: m[0].endsWith('\n') ? m[0] : `${m[0]}\n` });
  }
  return { header, blocks };
}

function renderLockFile(header: string, blocks: LockBlock[]): string {
  const sorted = [...blocks].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  const head = header.trimEnd() ? `${header.trimEnd()}\n\n` : '';
  return head + sorted.map((b) => b.text).join('\n');
}

/** The addresses the sandbox serves, with the version it serves them at. */
const SERVED = new Map(PROVIDER_ADDRESSES.map((a) => [`registry.terraform.io/${a.namespace}/${PROVIDER_TYPE}`, a.version]));

function isOurs(address: string): boolean {
  return SERVED.has(address);
}

/** The entries that lock one of our addresses to something other than what the sandbox serves. */
export function foreignEntries(text: string): LockBlock[] {
  return parseLockFile(text).blocks.filter((b) => isOurs(b.address) && b.version !== SERVED.get(b.address));
}

/** The directory terraform works in: -chdir=DIR (before the subcommand) or cwd. */
export function terraformWorkingDir(args: readonly string[], cwd = process.cwd()): string {
  for (const a of args) {
    if (!a.startsWith('-')) break;
    if (a.startsWith('-chdir=')) return path.resolve(cwd, a.slice('-chdir='.length));
  }
  return path.resolve(cwd);
}

function swapDir(workDir: string, env: NodeJS.ProcessEnv): string {
  const dataDir = env.TF_DATA_DIR ? path.resolve(workDir, env.TF_DATA_DIR) : path.join(workDir, '.terraform');
  return path.join(dataDir, SWAP_DIR);
}

function readOrUndefined(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function describe(blocks: LockBlock[]): string {
  return blocks.map((b) => `${b.address.replace(/^registry\.terraform\.io\//, '')} ${b.version ?? '(no version)'}`).join(', ');
}

export interface LockSwap {
  /** Puts the user's lock file back (and keeps what Terraform wrote as the sandbox copy). */
  restore(): void;
  /** One line for stderr saying what happens. */
  notice: string;
}

/**
 * Puts the sandbox copy in place of a lock file that pins the real provider, or returns undefined
 * when there is nothing to do. Repairs an interrupted earlier swap first.
 */
export function swapInSandboxLock(workDir: string, env: NodeJS.ProcessEnv = process.env): LockSwap | undefined {
  const lockPath = path.join(workDir, LOCK_FILE);
  const dir = swapDir(workDir, env);
  const backupPath = path.join(dir, BACKUP);
  const copyPath = path.join(dir, SANDBOX_COPY);
  const leftOver = readOrUndefined(backupPath);
  if (leftOver !== undefined) {
    // An earlier run was killed before it put the user's file back: that file is the truth.
    fs.writeFileSync(lockPath, leftOver);
    fs.rmSync(backupPath, { force: true });
  }
  const real = readOrUndefined(lockPath);
  if (real === undefined) return undefined;
  const foreign = foreignEntries(real);
  if (foreign.length === 0) return undefined;

  const mine = parseLockFile(real);
  const saved = parseLockFile(readOrUndefined(copyPath) ?? '');
  const byAddress = new Map<string, LockBlock>();
  for (const b of saved.blocks) byAddress.set(b.address, b);
  // Other providers keep the user's pins; ours keep only the sandbox's entries.
  for (const b of mine.blocks) if (!isOurs(b.address)) byAddress.set(b.address, b);
  for (const b of mine.blocks) if (isOurs(b.address) && byAddress.get(b.address)?.version !== SERVED.get(b.address)) byAddress.delete(b.address);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(backupPath, real);
  fs.writeFileSync(lockPath, renderLockFile(mine.header, [...byAddress.values()]));

  return {
    notice:
      `alicloud-sandbox: ${LOCK_FILE} locks the real provider (${describe(foreign)}); the sandbox serves its own build at ${[...new Set(foreign.map((b) => SERVED.get(b.address)))].join(', ')}. ` +
      `This run uses the sandbox's copy (${path.relative(workDir, copyPath) || copyPath}) and puts your ${LOCK_FILE} back unchanged afterwards.\n`,
    restore() {
      const written = readOrUndefined(lockPath);
      if (written !== undefined) fs.writeFileSync(copyPath, written);
      fs.writeFileSync(lockPath, real);
      fs.rmSync(backupPath, { force: true });
    },
  };
}

/** For `alicloud-sandbox env`: a warning when the current directory's lock file pins the real provider. */
export function foreignLockNotice(workDir = process.cwd()): string | undefined {
  const text = readOrUndefined(path.join(workDir, LOCK_FILE));
  const foreign = text === undefined ? [] : foreignEntries(text);
  if (foreign.length === 0) return undefined;
  return (
    `alicloud-sandbox: warning: ${path.join(workDir, LOCK_FILE)} locks the real provider (${describe(foreign)}), which plain terraform init refuses here. ` +
    'Run terraform through `alicloud-sandbox terraform …`, which uses a sandbox copy of the lock file and leaves yours unchanged.\n'
  );
}
