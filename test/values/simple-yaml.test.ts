import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Document, LineCounter, isAlias, isCollection, isMap, isPair, isScalar, isSeq, parseAllDocuments, visit } from 'yaml';
import { generateConfig } from '../../bench/gen-config.mjs';
import { CORE_TESTS, parseSimpleYaml, scanSimpleYaml } from '../../src/values/simple-yaml.js';
import { SourceFile } from '../../src/values/source-file.js';

/**
 * The fast path for plain YAML (src/values/simple-yaml.ts) must give exactly what `yaml` gives:
 * for every text it accepts, the nodes (class, range, value, source, type, format, …), the documents,
 * the line starts, the JS values and the collection starts the indentation check reads. Checked on
 * every YAML file of the repository, on generated configs and on random texts near the subset.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OPTIONS = { merge: true, prettyErrors: false } as const;

/** A line per fact about a node tree: what two parses must agree on. */
function describeNode(n: unknown, out: string[], path: string): void {
  if (n === null || typeof n !== 'object') {
    out.push(`${path} = ${JSON.stringify(n)}`);
    return;
  }
  const kind = isMap(n) ? 'map' : isSeq(n) ? 'seq' : isScalar(n) ? 'scalar' : isPair(n) ? 'pair' : isAlias(n) ? 'alias' : '?';
  out.push(`${path} :: ${kind} ${(n as object).constructor.name}`);
  for (const [k, v] of Object.entries(n)) {
    if (k === 'items') (v as unknown[]).forEach((it, i) => describeNode(it, out, `${path}[${i}]`));
    else if ((k === 'key' || k === 'value') && !isScalar(n)) describeNode(v, out, `${path}.${k}`);
    else out.push(`${path}.${k} = ${typeof v === 'number' && !Number.isFinite(v) ? String(v) : JSON.stringify(v)} (${typeof v})`);
  }
  if (isCollection(n)) out.push(`${path} schema ${(n as { schema?: { name: string } }).schema?.name}`);
}

/** JSON that tells NaN, ±Infinity and -0 apart */
const exact = (v: unknown) =>
  JSON.stringify(v, (_k, x: unknown) => (typeof x === 'number' && (!Number.isFinite(x) || Object.is(x, -0)) ? `#${Object.is(x, -0) ? '-0' : String(x)}` : x));

function describeDocs(docs: Document.Parsed[], lines: LineCounter): string[] {
  const out: string[] = [];
  docs.forEach((d, i) => {
    for (const [k, v] of Object.entries(d)) {
      if (k === 'contents') describeNode(v, out, `doc${i}`);
      else if (k === 'options') {
        const { lineCounter: _lc, _directives, ...rest } = v as Record<string, unknown>;
        out.push(`doc${i}.options = ${JSON.stringify(rest)} ${Object.keys(v as object).join(',')} ${JSON.stringify(_directives)}`);
      } else out.push(`doc${i}.${k} = ${JSON.stringify(v)}`);
    }
    out.push(`doc${i}.toJS = ${exact(d.toJS({ maxAliasCount: 100 }))}`);
    out.push(`doc${i}.toString = ${JSON.stringify(String(d))}`);
  });
  out.push(`lineStarts = ${JSON.stringify(lines.lineStarts)}`);
  return out;
}

function reference(text: string) {
  const lines = new LineCounter();
  const parsed = parseAllDocuments(text, { ...OPTIONS, lineCounter: lines }) as unknown as Document.Parsed[] | Document.Parsed;
  const docs = Array.isArray(parsed) ? parsed : [parsed];
  const collections = docs.map((d) => {
    const starts: number[] = [];
    visit(d, {
      Map: (_k, n) => void (!n.flow && n.range && starts.push(n.range[0])),
      Seq: (_k, n) => void (!n.flow && n.range && starts.push(n.range[0])),
    });
    return starts;
  });
  return { docs, lines, collections, clean: docs.every((d) => d.errors.length === 0 && d.warnings.length === 0) };
}

/** 'bail' when the fast path leaves the text to yaml; else 'same', or throws where they differ. */
function compare(text: string): 'bail' | 'same' {
  const lines = new LineCounter();
  const fast = parseSimpleYaml(text, { ...OPTIONS, lineCounter: lines });
  const scan = scanSimpleYaml(text);
  expect(scan === undefined, 'scan and parse accept the same texts').toBe(fast === undefined);
  if (!fast || !scan) return 'bail';
  const ref = reference(text);
  expect(ref.clean, `accepted a text with errors or warnings: ${JSON.stringify(text)}`).toBe(true);
  expect(describeDocs(fast, lines)).toEqual(describeDocs(ref.docs, ref.lines));
  expect(exact(scan.values)).toBe(exact(ref.docs.map((d) => d.toJS({ maxAliasCount: 100 }))));
  expect(scan.values.map((v) => (v && typeof v === 'object' ? Object.keys(v) : []))).toEqual(
    ref.docs.map((d) => {
      const v = d.toJS() as unknown;
      return v && typeof v === 'object' ? Object.keys(v) : [];
    }),
  );
  expect(scan.collections).toEqual(ref.collections);
  expect(scan.lineStarts).toEqual(ref.lines.lineStarts);
  return 'same';
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.(ya?ml|json)$/.test(name)) out.push(p);
  }
  return out;
}

/** mulberry32: a small seeded generator, so the random cases are the same on every run */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCALARS = [
  'a', 'b c', '1', '01', '0x1F', '0o17', '1e3', '1.5', '.5', '-1', '+2', '-.5', '.inf', '-.inf', '.nan', 'true', 'True', 'FALSE', 'null', 'Null', '~', '',
  'x:y', 'http://a/b', 'a - b', "it's", 'a"b', '[x]', 'a[0]', '{a}', 'a, b', '-x', '- x', '? x', '!t', '&a', '*a', '|', '>', '@x', '`x', '%x', 'a  b', 'a:',
  ':a', '"q"', "'s'", '"a\\nb"', "'it''s'", '"', "'", '""', "''", '10.0.0.1-10.0.0.9', '10.0.0.0/24', '2001:db8::/64', 'fd00::1', '2001-12-14', '0b101', '1_000', '0.', '1.',
  'yes', 'No', '---', '...', '-', '<<', 'constructor', '__proto__', 'toString', 'a #b', 'tab\there',
];
const KEYS = ['a', 'b', 'kind', 'name', '1', '01', '1.0', 'true', 'True', 'null', 'x.y/z', 'a-b', 'my key', '"q"', "'s'", '-k', '.k', '_k', 'constructor', '__proto__', 'hasOwnProperty', '<<', '~', 'k:', 'a:b', 'A', 'a'];

function generate(rnd: () => number): string {
  const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)]!;
  const block = (depth: number, indent: number): string[] => {
    const kind = depth > 3 ? 'scalar' : pick(['map', 'map', 'seq', 'scalar']);
    const pad = ' '.repeat(indent);
    if (kind === 'seq') return seq(depth, indent);
    if (kind === 'scalar') return [`${pad}${pick(KEYS)}: ${pick(SCALARS)}`];
    const lines: string[] = [];
    for (let i = 0, n = 1 + Math.floor(rnd() * 3); i < n; i++) {
      const k = pick(KEYS);
      const sub = depth > 3 ? 'scalar' : pick(['scalar', 'scalar', 'block', 'seq', 'null']);
      if (sub === 'scalar') lines.push(`${pad}${k}:${pick([' ', ' ', '  '])}${pick(SCALARS)}`);
      else if (sub === 'null') lines.push(`${pad}${k}:`);
      else if (sub === 'seq') lines.push(`${pad}${k}:`, ...seq(depth + 1, indent));
      else lines.push(`${pad}${k}:`, ...block(depth + 1, indent + pick([1, 2, 2, 2, 3, 4])));
    }
    return lines;
  };
  const seq = (depth: number, indent: number): string[] => {
    const lines: string[] = [];
    const pad = ' '.repeat(indent);
    for (let i = 0, n = 1 + Math.floor(rnd() * 3); i < n; i++) {
      if (depth > 3 || rnd() < 0.6) {
        lines.push(`${pad}- ${pick(SCALARS)}`);
        continue;
      }
      const sub = block(depth + 1, indent + 2);
      if (sub[0]!.trimStart().startsWith('- ')) lines.push(`${pad}- ${pick(SCALARS)}`);
      else lines.push(`${pad}- ${sub[0]!.slice(indent + 2)}`, ...sub.slice(1));
    }
    return lines;
  };
  const docs = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => block(0, 0).join('\n') + '\n');
  let text = (rnd() < 0.3 ? '---\n' : '') + docs.join('---\n');
  const r = rnd();
  if (r < 0.05) text += ' ';
  else if (r < 0.1) text = text.replace(/\n/, '\n ');
  else if (r < 0.15) text = text.replace(/ /, '  ');
  else if (r < 0.2) text = text.slice(0, -1);
  else if (r < 0.25) text = text.replace(/\n/, '\n\n');
  return text;
}

describe('the plain-YAML fast path agrees with yaml', () => {
  it('yaml still has the core schema the fast path knows (else it runs every tag test)', () => {
    const tags = new Document(undefined, OPTIONS).schema.tags as unknown as { default?: unknown; test?: RegExp }[];
    expect(tags.filter((t) => t.default && t.test).map((t) => t.test!.source).join('\n')).toBe(CORE_TESTS);
  });

  it('on every YAML and JSON file of the repository', () => {
    const files = [...yamlFiles(join(ROOT, 'test')), ...yamlFiles(join(ROOT, 'packs')), ...yamlFiles(join(ROOT, 'templates'))];
    expect(files.length).toBeGreaterThan(50);
    let accepted = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      try {
        if (compare(text) === 'same') accepted++;
      } catch (e) {
        throw new Error(`${f}: ${(e as Error).message}`);
      }
    }
    expect(accepted).toBeGreaterThan(0);
  });

  it('on generated configs (the bench input), which it accepts', () => {
    for (const [pools, peers] of [[1, 1], [3, 2], [300, 20]] as const) expect(compare(generateConfig(pools, peers))).toBe('same');
  });

  it('on random texts near the subset', () => {
    const rnd = random(42);
    const seen = { bail: 0, same: 0 };
    for (let i = 0; i < 3000; i++) {
      const text = generate(rnd);
      try {
        seen[compare(text)]++;
      } catch (e) {
        throw new Error(`${JSON.stringify(text)}: ${(e as Error).message}`);
      }
    }
    // both outcomes are exercised
    expect(seen.same).toBeGreaterThan(200);
    expect(seen.bail).toBeGreaterThan(200);
  });

  it.each([
    ['a comment', 'a: 1 # one\n'],
    ['a blank line', 'a: 1\n\nb: 2\n'],
    ['a flow collection', 'a: [1, 2]\n'],
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a block scalar', 'a: |\n  x\n'],
    ['an escape', 'a: "x\\ty"\n'],
    ['a multi-line scalar', 'a: x\n  y\n'],
    ['a tab', 'a:\t1\n'],
    ['CRLF', 'a: 1\r\nb: 2\r\n'],
    ['non-ASCII', 'a: é\n'],
    ['a trailing space', 'a: 1 \n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a duplicate key by value', '1: a\n01: b\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['an empty document', 'a: 1\n---\n'],
    ['a scalar document', 'just text\n'],
    ['a merge key', 'a: 1\n<<: {b: 2}\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['an empty file', ''],
    ['deep nesting', Array.from({ length: 40 }, (_, i) => `${' '.repeat(2 * i)}k:`).join('\n') + ' 1\n'],
  ])('leaves %s to yaml', (_name, text) => {
    expect(scanSimpleYaml(text)).toBeUndefined();
    expect(parseSimpleYaml(text, { ...OPTIONS, lineCounter: new LineCounter() })).toBeUndefined();
  });
});

describe('SourceFile on the fast path', () => {
  // the same text with a comment at the end takes yaml's path: findings, values and positions agree
  const viaYaml = (text: string) => SourceFile.parse('f.yaml', `${text}# end\n`);

  it.each([
    ['odd indentation', 'a:\n   b: 1\n   c:\n     - 1\n     - x: 2\n       y: 3\nd:\n- 4\n'],
    ['several documents', '---\na: 1\n---\n- b\n- c: d\n---\ne:\n  f: g\n'],
    ['a generated config', generateConfig(5, 2)],
  ])('%s: same findings, values, documents and positions as yaml', (_name, text) => {
    expect(scanSimpleYaml(text)).toBeDefined();
    const fast = SourceFile.parse('f.yaml', text);
    const slow = viaYaml(text);
    expect(fast.findings).toEqual(slow.findings);
    expect(fast.documentCount).toBe(slow.documentCount);
    expect(exact(fast.values)).toBe(exact(slow.values));
    const paths: (string | number)[][] = [[], ['a'], ['a', 'b'], ['a', 'c', 1, 'y'], ['d', 0], ['spec', 'addresses', 1], ['metadata', 'name'], ['nope', 'x'], ['c', 'd'], [0], [1, 'c']];
    for (let document = 0; document < fast.documentCount; document++) {
      for (const path of paths) {
        for (const target of ['key', 'value'] as const) expect(fast.rangeOf({ document, path }, target)).toEqual(slow.rangeOf({ document, path }, target));
      }
    }
    expect(fast.docs.map((d) => d.toJS())).toEqual(slow.docs.map((d) => d.toJS()));
  });

  it('an odd indentation is reported the same way (yaml/indent, a warning at the collection)', () => {
    const text = 'a:\n   b: 1\n';
    expect(scanSimpleYaml(text)).toBeDefined();
    expect(SourceFile.parse('f.yaml', text).findings.map((f) => `${f.code}@${f.range?.start.line}:${f.range?.start.column}`)).toEqual(['yaml/indent@2:4']);
  });
});
