/**
 * The "parity with the real provider" part of docs/ (used by generate-docs.ts): for each served
 * type, every argument the real aliyun/alicloud provider documents (provider/facts/<type>.json)
 * with what the sandbox does with it, read from the definitions themselves:
 *
 *   - modelled: the sandbox sends it to its API and reads it back (behaviour included);
 *   - accepted only: planned, kept and read back, without its effect (AttributeSchema.acceptedOnly);
 *   - not yet: Terraform refuses a configuration that sets it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BlockSchema } from '../provider/framework/types';

const FACTS_DIR = path.join(__dirname, '..', 'provider', 'facts');

interface FactArgument {
  name: string;
  required: boolean;
  force_new: boolean;
  deprecated: boolean;
  removed?: boolean;
  replacement?: string;
  nested?: FactArgument[];
}
interface FactAttribute {
  name: string;
  nested?: FactAttribute[];
}

export type Support = 'modelled' | 'accepted only' | 'not yet';

export interface ParityRow {
  name: string;
  required: boolean;
  deprecated: string;
  realForceNew: boolean;
  forceNew: boolean | undefined;
  support: Support;
}

export function loadFacts(type: string): { arguments: FactArgument[]; attributes: FactAttribute[] } | undefined {
  const file = path.join(FACTS_DIR, `${type}.json`);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

/** One row per documented argument (nested ones as dotted paths), with the sandbox's support. */
export function parityRows(args: FactArgument[], def: BlockSchema | undefined, prefix = '', accepted = false): ParityRow[] {
  const rows: ParityRow[] = [];
  for (const a of args) {
    if (a.removed) continue;
    const attr = def?.attributes[a.name];
    const block = def?.blocks?.[a.name];
    const acceptedHere = accepted || !!attr?.acceptedOnly || !!block?.acceptedOnly;
    const support: Support = !attr && !block ? 'not yet' : acceptedHere ? 'accepted only' : 'modelled';
    const forceNew = attr ? !!attr.forceNew : block ? Object.values(block.block.attributes).some((x) => x.forceNew) : undefined;
    rows.push({
      name: prefix + a.name,
      required: a.required,
      deprecated: a.deprecated ? (a.replacement ? `deprecated (→ \`${a.replacement}\`)` : 'deprecated') : '',
      realForceNew: a.force_new,
      forceNew,
      support,
    });
    if (a.nested?.length && block) rows.push(...parityRows(a.nested, block.block, `${prefix}${a.name}.`, acceptedHere));
  }
  return rows;
}

export function parityCounts(rows: ParityRow[]): Record<Support, number> {
  const out: Record<Support, number> = { modelled: 0, 'accepted only': 0, 'not yet': 0 };
  for (const r of rows) out[r.support]++;
  return out;
}

/** The page section: a table of the documented arguments and the attributes the sandbox lacks. */
export function paritySection(type: string, def: BlockSchema | undefined, kind: 'resource' | 'data source'): string[] {
  const facts = loadFacts(type);
  if (!facts) return [];
  const rows = parityRows(facts.arguments, def);
  const c = parityCounts(rows);
  const out = ['## Parity with the real provider', ''];
  out.push(
    `The real aliyun/alicloud provider documents ${rows.length} arguments for this ${kind}: ${c.modelled} modelled, ` +
      `${c['accepted only']} accepted only (planned, kept and read back without their effect), ${c['not yet']} not yet accepted.`,
    '',
  );
  const yesNo = (v: boolean | undefined) => (v === undefined ? '' : v ? 'yes' : 'no');
  if (kind === 'resource') {
    out.push('| Argument | Required | Real provider replaces on change | Sandbox replaces on change | Support |', '| --- | --- | --- | --- | --- |');
    for (const r of rows) out.push(`| \`${r.name}\`${r.deprecated ? ` ${r.deprecated}` : ''} | ${yesNo(r.required)} | ${yesNo(r.realForceNew)} | ${yesNo(r.forceNew)} | ${r.support} |`);
  } else {
    out.push('| Argument | Required | Support |', '| --- | --- | --- |');
    for (const r of rows) out.push(`| \`${r.name}\`${r.deprecated ? ` ${r.deprecated}` : ''} | ${yesNo(r.required)} | ${r.support} |`);
  }
  const missing = facts.attributes.filter((a) => !def?.attributes[a.name] && !def?.blocks?.[a.name]).map((a) => `\`${a.name}\``);
  out.push('', `Documented attributes not yet exported: ${missing.length ? missing.join(', ') : 'none'}.`, '');
  return out;
}

/** docs/parity.md: the counts for every served type. */
export function parityPage(types: Array<{ name: string; kind: 'resource' | 'data source'; def: BlockSchema | undefined }>): string {
  const out = [
    '# Parity with the real aliyun/alicloud provider',
    '',
    'For each served type, how many of the arguments the real provider documents (kept as facts in',
    '`provider/facts/`) the sandbox models, accepts only (planned, kept and read back, without their',
    'effect), or does not accept yet. Each type\'s page lists them one by one.',
    '',
    '| Type | Kind | Modelled | Accepted only | Not yet |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const t of types) {
    const facts = loadFacts(t.name);
    if (!facts) {
      out.push(`| \`${t.name}\` | ${t.kind} | no facts | | |`);
      continue;
    }
    const c = parityCounts(parityRows(facts.arguments, t.def));
    out.push(`| \`${t.name}\` | ${t.kind} | ${c.modelled} | ${c['accepted only']} | ${c['not yet']} |`);
  }
  out.push('');
  return out.join('\n');
}
