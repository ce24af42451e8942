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

function camelToKebab(k: string): string {
  return k.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * Strict decoding of one mapping of the legacy `config`: unknown keys (pointing at the key), keys newer
 * than the target, wrong types. Returns the entries that decode, strings normalised as MetalLB reads them.
 */
export function strictMap(value: unknown, base: Loc, path: Path, table: LegacyTable, what: string, version: Version, out: Finding[]): Record<string, unknown> | undefined {
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
      out.push({ code: 'legacy/type', severity: 'error', message: `\`${key}\` must be ${TYPE_WORDS[spec.type]}`, loc });
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
export function strictList(list: unknown, base: Loc, path: Path, table: LegacyTable, what: string, version: Version, out: Finding[]): [number, Record<string, unknown>][] {
  if (!Array.isArray(list)) return [];
  const items: [number, Record<string, unknown>][] = [];
  list.forEach((item, i) => {
    const m = strictMap(item, base, [...path, i], table, what, version, out);
    if (m) items.push([i, m]);
  });
  return items;
}
