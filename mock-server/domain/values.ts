/**
 * Small predicates over request values that several families share.
 */

/** True for a parameter that was sent with a value: an empty string counts as not given. */
export function given(v: string | undefined): v is string {
  return v !== undefined && v !== '';
}
