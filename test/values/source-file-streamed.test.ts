/**
 * A large text is streamed (SourceFile keeps each document's span, not its nodes, and parses a
 * document again when a position inside it is asked for). Whatever the path, the findings, values
 * and every position must be the same as when the documents are kept: checked here on every
 * multi-document YAML of the test tree and on hand-written edge cases.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Path } from '../../src/diagnostics/diagnostic.js';
import { KEEP_DOCUMENTS_BELOW, SourceFile, splitPoint, type ParseOptions } from '../../src/values/source-file.js';
import { generateConfig } from '../../bench/gen-config.mjs';

const TEST_ROOT = fileURLToPath(new URL('../', import.meta.url));

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

/** every path to a value in `v` (maps and lists, all depths), plus a missing child of each map */
function allPaths(v: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => allPaths(x, [...prefix, i], out));
  else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) allPaths(x, [...prefix, k], out);
    out.push([...prefix, 'no-such-key', 0]);
  }
  return out;
}

function expectSame(name: string, text: string, options: ParseOptions = { keepDocuments: false }): void {
  const kept = SourceFile.parse(name, text, { keepDocuments: true });
  const streamed = SourceFile.parse(name, text, options);
  expect(streamed.documentCount, 'documents').toBe(kept.documentCount);
  expect(streamed.findings, 'findings').toEqual(kept.findings);
  for (let d = 0; d < kept.documentCount; d++) {
    expect(streamed.value(d), `value of document ${d}`).toEqual(kept.value(d));
    for (const path of allPaths(kept.value(d))) {
      for (const target of ['value', 'key'] as const) {
        expect(streamed.rangeOf({ document: d, path }, target), `document ${d} ${JSON.stringify(path)} (${target})`).toEqual(kept.rangeOf({ document: d, path }, target));
      }
    }
  }
  expect(streamed.rangeOf({ document: kept.documentCount, path: [] })).toBeUndefined();
  // the documents themselves, parsed again whole on demand
  const printed = (x: { toString(): string }) => {
    try {
      return String(x);
    } catch (e) {
      return `(does not stringify: ${(e as Error).message})`;
    }
  };
  const shape = (sf: SourceFile) => sf.docs.map((x) => ({ range: x.range, errors: x.errors.map((e) => e.code), text: printed(x) }));
  expect(shape(streamed)).toEqual(shape(kept));
}

const EDGE_CASES: Record<string, string> = {
  'leading comments and a bare first document': '# a comment\n\na: 1\nb: [1, 2]\n---\nc: 3\n',
  'content on the --- line': '--- !!str text\n--- |\n  block\n  lines\n---\nx: y\n',
  'document end markers': 'a: 1\n...\n---\nb: 2\n...\n# trailing\n',
  'anchors and aliases in one document': 'base: &b {x: 1, y: [1, 2]}\nuse: *b\n---\nother: *missing\n',
  'merge keys': 'base: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n',
  'a duplicate key and a syntax error': 'a: 1\na: 2\n---\nb: [1, 2\n---\nc: ok\n',
  'tabs and odd indentation': 'a:\n   b: 1\n---\nc:\n\t- 1\n',
  'empty documents': '---\n---\n# only a comment\n---\na: 1\n',
  'a quoted scalar across a --- line': 'a: 1\n---\nb: "one\n---\ntwo"\nc: 2\n---\nd: 3\n',
  'a flow sequence across a --- line': 'a: 1\n---\nb: [1,\n---\n2]\n---\nd: 3\n',
  'a block scalar ended by a --- line': 'a: 1\n---\n--- |\ntext\n---\nafter: 1\n',
  'a stray ] right after the --- of a later document': 'a: 1\n---\nb: 2\n---\n]\nc: 3\n',
  'a stray } after ... before a ---': 'a: 1\n---\nx: 0\n...\n}\n---\nb: 2\n',
  'a tab the line counter trips over before the cut': 'a: 1\n---\n- x\n\tb\nc\n---\nd: 1\n---\ne: 2\n',
  'CRLF line endings': 'a: 1\r\n---\r\nb: [1, 2]\r\n---\r\nc: |\r\n  x\r\n',
  'a byte order mark': '\ufeffa: 1\n---\nb: 2\n---\nc: 3\n',
  'a %YAML 1.1 directive (the whole text is parsed again)': '%YAML 1.1\n---\non: yes\n---\nx: 1\n',
  'a legacy ConfigMap beside a pool': `apiVersion: metallb.io/v1beta1
kind: IPAddressPool
metadata: {name: p}
spec:
  addresses: [10.0.0.0/24]
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: config
  namespace: metallb-system
data:
  config: |
    address-pools:
    - name: default
      protocol: layer2
      addresses:
      - 192.168.1.240-192.168.1.250
`,
};

describe('SourceFile: streamed documents behave as kept ones', () => {
  for (const [name, text] of Object.entries(EDGE_CASES)) test(name, () => expectSame(`${name}.yaml`, text));

  test('every multi-document YAML under test/ (goldens and fixtures)', () => {
    const files = yamlFiles(TEST_ROOT).filter((f) => /^---/m.test(readFileSync(f, 'utf8')));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expectSame(f, readFileSync(f, 'utf8'));
  });

  test('a generated CR file', () => expectSame('gen.yaml', generateConfig(40, 6)));

  describe('parsed in two parts (the second on a worker thread in the CLI; here, after the first)', () => {
    const split: ParseOptions = { keepDocuments: false, split: true };
    for (const [name, text] of Object.entries(EDGE_CASES)) test(name, () => expectSame(`${name}.yaml`, text, split));

    test('every multi-document YAML under test/', () => {
      for (const f of yamlFiles(TEST_ROOT).filter((f) => /^---/m.test(readFileSync(f, 'utf8')))) expectSame(f, readFileSync(f, 'utf8'), split);
    });

    test('a generated CR file with problems in both parts', () => {
      const text = generateConfig(60, 4)
        .replace('pool-3\n', 'pool-3\n  name: again\n')
        .replace('10.0.50.100-10.0.50.140', '10.0.50.140-10.0.50.100\n    - 10.0.1.20-10.0.1.30');
      expect(splitPoint(text)).toBeGreaterThan(text.indexOf('pool-3'));
      expectSame('gen.yaml', text, split);
    });

    test('300 texts put together from awkward fragments (seeded): the same as parsing them whole', () => {
      const fragments = [
        'a: 1\n', 'b: [1,\n', ']\n', '}\n', '---\n', '...\n', '- x\n', '\tb: 2\n', 'c: "q\n', 'd: \'s\'\n', '--- |\n', 'text\n',
        '  k: v\n', 'k: v\n', 'k: v\n', '# comment\n', '&a x: *a\n', '? [k]\n', ': v\n', '--- !!str t\n', 'e: {f: 1}\n', '---\n', '---\n',
      ];
      let seed = 7;
      const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
      for (let n = 0; n < 300; n++) {
        let text = '';
        for (let k = 0, len = 4 + Math.floor(next() * 12); k < len; k++) text += fragments[Math.floor(next() * fragments.length)];
        expectSame(`fuzz-${n}.yaml`, text, split);
      }
    });

    test('where the text is cut: a --- line past the middle; none with directives', () => {
      expect(splitPoint('a: 1\n---\nb: 2\n---\nc: 3\n')).toBe('a: 1\n---\nb: 2\n'.length);
      expect(splitPoint('a: 1\nb: 2\nc: 3\n')).toBeUndefined();
      expect(splitPoint('%YAML 1.2\n---\na: 1\n---\nb: 2\n---\nc: 1\n')).toBeUndefined();
      // `----` or `---x` is not a document marker
      expect(splitPoint('a: 1\nb: 2\n----\n---x: 1\n')).toBeUndefined();
    });
  });

  test('positions inside an embedded block scalar of a streamed document', () => {
    const text = EDGE_CASES['a legacy ConfigMap beside a pool']!;
    const kept = SourceFile.parse('cm.yaml', text, { keepDocuments: true });
    const streamed = SourceFile.parse('cm.yaml', text, { keepDocuments: false });
    const at = ['data', 'config'];
    const a = kept.embed(1, at)!;
    const b = streamed.embed(1, at)!;
    expect(b.value(0)).toEqual(a.value(0));
    const path = ['address-pools', 0, 'addresses', 0];
    expect(streamed.rangeOf({ document: 1, path: [...at, ...path] })).toEqual(kept.rangeOf({ document: 1, path: [...at, ...path] }));
    expect(streamed.rangeOf({ document: 1, path: [...at, ...path] })!.start).toEqual({ line: 18, column: 9 });
  });

  test('texts over KEEP_DOCUMENTS_BELOW characters are streamed by default, smaller ones kept', () => {
    const big = generateConfig(Math.ceil(KEEP_DOCUMENTS_BELOW / 200), 1);
    expect(big.length).toBeGreaterThan(KEEP_DOCUMENTS_BELOW);
    const sf = SourceFile.parse('big.yaml', big);
    // streamed: the node trees are not held (the private `kept` list is created only on demand)
    expect((sf as unknown as { kept?: unknown }).kept).toBeUndefined();
    // generateConfig: 12 lines per pool document (its `---` included); the second address is the 11th line
    expect(sf.rangeOf({ document: 3, path: ['spec', 'addresses', 1] })!.start).toEqual({ line: 3 * 12 + 11, column: 7 });
    expect((SourceFile.parse('small.yaml', 'a: 1\n') as unknown as { kept?: unknown }).kept).toBeDefined();
  });
});
