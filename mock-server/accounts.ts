import { readFileSync } from 'node:fs';
import type { Account, AccountDirectory } from './wire/signature';

/** The account every fresh sandbox has, so that examples and the demo work with no set-up. */
export const DEFAULT_ACCOUNT: Account = {
  accountId: '1000000000000001',
  accessKeyId: 'SANDBOXACCESSKEY',
  accessKeySecret: 'sandbox-secret',
};

export class Accounts implements AccountDirectory {
  private readonly byKey = new Map<string, Account>();

  constructor(accounts: Account[]) {
    for (const a of accounts) this.byKey.set(a.accessKeyId, a);
  }

  byAccessKeyId(accessKeyId: string): Account | undefined {
    return this.byKey.get(accessKeyId);
  }

  all(): Account[] {
    return [...this.byKey.values()];
  }

  /**
   * Reads an accounts file: a JSON array (or `{ "accounts": [...] }`) of
   * `{ "accessKeyId": "...", "accessKeySecret": "...", "accountId": "..." }`.
   * The default account is always present unless the file redefines its AccessKeyId.
   */
  static fromFile(file: string | undefined): Accounts {
    const list: Account[] = [DEFAULT_ACCOUNT];
    if (!file) return new Accounts(list);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new Error(`Cannot read the accounts file ${file}: ${(err as Error).message}. It must be JSON: [{"accessKeyId": "...", "accessKeySecret": "...", "accountId": "..."}].`);
    }
    const entries = Array.isArray(parsed) ? parsed : (parsed as { accounts?: unknown }).accounts;
    if (!Array.isArray(entries)) {
      throw new Error(`The accounts file ${file} must hold a JSON array of accounts, or {"accounts": [...]}.`);
    }
    entries.forEach((e, i) => {
      const a = e as Partial<Account>;
      for (const field of ['accessKeyId', 'accessKeySecret'] as const) {
        if (typeof a[field] !== 'string' || a[field]!.length === 0) {
          throw new Error(`The accounts file ${file}: entry ${i} has no "${field}" string.`);
        }
      }
      const accountId = a.accountId === undefined ? String(1000000000000002 + i) : String(a.accountId);
      list.push({ accessKeyId: a.accessKeyId!, accessKeySecret: a.accessKeySecret!, accountId });
    });
    return new Accounts(list);
  }
}
