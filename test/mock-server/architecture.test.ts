/**
 * The sandbox's layering, checked on the import graph of mock-server/ (type-only imports
 * included, read with the TypeScript compiler's own pre-processor): no import cycles, the wire
 * never imports the action layer, the domain never imports Express, lowdb or actions, and the
 * resource families depend on each other one way only.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../mock-server');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Module specifiers a file imports or re-exports, `import type` included. */
function specifiers(file: string): string[] {
  return ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  return [`${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
}

const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');

const files = sourceFiles(ROOT);
const graph = new Map<string, { local: string[]; packages: string[] }>();
for (const f of files) {
  const specs = specifiers(f);
  graph.set(rel(f), {
    local: specs.map((s) => resolve(f, s)).filter((x): x is string => !!x && x.startsWith(ROOT)).map(rel),
    packages: specs.filter((s) => !s.startsWith('.')),
  });
}

/** Every cycle found by a depth-first search, as a path of files. */
function cycles(edges: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of edges.get(n) ?? []) {
      if (state.get(m) === 'open') found.push([...stack.slice(stack.indexOf(m)), m]);
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of edges.keys()) if (!state.has(n)) visit(n);
  return found;
}

const FAMILY_ROOTS = ['vpc/', 'ecs/', 'sandbox/'];
/** The family folder a file belongs to (vpc/vswitch, ecs/instance, sandbox), or undefined. */
function familyOf(file: string): string | undefined {
  if (!FAMILY_ROOTS.some((r) => file.startsWith(r))) return undefined;
  const parts = file.split('/');
  return parts[0] === 'sandbox' ? 'sandbox' : parts.length > 2 ? `${parts[0]}/${parts[1]}` : undefined;
}

describe('mock-server architecture', () => {
  it('reads a real import graph', () => {
    assert.ok(graph.size > 40, `${graph.size} files`);
    assert.ok(graph.get('app.ts')!.local.includes('wire/http-app.ts'));
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    const cyclic = new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']]]);
    assert.deepEqual(cycles(cyclic), [['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });

  it('has no import cycle, type-only imports included', () => {
    const edges = new Map([...graph].map(([f, g]) => [f, g.local]));
    assert.deepEqual(cycles(edges).map((c) => c.join(' → ')), []);
  });

  it('keeps the wire layer free of actions, the domain and the families', () => {
    const bad = [...graph]
      .filter(([f]) => f.startsWith('wire/'))
      .flatMap(([f, g]) => g.local.filter((d) => !d.startsWith('wire/') && d !== 'errors.ts').map((d) => `${f} → ${d}`));
    assert.deepEqual(bad, []);
  });

  it('keeps domain rules free of Express, lowdb, the wire and the action layer', () => {
    const isDomain = (f: string) => f.startsWith('domain/') || (familyOf(f) !== undefined && /\/(domain|links|rules|changes|addresses|query|lookup)\.ts$/.test(f));
    const bad = [...graph]
      .filter(([f]) => isDomain(f))
      .flatMap(([f, g]) => [
        ...g.packages.filter((p) => /^(express|lowdb)/.test(p)),
        ...g.local.filter((d) => d.startsWith('actions/') || d.startsWith('wire/') || d === 'families.ts' || (familyOf(d) !== undefined && /(actions|shapes|index)\.ts$/.test(d))),
      ].map((d) => `${f} → ${d}`));
    assert.deepEqual(bad, []);
  });

  it('lets the resource families depend on each other one way only (record types aside)', () => {
    const edges = new Map<string, string[]>();
    for (const [f, g] of graph) {
      const from = familyOf(f);
      if (!from) continue;
      const to = g.local.filter((d) => !d.endsWith('/records.ts')).map(familyOf).filter((x): x is string => !!x && x !== from);
      edges.set(from, [...new Set([...(edges.get(from) ?? []), ...to])]);
    }
    assert.ok(edges.get('vpc/vswitch')?.includes('vpc/vpc'), 'a VSwitch depends on its VPC');
    assert.deepEqual(cycles(edges).map((c) => c.join(' → ')), []);
    // A parent never imports its children's rules: the VPC family knows no other family's code.
    assert.deepEqual(edges.get('vpc/vpc'), []);
  });
});
