/**
 * AutoMTLS: a throwaway server certificate for `localhost`, and the pinned client certificate.
 *
 * Terraform trusts exactly the certificate we print in the handshake and dials with ServerName
 * "localhost". ECDSA P-256 keys take about a millisecond to generate; RSA would cost seconds.
 */
import 'reflect-metadata'; // @peculiar/x509's DI container needs it loaded first
import { webcrypto, X509Certificate as NodeX509 } from 'node:crypto';
import * as x509 from '@peculiar/x509';

export interface ServerCertificate {
  /** PEM certificate and PKCS#8 PEM private key, for grpc-js. */
  certPem: string;
  keyPem: string;
  /** DER bytes of the certificate, for the handshake line. */
  der: Buffer;
}

let providerSet = false;

export async function generateServerCertificate(): Promise<ServerCertificate> {
  // The library is typed against the DOM Crypto; Node's webcrypto is the same API.
  const crypto = webcrypto as any;
  if (!providerSet) {
    x509.cryptoProvider.set(crypto);
    providerSet = true;
  }
  const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const keys = (await crypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: 'CN=localhost, O=alicloud-sandbox',
    // A little in the past so clock skew between Terraform and us cannot make it "not yet valid".
    notBefore: new Date(now - 5 * 60_000),
    notAfter: new Date(now + 24 * 3_600_000),
    keys,
    signingAlgorithm: alg,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment | x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.keyAgreement,
        true,
      ),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
      new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: 'localhost' }]),
    ],
  });
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', keys.privateKey);
  return {
    certPem: cert.toString('pem'),
    keyPem: toPem(Buffer.from(pkcs8), 'PRIVATE KEY'),
    der: Buffer.from(cert.rawData),
  };
}

/** Standard base64 without `=` padding, as go-plugin's handshake line requires. */
export function handshakeCertField(der: Uint8Array): string {
  return Buffer.from(der).toString('base64').replace(/=+$/, '');
}

/** DER of the (first) certificate in a PEM string; throws a readable error when it is not one. */
export function pemToDer(pem: string): Buffer {
  try {
    return Buffer.from(new NodeX509(pem).raw);
  } catch (err) {
    throw new Error(`PLUGIN_CLIENT_CERT is not a PEM certificate (${(err as Error).message}); Terraform sets it when AutoMTLS is on`);
  }
}

function toPem(der: Buffer, label: string): string {
  const b64 = der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}

function randomSerial(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] &= 0x7f; // keep the serial positive
  if (bytes[0] === 0) bytes[0] = 1;
  return Buffer.from(bytes).toString('hex');
}
