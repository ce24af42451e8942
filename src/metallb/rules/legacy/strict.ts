import { isMap, isScalar as isYamlScalar, isSeq, type Document } from 'yaml';
import type { Path } from '../../../diagnostics/diagnostic.js';
import type { Finding, Loc } from '../../../diagnostics/finding.js';
import { at } from '../../../diagnostics/finding.js';
import { isPlainObject } from '../../../values/layers.js';
import { isMacro } from '../../../values/macro.js';
import { atLeastVersion, type Version } from '../../version.js';
import type { LegacyTable, LegacyType } from './keys.js';

const TYPE_WORDS: Record<LegacyType, string> = {
  string: 'a string',
  int: 'a whole number',
  bool: 'true or false',
  strings: 'a list of strings',
  list: 'a list',
  stringmap: 'a mapping of names to strings',
};

function isScalar(v: unknown): boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function typeOk(type: LegacyType, v: unknown): boolean {
  switch (type) {
    case 'string':
      return isScalar(v);
    case 'int':
      return (typeof v === 'number' && Number.isInteger(v)) || isMacro(v);
    case 'bool':
      return typeof v === 'boolean';
    case 'strings':
      return Array.isArray(v) && v.every(isScalar);
    case 'list':
      return Array.isArray(v);
    case 'stringmap':
      return isPlainObject(v) && Object.values(v).every(isScalar);
  }
}

/**
 * YAML 1.1 booleans as gopkg.in/yaml.v2 (which MetalLB ≤ 0.12 parses its config with) resolves a
 * plain scalar; yaml 2 reads YAML 1.2, where these are strings. `true`/`false`/`True`/`TRUE`… are
 * booleans in both. Exactly yaml.v2's table: `yEs` is a string there too.
 */
const YAML11_BOOLS: Record<string, boolean> = Object.fromEntries([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON'].map((w) => [w, true] as const),
  ...['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF'].map((w) => [w, false] as const),
]);

/** Plain (unquoted) YAML 1.1 boolean words of a document: parent collection (JS value) → key → boolean. */
export type Yaml11Bools = WeakMap<object, Map<string, boolean>>;

/**
 * Finds the plain scalars that yaml.v2 reads as booleans (`avoid-buggy-ips: yes`), walking the parsed
 * nodes beside their JS value. A quoted `"yes"` stays a string, as in yaml.v2.
 */
export function yaml11Bools(doc: Document.Parsed | undefined, value: unknown): Yaml11Bools {
  const found: Yaml11Bools = new WeakMap();
  const note = (parent: object, key: string, node: unknown): boolean => {
    if (!isYamlScalar(node) || node.type !== 'PLAIN' || typeof node.value !== 'string' || !Object.hasOwn(YAML11_BOOLS, node.value)) return false;
    const m = found.get(parent) ?? new Map<string, boolean>();
    m.set(key, YAML11_BOOLS[node.value]!);
    found.set(parent, m);
    return true;
  };
  const walk = (node: unknown, js: unknown, depth: number): void => {
    if (depth > 32 || js === null || typeof js !== 'object') return;
    if (isMap(node) && isPlainObject(js)) {
      for (const pair of node.items) {
        const key = isYamlScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined || !Object.hasOwn(js, key)) continue;
        if (!note(js, key, pair.value)) walk(pair.value, js[key], depth + 1);
      }
    } else if (isSeq(node) && Array.isArray(js)) {
      node.items.forEach((item, i) => {
        if (!note(js, String(i), item)) walk(item, js[i], depth + 1);
      });
    }
  };
  walk(doc?.contents, value, 0);
  return found;
}

function camelToKebab(k: string): string {
  return k.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * Strict decoding of one mapping of the legacy `config`: unknown keys (pointing at the key), keys newer
 * than the target, wrong types. Returns the entries that decode, strings normalised as MetalLB reads them.
 */
export function strictMap(
  value: unknown,
  base: Loc,
  path: Path,
  table: LegacyTable,
  what: string,
  version: Version,
  out: Finding[],
  bools?: Yaml11Bools,
): Record<string, unknown> | undefined {
  if (value === null || value === undefined) return {};
  if (!isPlainObject(value)) {
    out.push({ code: 'legacy/type', severity: 'error', message: `${what} must be a mapping`, loc: at(base, ...path) });
    return undefined;
  }
  const kept: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const spec = table[key];
    const loc = at(base, ...path, key);
    if (!spec) {
      const kebab = camelToKebab(key);
      const hint = kebab !== key && table[kebab] ? `; write \`${kebab}\`` : `; ${what} keys are ${Object.keys(table).join(', ')}`;
      out.push({ code: 'legacy/unknown-key', severity: 'error', message: `unknown key \`${key}\` in ${what}${hint}`, loc, target: 'key' });
      continue;
    }
    if (spec.since && !atLeastVersion(version, spec.since)) {
      out.push({
        code: 'legacy/key-version',
        severity: 'error',
        message: `\`${key}\` needs MetalLB ${spec.since} or newer; the target is ${version.raw} (--metallb-version): upgrade or remove \`${key}\``,
        loc,
        target: 'key',
      });
      continue;
    }
    if (v === null) continue;
    if (!typeOk(spec.type, v)) {
      // `yes`/`no`/`on`/`off`… unquoted: a boolean to MetalLB's YAML 1.1 decoder; the model gets true/false
      const yaml11 = spec.type === 'bool' ? bools?.get(value)?.get(key) : undefined;
      if (yaml11 !== undefined) {
        kept[key] = yaml11;
        continue;
      }
      const word = spec.type === 'bool' && typeof v === 'string' ? (YAML11_BOOLS[v] ?? (/^(true|false)$/i.test(v) ? v.toLowerCase() === 'true' : undefined)) : undefined;
      const hint = word === undefined ? '' : `; "${String(v)}" in quotes is a string: write ${String(word)} without quotes`;
      out.push({ code: 'legacy/type', severity: 'error', message: `\`${key}\` must be ${TYPE_WORDS[spec.type]}${hint}`, loc });
      continue;
    }
    if (spec.type === 'string') kept[key] = String(v);
    else if (spec.type === 'strings') kept[key] = (v as unknown[]).map(String);
    else if (spec.type === 'stringmap') kept[key] = Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, String(x)]));
    else kept[key] = v;
  }
  return kept;
}

/** A list whose items must each be a mapping of `table`; yields [index, decoded item]. */
export function strictList(
  list: unknown,
  base: Loc,
  path: Path,
  table: LegacyTable,
  what: string,
  version: Version,
  out: Finding[],
  bools?: Yaml11Bools,
): [number, Record<string, unknown>][] {
  if (!Array.isArray(list)) return [];
  const items: [number, Record<string, unknown>][] = [];
  list.forEach((item, i) => {
    const m = strictMap(item, base, [...path, i], table, what, version, out, bools);
    if (m) items.push([i, m]);
  });
  return items;
}
