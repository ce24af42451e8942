import { describe, expect, it } from 'vitest';
import { Document, parse } from 'yaml';
import {
  EMIT_DOC_OPTIONS,
  indentLines,
  normaliseDocument,
  plainIsString,
  stringifyDocument,
  toYamlText,
  yamlBlock,
  yamlField,
  yamlScalar,
} from '../../src/render/yaml-emit.js';

/**
 * The direct writer in yaml-emit.ts must write exactly what the yaml library writes (it is only a
 * faster way to the same bytes), and plainIsString's fast path must agree with reading back.
 */

/** What the library writes for a value: a new document with the emit options, normalised, stringified. */
function toYamlTextViaLibrary(value: unknown, opts: { singleLineStrings?: boolean } = {}): string {
  return stringifyDocument(normaliseDocument(new Document(value, EMIT_DOC_OPTIONS), opts));
}

const STRINGS: string[] = [
  'pool-1', 'metallb-system', 'metallb.io/v1beta1', '10.0.0.10-10.0.0.40', '192.168.1.0/24', '2001:db8::/64', 'fc00::/7',
  '90s', '1m30s', 'v1.2.3', '1.2.3', '1.2', '1.', '.5', '0', '00', '017', '0o17', '0x1F', '0x1g', '0b101', '1e3', '1E3', '1e+3', '1_000', '+1', '-1',
  '2024-01-01', '2024-1-1', '2024-01-01t10:00:00Z', '12:30', '12:30:00', '190:20:30', '1:2', '.inf', '-.Inf', '.NaN', '.nan.', 'inf', 'nan',
  'null', 'Null', 'NULL', 'nULL', '~', '', 'true', 'True', 'TRUE', 'tRUE', 'false', 'yes', 'Yes', 'YES', 'yEs', 'no', 'on', 'off', 'On', 'OFF', 'y', 'Y', 'n', 'N', 'x',
  '_', '_x', '/', '/x', 'a/b', 'a.b', 'a-b', 'a_b', '-', '-a', '--', '---', '---x', '...', '...x', '.', '..', '.a', '-.', '-.5',
  '<<', '=', '!tag', '!!str x', '&anchor', '*alias', '|', '>', '%YAML 1.2', '%x', '@x', '`x', '"quoted"', "'single'", "it's", 'say "hi"', `mix "a" 'b'`,
  '[a, b]', '{a: b}', '{}', '[]', 'a:', 'a: b', ': ', 'a #b', '# c', '? x', '?x', '- x', 'a,b', 'a b', ' a', 'a ', '\ttab', 'a\tb',
  '\n', 'a\nb', 'a\n---\nb', 'a\n...\nb', 'multi\nline\n', 'multi\n\n  indented\n\n\n', ' \n ', 'crlf\r\nline', 'cr\rline',
  'a long line with a newline in the middle\nof it, longer than forty characters',
  'nel\u0085line', 'ls\u2028ps\u2029', '\ufeffbom', 'del\u007f', 'c1\u0090', 'nul\u0000', 'bell\u0007', 'esc\u001b[31m', 'nbsp\u00a0x',
  'unicode ✓ ünïcödé 日本語 🚀', 'lone \ud800 surrogate', '{{ .spectro.system.cluster.name }}',
  '__proto__', 'constructor', 'toString', 'toJSON', 'hasOwnProperty',
  'a'.repeat(1024), 'a'.repeat(1025), 'a '.repeat(600),
];
const NUMBERS: number[] = [0, -0, 1, -1, 7, 64500, 4294967295, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1.5, -2.25, 0.1, 1e21, 1e-7, 123456789.125, NaN, Infinity, -Infinity];
const SCALARS: unknown[] = [...STRINGS, ...NUMBERS, true, false, null];

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Strings the direct writer keeps (one line, no document marker, short): values made of these never go to the library as a whole. */
const ONE_LINE = STRINGS.filter((s) => !/[\n\r\u0085\u2028\u2029]/.test(s) && !/^(%|---|\.\.\.)/.test(s) && s.length <= 1024);

function randomValue(r: () => number, depth: number, strings: readonly string[] = STRINGS): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const roll = r();
  if (depth <= 0 || roll < 0.4) return r() < 0.7 ? pick(strings) : pick(SCALARS.filter((s) => typeof s !== 'string'));
  const n = Math.floor(r() * 5);
  if (roll < 0.7) return Array.from({ length: n }, () => randomValue(r, depth - 1, strings));
  const out: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    Object.defineProperty(out, pick(strings), { value: randomValue(r, depth - 1, strings), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** What a call gives: its text, or the error it throws. */
function outcome(f: () => string): string {
  try {
    return `ok ${f()}`;
  } catch (e) {
    return `throws ${(e as Error).message}`;
  }
}

function expectSameAsLibrary(value: unknown, label: string): void {
  expect(outcome(() => toYamlText(value)), label).toBe(outcome(() => toYamlTextViaLibrary(value)));
  for (const indent of [0, 2, 6]) {
    expect(outcome(() => yamlBlock(value, indent)), label).toBe(outcome(() => indentLines(toYamlTextViaLibrary(value), indent)));
    expect(outcome(() => yamlField('key', value, indent)), label).toBe(outcome(() => indentLines(toYamlTextViaLibrary({ key: value }), indent)));
  }
}

describe('the direct YAML writer writes what the library writes', () => {
  it.each(SCALARS.map((s) => [typeof s === 'string' ? JSON.stringify(s) : String(s), s]))('scalar %s as value, key, item, nested', (_label, s) => {
    const asKey = typeof s === 'string' ? s : String(s);
    const values = [{ k: s }, [s], { [asKey]: s }, { a: { [asKey]: [s, { [asKey]: s }] } }, [[s], { x: [] }, {}], { [asKey]: {} }, { [asKey]: [] }];
    for (const v of values) expectSameAsLibrary(v, JSON.stringify(v));
  });

  it('scalar helper: same text as through the library', () => {
    const viaLibrary = (v: unknown) => {
      const text = toYamlTextViaLibrary({ k: v }, { singleLineStrings: true }).replace(/\n$/, '');
      if (!text.startsWith('k: ') || text.includes('\n')) throw new Error('scalar: internal error, value spans lines');
      return text.slice(3);
    };
    for (const s of SCALARS) expect(outcome(() => yamlScalar(s)), JSON.stringify(s)).toBe(outcome(() => viaLibrary(s)));
  });

  it('random nested values (deterministic seeds)', () => {
    for (let seed = 1; seed <= 2000; seed++) expectSameAsLibrary(randomValue(rng(seed), 4), `seed ${seed}`);
  });

  it('random nested values of one-line strings, numbers, booleans and nulls (deterministic seeds)', () => {
    for (let seed = 1; seed <= 2000; seed++) expectSameAsLibrary(randomValue(rng(seed), 5, ONE_LINE), `seed ${seed}`);
  });

  it('values outside the direct writer go to the library, with the same result', () => {
    const shared = { a: 1 };
    const circular: Record<string, unknown> = { a: 1 };
    circular['self'] = circular;
    const nullProto = Object.assign(Object.create(null) as object, { a: 1, b: [1] });
    class Thing {
      x = 1;
    }
    const cases: unknown[] = [
      { a: shared, b: shared },
      [shared, shared],
      { a: undefined, b: 1 },
      { a: undefined },
      [1, undefined, 2],
      // eslint-disable-next-line no-sparse-arrays
      [1, , 2],
      { d: new Date(0) },
      { m: new Map([['a', 1]]) },
      { s: new Set([1, 2]) },
      { t: new Thing() },
      { j: { toJSON: () => 'x' } },
      nullProto,
      { n: nullProto },
      { big: 10n },
      { u8: new Uint8Array([1, 2]) },
      {},
      [],
      [[[]]],
      { '': '' },
    ];
    cases.forEach((v, i) => expectSameAsLibrary(v, `case ${i}`));
    expect(() => toYamlText(circular)).toThrow();
  });
});

describe('plainIsString agrees with reading the string back', () => {
  const readsBack = (s: string) => {
    try {
      return parse(s, { version: '1.2', logLevel: 'silent' }) === s && parse(s, { version: '1.1', logLevel: 'silent' }) === s;
    } catch {
      return false;
    }
  };

  it('known strings', () => {
    for (const s of STRINGS.filter((x) => !/[\n\r]/.test(x))) expect(plainIsString(s), JSON.stringify(s)).toBe(readsBack(s));
  });

  it('every string of up to 3 characters over a numeric-ish alphabet, and random longer ones', () => {
    const alphabet = ['0', '1', '7', '9', 'a', 'e', 'E', 'x', 'b', 'o', 'y', 'n', 'N', 'Y', '.', '-', '+', '_', '/', ':', 't', 'T', 'z'];
    const all: string[] = [''];
    let level = [''];
    for (let len = 1; len <= 3; len++) {
      level = level.flatMap((p) => alphabet.map((c) => p + c));
      all.push(...level);
    }
    const r = rng(7);
    for (let i = 0; i < 3000; i++) {
      const len = 4 + Math.floor(r() * 12);
      all.push(Array.from({ length: len }, () => alphabet[Math.floor(r() * alphabet.length)]).join(''));
    }
    for (const s of all) expect(plainIsString(s), JSON.stringify(s)).toBe(readsBack(s));
  });
});
