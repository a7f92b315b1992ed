/**
 * Test helper: runs the real CLI (`mock-server/cli.ts` through tsx) as a child process, waits for
 * its first stdout line and gives back the URL, so tests can kill -9 it, signal it and restart it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const CLI = path.join(REPO_ROOT, 'mock-server', 'cli.ts');
export const LISTENING = /^alicloud-sandbox listening on (http:\/\/(.+):(\d+))$/;

export interface SandboxProcess {
  child: ChildProcess;
  url: string;
  port: number;
  firstLine: string;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<number | string>;
}

export interface RunResult {
  code: number | string;
  stdout: string;
  stderr: string;
}

function nodeArgs(args: string[]): string[] {
  // A script path as the first argument runs that script instead of the CLI.
  if (args[0]?.endsWith('.ts')) return ['--import', 'tsx', ...args];
  return ['--import', 'tsx', CLI, ...args];
}

/** Runs the CLI to completion (for --help and bad flags). */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 15_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs(args), { cwd: REPO_ROOT, env: { ...cleanEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`CLI ${args.join(' ')} did not exit within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? String(signal), stdout, stderr });
    });
  });
}

/** The environment without any ALICLOUD_SANDBOX_* settings of the outer shell. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('ALICLOUD_SANDBOX_')) delete env[k];
  return env;
}

/** Starts the CLI and resolves once it prints its listening line. */
export function startCli(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 15_000): Promise<SandboxProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs(args), { cwd: REPO_ROOT, env: { ...cleanEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let done = false;
    const exited = new Promise<number | string>((res) => child.on('exit', (code, signal) => res(code ?? String(signal))));
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      child.kill('SIGKILL');
      reject(new Error(`the sandbox did not print its listening line within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.stderr!.on('data', (c) => (stderr += c));
    child.stdout!.on('data', (c) => {
      stdout += c;
      const nl = stdout.indexOf('\n');
      if (done || nl < 0) return;
      done = true;
      clearTimeout(timer);
      const firstLine = stdout.slice(0, nl);
      const m = LISTENING.exec(firstLine);
      if (!m) {
        child.kill('SIGKILL');
        reject(new Error(`unexpected first stdout line: ${JSON.stringify(firstLine)}`));
        return;
      }
      resolve({ child, url: m[1], port: Number(m[3]), firstLine, stdout: () => stdout, stderr: () => stderr, exited });
    });
    void exited.then((code) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      reject(new Error(`the sandbox exited (${code}) before listening; stderr: ${stderr}`));
    });
  });
}

/** Kills a child if it is still running (test clean-up). */
export async function ensureStopped(p: SandboxProcess | undefined): Promise<void> {
  if (!p || p.child.exitCode !== null || p.child.signalCode !== null) return;
  p.child.kill('SIGKILL');
  await p.exited;
}
