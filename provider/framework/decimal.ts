/**
 * Decimal text of Terraform numbers. Terraform compares numbers with arbitrary precision, so the
 * planner's equality and the wire codec both compare numbers by their normalised decimal form.
 */
/** Normalised decimal: sign, significant digits without leading/trailing zeros, exponent. */
export function normalizeDecimal(s: string): string | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  let digits = (m[2] + (m[3] ?? '')).replace(/^0+/, '');
  let exp = Number(m[4] ?? 0) - (m[3] ?? '').length;
  if (digits === '') return '0';
  const trailing = /0*$/.exec(digits)![0].length;
  digits = digits.slice(0, digits.length - trailing);
  exp += trailing;
  return `${m[1] === '-' ? '-' : ''}${digits}e${exp}`;
}
