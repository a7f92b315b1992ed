import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Resource ids shaped like the real cloud's: a type prefix (`vpc-`, `vsw-`, `vtb-`, `vrt-`, `i-`,
 * `sg-` …) and a random lower-case body. Real ids encode the region in their first characters;
 * the sandbox does not (a documented difference).
 */
export function newId(prefix: string, length = 20): string {
  const bytes = randomBytes(length);
  let body = '';
  for (let i = 0; i < length; i++) body += ALPHABET[bytes[i] % ALPHABET.length];
  return `${prefix}-${body}`;
}

/** The real API's time format: UTC without milliseconds, e.g. 2026-01-02T15:04:05Z. */
export function isoTime(ms: number): string {
  // Listings format the same creation times over and over (DescribeVpcs renders ten per call), and
  // Date formatting showed up in profiles, so remember recent results.
  const second = Math.floor(ms / 1000);
  let text = isoTimeCache.get(second);
  if (text === undefined) {
    text = new Date(second * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    if (isoTimeCache.size >= 10_000) isoTimeCache.clear();
    isoTimeCache.set(second, text);
  }
  return text;
}

const isoTimeCache = new Map<number, string>();
