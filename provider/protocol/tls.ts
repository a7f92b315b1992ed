/**
 * AutoMTLS: a throwaway server certificate for `localhost`, and the pinned client certificate.
 *
 * Terraform trusts exactly the certificate we print in the handshake and dials with ServerName
 * "localhost". ECDSA P-256 keys take about a millisecond to generate; RSA would cost seconds.
 *
 * The certificate is DER-encoded here by hand with node:crypto rather than with an X.509 library:
 * the one we used (@peculiar/x509 with its ASN.1 schema stack and DI container) cost 60–80 ms of
 * every provider start just to load, and Terraform starts the provider 3–4 times per apply. The
 * certificate's shape is fixed, so a few DER helpers suffice.
 */
import { generateKeyPairSync, randomBytes, sign, X509Certificate as NodeX509 } from 'node:crypto';

export interface ServerCertificate {
  /** PEM certificate and PKCS#8 PEM private key, for grpc-js. */
  certPem: string;
  keyPem: string;
  /** DER bytes of the certificate, for the handshake line. */
  der: Buffer;
}

export async function generateServerCertificate(): Promise<ServerCertificate> {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const now = Date.now();
  const name = seq(rdn(OID_CN, 'localhost'), rdn(OID_O, 'alicloud-sandbox'));
  const ecdsaWithSha256 = seq(oid('1.2.840.10045.4.3.2'));
  const tbs = seq(
    tlv(0xa0, integer(Buffer.from([2]))), // [0] EXPLICIT version: v3
    integer(randomSerial()),
    ecdsaWithSha256,
    name, // issuer: self-signed
    // A little in the past so clock skew between Terraform and us cannot make it "not yet valid".
    seq(time(new Date(now - 5 * 60_000)), time(new Date(now + 24 * 3_600_000))),
    name, // subject
    publicKey.export({ type: 'spki', format: 'der' }),
    tlv(
      0xa3, // [3] EXPLICIT extensions
      seq(
        extension('2.5.29.19', true, seq(tlv(0x01, Buffer.from([0xff])))), // basicConstraints: CA
        // keyUsage: digitalSignature(0) keyEncipherment(2) keyAgreement(4) keyCertSign(5) => 0xAC, 2 unused bits
        extension('2.5.29.15', true, tlv(0x03, Buffer.from([0x02, 0xac]))),
        extension('2.5.29.37', false, seq(oid('1.3.6.1.5.5.7.3.1'), oid('1.3.6.1.5.5.7.3.2'))), // serverAuth, clientAuth
        extension('2.5.29.17', false, seq(tlv(0x82, Buffer.from('localhost', 'ascii')))), // SAN dNSName
      ),
    ),
  );
  // node:crypto's ECDSA signature is already the DER Ecdsa-Sig-Value that X.509 expects.
  const signature = sign('sha256', tbs, privateKey);
  const der = seq(tbs, ecdsaWithSha256, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  return {
    certPem: toPem(der, 'CERTIFICATE'),
    keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    der,
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

function randomSerial(): Buffer {
  const bytes = randomBytes(16);
  bytes[0] &= 0x7f; // keep the serial positive
  if (bytes[0] === 0) bytes[0] = 1; // and minimally encoded (no leading zero octet)
  return bytes;
}

// ---- minimal DER ----

const OID_CN = '2.5.4.3';
const OID_O = '2.5.4.10';

function tlv(tag: number, body: Buffer): Buffer {
  const n = body.length;
  let len: Buffer;
  if (n < 0x80) len = Buffer.from([n]);
  else if (n < 0x100) len = Buffer.from([0x81, n]);
  else if (n < 0x10000) len = Buffer.from([0x82, n >> 8, n & 0xff]);
  else throw new Error('DER value too long');
  return Buffer.concat([Buffer.from([tag]), len, body]);
}

function seq(...items: Buffer[]): Buffer {
  return tlv(0x30, Buffer.concat(items));
}

/** INTEGER from unsigned big-endian bytes (callers pass minimal, positive encodings). */
function integer(bytes: Buffer): Buffer {
  return tlv(0x02, bytes[0] & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const out = [40 * parts[0] + parts[1]];
  for (const p of parts.slice(2)) {
    const chunk = [p & 0x7f];
    for (let v = Math.floor(p / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift((v & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

/** One RelativeDistinguishedName with a single UTF8String attribute. */
function rdn(type: string, value: string): Buffer {
  return tlv(0x31, seq(oid(type), tlv(0x0c, Buffer.from(value, 'utf8'))));
}

/** UTCTime (YYMMDDHHMMSSZ), which RFC 5280 requires for dates before 2050. */
function time(d: Date): Buffer {
  const iso = d.toISOString(); // 2024-01-02T03:04:05.678Z
  if (d.getUTCFullYear() >= 2050) {
    return tlv(0x18, Buffer.from(iso.slice(0, 19).replace(/[-:T]/g, '') + 'Z', 'ascii')); // GeneralizedTime
  }
  return tlv(0x17, Buffer.from(iso.slice(2, 19).replace(/[-:T]/g, '') + 'Z', 'ascii'));
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return seq(oid(id), ...(critical ? [tlv(0x01, Buffer.from([0xff]))] : []), tlv(0x04, value));
}
