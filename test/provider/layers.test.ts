/**
 * The provider's layers point one way and its modules form no cycle, `import type` included:
 * protocol (the gRPC adapter and codecs) → framework; resources and data sources → shared →
 * framework/client; only the composition files at the top (main, plugin, compose,
 * serve-in-process) see everything.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..');
const PROVIDER = path.join(ROOT, 'provider');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'mirror' && e.name !== 'proto' && e.name !== 'facts') out.push(...sourceFiles(p));
    } else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Relative module specifiers of every import, export-from, import type, require() and import(). */
function specifiers(file: string): string[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      out.push(n.moduleSpecifier.text);
    } else if (ts.isCallExpression(n) && n.arguments.length === 1 && ts.isStringLiteral(n.arguments[0])) {
      if ((ts.isIdentifier(n.expression) && n.expression.text === 'require') || n.expression.kind === ts.SyntaxKind.ImportKeyword) {
        out.push(n.arguments[0].text);
      }
    } else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) {
      out.push(n.argument.literal.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out.filter((s) => s.startsWith('.'));
}

function resolve(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base + '.ts', path.join(base, 'index.ts'), base]) if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  return undefined;
}

const files = sourceFiles(PROVIDER);
const graph = new Map<string, string[]>();
for (const f of files) graph.set(f, specifiers(f).map((s) => resolve(f, s)).filter((x): x is string => !!x));

const rel = (f: string) => path.relative(ROOT, f);
const layerOf = (f: string) => {
  const r = path.relative(PROVIDER, f);
  return r.includes(path.sep) ? r.split(path.sep)[0] : 'top';
};

/** Which layers each layer may import (besides itself and network-rules/, outside provider/). */
const ALLOWED: Record<string, string[]> = {
  top: ['protocol', 'framework', 'client', 'shared', 'resources', 'data-sources'],
  protocol: ['framework'],
  framework: [],
  client: ['framework'],
  shared: ['framework', 'client'],
  resources: ['framework', 'client', 'shared'],
  'data-sources': ['framework', 'client', 'shared'],
};

describe('provider module layout', () => {
  it('finds the layers it checks (so the checks below cannot pass vacuously)', () => {
    const layers = new Set(files.map(layerOf));
    for (const l of Object.keys(ALLOWED)) assert.ok(layers.has(l), `no files in layer ${l}`);
    assert.ok([...graph.values()].some((deps) => deps.length > 0), 'no imports were found at all');
  });

  it('imports only downwards: protocol → framework, resources/data sources → shared → framework/client', () => {
    const wrong: string[] = [];
    for (const [f, deps] of graph) {
      const from = layerOf(f);
      for (const d of deps) {
        if (!d.startsWith(PROVIDER + path.sep)) continue; // network-rules/ and the like
        const to = layerOf(d);
        if (to !== from && !(ALLOWED[from] ?? []).includes(to)) wrong.push(`${rel(f)} (${from}) imports ${rel(d)} (${to})`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('has no import cycle, type imports included', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const d of graph.get(f) ?? []) {
        if (!graph.has(d)) continue;
        if (state.get(d) === 'open') cycles.push([...stack.slice(stack.indexOf(d)), d].map(rel).join(' → '));
        else if (!state.has(d)) visit(d);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of graph.keys()) if (!state.has(f)) visit(f);
    assert.deepEqual(cycles, []);
  });

  it('ships no test double: nothing under provider/ mentions alicloud_test_thing or its switch', () => {
    const offenders = files.filter((f) => /alicloud_test_thing|ALICLOUD_SANDBOX_TEST_RESOURCES/.test(fs.readFileSync(f, 'utf8')));
    assert.deepEqual(offenders.map(rel), []);
  });

  it('keeps hand-written files under 450 lines', () => {
    const long = files.map((f) => [rel(f), fs.readFileSync(f, 'utf8').split('\n').length] as const).filter(([, n]) => n > 450);
    assert.deepEqual(long, []);
  });
});
