/** Renders environment variables as commands for a shell to evaluate (`alicloud-sandbox env`). */

export const SHELLS = ['sh', 'fish', 'powershell'] as const;
export type Shell = (typeof SHELLS)[number];

/** A value safe to leave unquoted in sh and fish (paths, URLs, flags). */
const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

function quoteSh(value: string): string {
  return PLAIN.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

function quoteFish(value: string): string {
  return PLAIN.test(value) ? value : `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Export lines for `env`, preceded by unset lines for the names in `unset`. */
export function renderExports(env: Record<string, string>, shell: Shell = 'sh', unset: readonly string[] = []): string {
  const removals = unset.map((name) => {
    switch (shell) {
      case 'fish':
        return `set -e ${name};`;
      case 'powershell':
        return `Remove-Item Env:${name} -ErrorAction SilentlyContinue`;
      default:
        return `unset ${name}`;
    }
  });
  const lines = Object.entries(env).map(([name, value]) => {
    switch (shell) {
      case 'fish':
        return `set -gx ${name} ${quoteFish(value)};`;
      case 'powershell':
        return `$env:${name} = '${value.replace(/'/g, "''")}'`;
      default:
        return `export ${name}=${quoteSh(value)}`;
    }
  });
  return `${[...removals, ...lines].join('\n')}\n`;
}
