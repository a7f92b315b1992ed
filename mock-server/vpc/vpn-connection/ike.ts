/**
 * IkeConfig / IpsecConfig: JSON objects with PascalCase keys. Only the real values are accepted,
 * and what is left out gets the real default: IKEv1, main mode, AES, SHA1, DH group 2, 86400 s,
 * and a random 16-character pre-shared key. (SHA1 is the guide's value; some API pages say md5.)
 * Keys the API does not know are refused, so that a typo never silently keeps a default.
 */
import { randomBytes } from 'node:crypto';
import { InvalidParameter } from '../../errors';
import type { IkeConfig, IpsecConfig } from './records';

const ENC = ['aes', 'aes192', 'aes256', 'des', '3des', 'sm4'];
const AUTH = ['md5', 'sha1', 'sha256', 'sha384', 'sha512', 'sm3'];
const PFS = ['group1', 'group2', 'group5', 'group14', 'group24'];

interface Field {
  values?: readonly string[];
  lifetime?: boolean;
  maxLength?: number;
}

const IKE_FIELDS: Record<keyof IkeConfig, Field> = {
  IkeVersion: { values: ['ikev1', 'ikev2'] },
  IkeMode: { values: ['main', 'aggressive'] },
  IkeEncAlg: { values: ENC },
  IkeAuthAlg: { values: AUTH },
  IkePfs: { values: PFS },
  IkeLifetime: { lifetime: true },
  LocalId: { maxLength: 100 },
  RemoteId: { maxLength: 100 },
  Psk: { maxLength: 100 },
};

const IPSEC_FIELDS: Record<keyof IpsecConfig, Field> = {
  IpsecEncAlg: { values: ENC },
  IpsecAuthAlg: { values: AUTH },
  IpsecPfs: { values: ['disabled', ...PFS] },
  IpsecLifetime: { lifetime: true },
};

const PSK_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A random 16-character pre-shared key, as the real API generates when none is given. */
export function randomPsk(): string {
  const bytes = randomBytes(16);
  let out = '';
  for (const b of bytes) out += PSK_ALPHABET[b % PSK_ALPHABET.length];
  return out;
}

function parseObject(param: string, text: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InvalidParameter(`The parameter "${param}" is not valid JSON: give an object such as {"IkeVersion":"ikev2","Psk":"..."} (got "${text.slice(0, 60)}").`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InvalidParameter(`The parameter "${param}" must be a JSON object with PascalCase keys, such as {"IkeVersion":"ikev2"}.`);
  }
  return parsed as Record<string, unknown>;
}

function readFields<T extends object>(param: string, text: string | undefined, fields: Record<keyof T, Field>): Partial<T> {
  if (text === undefined || text.trim() === '') return {};
  const obj = parseObject(param, text);
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(obj)) {
    const field = (fields as Record<string, Field>)[key];
    if (!field) {
      throw new InvalidParameter(`The key "${key.slice(0, 40)}" of ${param} is not supported: use ${Object.keys(fields).join(', ')}.`);
    }
    if (raw === null || raw === '') continue;
    if (field.lifetime) {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
      if (!Number.isInteger(n) || n < 0 || n > 86400) {
        throw new InvalidParameter(`The ${param}.${key} ${JSON.stringify(raw).slice(0, 40)} is invalid: give a number of seconds from 0 to 86400.`);
      }
      out[key] = n;
      continue;
    }
    if (typeof raw !== 'string') {
      throw new InvalidParameter(`The ${param}.${key} must be a string, got ${JSON.stringify(raw).slice(0, 40)}.`);
    }
    if (field.values) {
      const hit = field.values.find((v) => v.toLowerCase() === raw.toLowerCase());
      if (!hit) throw new InvalidParameter(`The ${param}.${key} "${raw.slice(0, 40)}" is not supported: use one of ${field.values.join(', ')}.`);
      out[key] = hit;
      continue;
    }
    if (raw.length > (field.maxLength ?? 100) || (key === 'Psk' && !/^[\x21-\x7e]+$/.test(raw))) {
      throw new InvalidParameter(`The ${param}.${key} is invalid: use 1 to ${field.maxLength ?? 100} visible ASCII characters${key === 'Psk' ? ' (no spaces)' : ''}.`);
    }
    out[key] = raw;
  }
  return out as Partial<T>;
}

/** The IKE settings a create or modify asks for, over `base` (the defaults, or the current settings). */
export function ikeConfigFrom(text: string | undefined, base: IkeConfig): IkeConfig {
  return { ...base, ...readFields<IkeConfig>('IkeConfig', text, IKE_FIELDS) };
}

export function ipsecConfigFrom(text: string | undefined, base: IpsecConfig): IpsecConfig {
  return { ...base, ...readFields<IpsecConfig>('IpsecConfig', text, IPSEC_FIELDS) };
}

export function defaultIkeConfig(localId: string, remoteId: string): IkeConfig {
  return {
    IkeVersion: 'ikev1',
    IkeMode: 'main',
    IkeEncAlg: 'aes',
    IkeAuthAlg: 'sha1',
    IkePfs: 'group2',
    IkeLifetime: 86400,
    LocalId: localId,
    RemoteId: remoteId,
    Psk: randomPsk(),
  };
}

export const DEFAULT_IPSEC_CONFIG: IpsecConfig = { IpsecEncAlg: 'aes', IpsecAuthAlg: 'sha1', IpsecPfs: 'group2', IpsecLifetime: 86400 };
