/**
 * TEST-ONLY STAND-IN for hashicorp/random. It exists because this machine has no registry: the
 * community modules the corpus runs declare `resource "random_uuid"` / `"random_integer"`, and
 * Terraform cannot install hashicorp/random offline. A user's machine installs the real provider
 * from the registry as usual (the wrapper's CLI configuration sends only the alicloud addresses to
 * the sandbox's mirror; every other provider goes `direct`). Nothing here ships.
 *
 * The four resources keep the real provider's argument and attribute names and its plan
 * behaviour: every argument forces replacement (so does any change to `keepers`), and the random
 * values are unknown until apply, then kept in state (read() returns the state as it is: there is
 * nothing remote to refresh). Built on the sandbox provider's own framework.
 *
 * Deliberate differences, harmless for tests: the values come from node:crypto, and a `seed` on
 * random_integer drives our own generator, so a seeded result is stable here but not the number
 * the real provider would pick for the same seed. Import is not offered.
 */
import { randomBytes, randomInt, randomUUID, createHash } from 'node:crypto';
import type { AttributeSchema, ObjectValue, ResourceDefinition } from '../../../provider/framework/types';

const keepers: AttributeSchema = {
  type: ['map', 'string'],
  description: 'Arbitrary values; a change to any of them replaces the resource (a new random value).',
  optional: true,
  forceNew: true,
};

const computedString = (description: string): AttributeSchema => ({ type: 'string', description, computed: true, useStateForUnknown: true });

/** Nothing remote: the state is the truth. */
const readBack = async (_ctx: unknown, state: ObjectValue): Promise<ObjectValue> => state;
const nothingToDelete = async (): Promise<void> => undefined;

export const randomUuid: ResourceDefinition = {
  typeName: 'random_uuid',
  schema: {
    description: 'A random version-4 UUID (test stand-in for hashicorp/random).',
    attributes: { keepers, result: computedString('The generated UUID.') },
  },
  async create(_ctx, planned) {
    const uuid = randomUUID();
    return { ...planned, id: uuid, result: uuid };
  },
  read: readBack,
  delete: nothingToDelete,
};

/** A deterministic integer in [min, max] from a seed string (our generator, not the real provider's). */
function seededInt(seed: string, min: number, max: number): number {
  const n = createHash('sha256').update(seed).digest().readUInt32BE(0);
  return min + (n % (max - min + 1));
}

export const randomInteger: ResourceDefinition = {
  typeName: 'random_integer',
  schema: {
    description: 'A random integer between min and max, both included (test stand-in for hashicorp/random).',
    attributes: {
      min: { type: 'number', description: 'The lowest value.', required: true, forceNew: true },
      max: { type: 'number', description: 'The highest value.', required: true, forceNew: true },
      seed: { type: 'string', description: 'Makes the result repeatable.', optional: true, forceNew: true },
      keepers,
      result: { type: 'number', description: 'The generated integer.', computed: true, useStateForUnknown: true },
    },
  },
  validateConfig(config) {
    const { min, max } = config;
    if (typeof min === 'number' && typeof max === 'number' && max < min) {
      return [{ severity: 'error', summary: 'Invalid random_integer bounds', detail: `max (${max}) is below min (${min}); set max to at least min`, attribute: ['max'] }];
    }
    return [];
  },
  async create(_ctx, planned) {
    const min = Number(planned.min);
    const max = Number(planned.max);
    const result = typeof planned.seed === 'string' ? seededInt(planned.seed, min, max) : randomInt(min, max + 1);
    return { ...planned, id: String(result), result };
  },
  read: readBack,
  delete: nothingToDelete,
};

const flag = (description: string, deprecated = false): AttributeSchema => ({ type: 'bool', description, optional: true, computed: true, default: true, forceNew: true, deprecated });
const atLeast = (description: string): AttributeSchema => ({ type: 'number', description, optional: true, computed: true, default: 0, forceNew: true });

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const SPECIAL = '!@#$%&*()-_=+[]{}<>:?';

function pick(chars: string, n: number): string[] {
  return Array.from({ length: n }, () => chars[randomInt(chars.length)]);
}

export const randomString: ResourceDefinition = {
  typeName: 'random_string',
  schema: {
    description: 'A random string of letters, digits and special characters (test stand-in for hashicorp/random).',
    attributes: {
      length: { type: 'number', description: 'Length of the string.', required: true, forceNew: true },
      keepers,
      upper: flag('Include upper-case letters.'),
      lower: flag('Include lower-case letters.'),
      numeric: flag('Include digits.'),
      number: flag('Include digits (deprecated: use numeric).', true),
      special: flag('Include special characters.'),
      min_upper: atLeast('At least this many upper-case letters.'),
      min_lower: atLeast('At least this many lower-case letters.'),
      min_numeric: atLeast('At least this many digits.'),
      min_special: atLeast('At least this many special characters.'),
      override_special: { type: 'string', description: 'The special characters to use instead of the default set.', optional: true, forceNew: true },
      result: computedString('The generated string.'),
    },
  },
  async create(_ctx, p) {
    const special = typeof p.override_special === 'string' ? p.override_special : SPECIAL;
    const digits = p.numeric !== false && p.number !== false;
    const sets: Array<[boolean, string, number]> = [
      [p.upper !== false, UPPER, Number(p.min_upper ?? 0)],
      [p.lower !== false, LOWER, Number(p.min_lower ?? 0)],
      [digits, DIGITS, Number(p.min_numeric ?? 0)],
      [p.special !== false && special.length > 0, special, Number(p.min_special ?? 0)],
    ];
    const length = Number(p.length);
    const chars = sets.flatMap(([on, set, min]) => (on ? pick(set, min) : []));
    const all = sets.filter(([on]) => on).map(([, set]) => set).join('');
    chars.push(...pick(all, Math.max(0, length - chars.length)));
    // Shuffle so that the minimum counts are not all at the front.
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    const result = chars.join('');
    return { ...p, id: result, result, number: digits, numeric: digits };
  },
  read: readBack,
  delete: nothingToDelete,
};

export const randomId: ResourceDefinition = {
  typeName: 'random_id',
  schema: {
    description: 'Random bytes in several encodings (test stand-in for hashicorp/random).',
    attributes: {
      byte_length: { type: 'number', description: 'Number of random bytes.', required: true, forceNew: true },
      prefix: { type: 'string', description: 'Prefix of the hex and decimal forms.', optional: true, forceNew: true },
      keepers,
      b64_url: computedString('URL-safe base64, unpadded (also the id).'),
      b64_std: computedString('Standard base64, padded.'),
      hex: computedString('Hexadecimal, after the prefix.'),
      dec: computedString('Decimal, after the prefix.'),
    },
  },
  async create(_ctx, planned) {
    const bytes = randomBytes(Number(planned.byte_length));
    const prefix = typeof planned.prefix === 'string' ? planned.prefix : '';
    const b64Url = bytes.toString('base64url');
    return {
      ...planned,
      id: b64Url,
      b64_url: b64Url,
      b64_std: bytes.toString('base64'),
      hex: prefix + bytes.toString('hex'),
      dec: prefix + (bytes.length ? BigInt(`0x${bytes.toString('hex')}`).toString() : '0'),
    };
  },
  read: readBack,
  delete: nothingToDelete,
};

export const randomResources: ResourceDefinition[] = [randomUuid, randomInteger, randomString, randomId];
