/**
 * Numbers on the wire. Terraform sends an int when the number fits int64, a float64 when float64
 * holds it exactly, and otherwise a decimal string (0.1 arrives as "0.1"). Terraform compares plans
 * with arbitrary precision, so echoing "0.1" back as the double 0.1 would change the value. We
 * decode to a JS number whenever that is lossless at the decimal level, and keep a decimal *string*
 * otherwise (huge integers, more than 17 significant digits). On encode, a non-integer JS number
 * goes out as float64 only when its shortest decimal form is exactly the double; otherwise as the
 * shortest decimal string, which is what Terraform itself would have sent for that literal.
 */
import { normalizeDecimal } from '../framework/decimal';
import { describeValue } from './wire-type';

/** The exact decimal value of a finite double, as a normalised decimal. */
function exactDecimalOfDouble(n: number): string {
  if (n === 0) return '0';
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, n);
  const bits = buf.getBigUint64(0);
  const sign = bits >> 63n ? '-' : '';
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let e2: number;
  if (expBits === 0) e2 = -1074;
  else {
    mant |= 1n << 52n;
    e2 = expBits - 1075;
  }
  // value = mant * 2^e2
  if (e2 >= 0) return normalizeDecimal(sign + (mant << BigInt(e2)).toString())!;
  // mant * 2^e2 = mant * 5^-e2 / 10^-e2
  const scaled = mant * 5n ** BigInt(-e2);
  return normalizeDecimal(`${sign}${scaled.toString()}e${e2}`)!;
}

/** Whether String(n) is exactly the double n (so float64 and the decimal string are the same value). */
function doubleIsExactDecimal(n: number): boolean {
  return normalizeDecimal(String(n)) === exactDecimalOfDouble(n);
}

/** A number as it should go on the wire: int, float64, or decimal string. */
export function encodeNumber(v: number | string): number | string {
  if (typeof v === 'string') {
    if (normalizeDecimal(v) === undefined) throw new TypeError(`expected a number, got the string "${v}"`);
    return v;
  }
  if (!Number.isFinite(v)) {
    if (Number.isNaN(v)) throw new TypeError('NaN is not a valid Terraform number; return null or a finite number');
    return v; // ±Inf as float64, which go-cty accepts
  }
  if (Number.isInteger(v)) return v; // safe ints as int; larger integral doubles as float64 (exact)
  return doubleIsExactDecimal(v) ? v : String(v);
}

/** A decoded wire number (int, bigint, float64 or decimal string) as a Value. */
export function decodeNumber(raw: unknown, path: string): number | string {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'bigint') {
    const n = Number(raw);
    return Number.isSafeInteger(n) ? n : raw.toString();
  }
  if (typeof raw === 'string') {
    const norm = normalizeDecimal(raw);
    if (norm === undefined) throw new TypeError(`${path}: "${raw}" is not a number`);
    const n = Number(raw);
    if (Number.isFinite(n) && normalizeDecimal(String(n)) === norm) return n;
    return raw;
  }
  throw new TypeError(`${path}: expected a number, got ${describeValue(raw)}`);
}
