/**
 * Provider start-up benchmark: time from exec of the installed launcher to its handshake line,
 * with AutoMTLS on (a fresh P-521 client certificate, as Terraform sends). Target: median ≤ 400 ms.
 *
 *   npx tsx scripts/bench/provider-startup.ts [runs]
 *
 * `measureProviderStartup(runs)` is exported for `npm run bench`.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { buildProvider, launcherPath, BUNDLE } from '../build-provider';
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from '../../provider/protocol/handshake';

export interface StartupStats {
  median: number;
  p90: number;
  min: number;
  max: number;
  runs: number;
  samples: number[];
}

/** A self-signed ECDSA P-521/SHA-512 certificate for localhost, like Terraform's client cert. */
export async function makeClientCertPem(): Promise<string> {
  return (await makeClientCertificate()).certPem;
}

/** Terraform-like client certificate and its PKCS#8 key, both PEM. */
export async function makeClientCertificate(): Promise<{ certPem: string; keyPem: string }> {
  require('reflect-metadata');
  const x509 = require('@peculiar/x509') as typeof import('@peculiar/x509');
  const { webcrypto } = require('node:crypto') as typeof import('node:crypto');
  x509.cryptoProvider.set(webcrypto as any);
  const alg = { name: 'ECDSA', namedCurve: 'P-521', hash: 'SHA-512' };
  const keys = (await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as any;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'CN=localhost, O=HashiCorp',
    notBefore: new Date(Date.now() - 60_000),
    notAfter: new Date(Date.now() + 3_600_000),
    keys,
    signingAlgorithm: alg,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyCertSign, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
      new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: 'localhost' }]),
    ],
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  const b64 = pkcs8.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
  return { certPem: cert.toString('pem'), keyPem: `-----BEGIN PRIVATE KEY-----\n${b64}\n-----END PRIVATE KEY-----\n` };
}

/** Starts the launcher once; resolves with ms until the handshake line, then kills the process. */
export function timeOneStartup(clientPem: string, extraEnv: Record<string, string> = {}): Promise<{ ms: number; line: string }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(launcherPath(), [], {
      env: {
        ...process.env,
        [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE,
        PLUGIN_PROTOCOL_VERSIONS: '5,6',
        PLUGIN_CLIENT_CERT: clientPem,
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no handshake within 10 s; stderr:\n${err}`));
    }, 10_000);
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', (d) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl >= 0) {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        clearTimeout(timer);
        child.kill('SIGKILL');
        resolve({ ms, line: out.slice(0, nl) });
      }
    });
    child.on('exit', (code) => {
      if (!out.includes('\n')) {
        clearTimeout(timer);
        reject(new Error(`provider exited with ${code} before the handshake; stderr:\n${err}`));
      }
    });
  });
}

function percentile(sorted: number[], p: number): number {
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

export async function measureProviderStartup(runs = 20): Promise<StartupStats> {
  if (!fs.existsSync(BUNDLE) || !fs.existsSync(launcherPath())) await buildProvider({ quiet: true });
  const pem = await makeClientCertPem();
  await timeOneStartup(pem); // warm the OS file cache; not counted
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((await timeOneStartup(pem)).ms);
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    median: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
    runs,
    samples: samples.map(round),
  };
}

if (require.main === module) {
  const runs = Number(process.argv[2]) || 20;
  measureProviderStartup(runs)
    .then((s) => {
      process.stdout.write(
        `provider start-up (exec -> handshake line, mTLS on, ${s.runs} runs): median ${s.median} ms, p90 ${s.p90} ms ` +
          `(min ${s.min}, max ${s.max}; target median <= 400 ms)\n`,
      );
    })
    .catch((err) => {
      process.stderr.write(`${(err as Error).message}\n`);
      process.exit(1);
    });
}

