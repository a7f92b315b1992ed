/** Validation of a snapshot read from outside (SandboxImportState). */

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * Checks that a value read from outside (an imported snapshot) has the PersistedState shape:
 * `{formatVersion: 1, seq, accounts: {account: {region: {table: {id: row}}}}}`, where every row is
 * an object whose `id` equals its key. Returns a description of the first problem, or undefined.
 * `isRegion` says which region keys are acceptable ('' holds non-regional data).
 */
export function describeStateProblem(value: unknown, isRegion: (region: string) => boolean = () => true): string | undefined {
  if (!isPlainObject(value)) return 'the snapshot is not a JSON object';
  for (const key of Object.keys(value)) {
    if (!['formatVersion', 'seq', 'accounts'].includes(key)) return `unknown top-level field "${key}"`;
  }
  if (value.formatVersion !== 1) return '"formatVersion" must be 1';
  if (value.seq !== undefined && !(Number.isSafeInteger(value.seq) && (value.seq as number) >= 0)) return '"seq" must be a non-negative integer';
  if (!isPlainObject(value.accounts)) return '"accounts" must be an object';
  const badKey = (k: string) => k.length === 0 || k.length > 256 || RESERVED_KEYS.has(k);
  for (const [account, regions] of Object.entries(value.accounts)) {
    if (badKey(account)) return `account key "${account}" is not allowed`;
    if (!isPlainObject(regions)) return `accounts["${account}"] must be an object of regions`;
    for (const [region, tables] of Object.entries(regions)) {
      if (RESERVED_KEYS.has(region) || !isRegion(region)) return `accounts["${account}"]: "${region}" is not a region the sandbox serves`;
      if (!isPlainObject(tables)) return `accounts["${account}"]["${region}"] must be an object of tables`;
      for (const [table, rows] of Object.entries(tables)) {
        if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(table)) return `table name "${table}" is not allowed`;
        if (!isPlainObject(rows)) return `table ${account}/${region}/${table} must be an object of rows keyed by id`;
        for (const [id, row] of Object.entries(rows)) {
          if (badKey(id)) return `row key "${id}" in ${account}/${region}/${table} is not allowed`;
          if (!isPlainObject(row)) return `row "${id}" in ${account}/${region}/${table} is not an object`;
          if (row.id !== id) return `row "${id}" in ${account}/${region}/${table} has id ${JSON.stringify(row.id)}; a row's id must equal its key`;
        }
      }
    }
  }
  return undefined;
}
