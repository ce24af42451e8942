import type { Path } from '../diagnostics/diagnostic.js';
import type { Finding, Loc } from '../diagnostics/finding.js';
import { deferred } from '../metallb/rules/deferred.js';
import { isMacro } from '../values/macro.js';
import { decodePointer } from './path-text.js';
import { suggest } from './suggest.js';
import type { SchemaError, Validator } from './validator-set.js';

/** One value validated against one schema, and how to word and place what is wrong with it. */
export interface SchemaTarget {
  validator: Validator;
  data: unknown;
  /** relative path (inside `data`) → location in the user's file */
  locate(rel: Path): Loc;
  /** relative path → how messages name that place ("charts.metallb-full.metallb.speaker") */
  describe(rel: Path): string;
  /** what follows "unknown key `x` under …;" when no spelling suggestion fits */
  unknownHint(rel: Path): string;
  /** for a known key written one level too high (a spec field without `spec:`): the fix, replacing the suggestion */
  misplacedHint?(rel: Path, key: string): string | undefined;
  /** null is Helm's "delete this default" (chart values): never a type error */
  nullDeletes?: boolean;
  /** report info `macro/deferred` where a macro stands for a number/boolean/pattern-checked text */
  reportDeferred?: boolean;
  /** keys reported by another check (configInline) */
  skipKey?: (key: string) => boolean;
}

const TYPE_WORDS: Record<string, string> = {
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean (true or false)',
  string: 'a string',
  object: 'a mapping (key: value)',
  array: 'a list',
  null: 'empty (null)',
};

function typeWords(t: unknown): string {
  const list = Array.isArray(t) ? t.map(String) : String(t).split(',');
  return list.map((x) => TYPE_WORDS[x] ?? x).join(' or ');
}

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (v === null) return 'empty (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return String(v);
}

/** Whether `text` matches the schema's `pattern` (ajv compiles patterns with the `u` flag); undefined when there is none. */
function matchesPattern(schema: Record<string, unknown> | undefined, text: string): boolean | undefined {
  const pattern = schema?.['pattern'];
  if (typeof pattern !== 'string') return undefined;
  try {
    return new RegExp(pattern, 'u').test(text);
  } catch {
    return undefined;
  }
}

function typeHint(expected: string[], data: unknown, schema?: Record<string, unknown>): string {
  if (expected.includes('string') && typeof data === 'number') {
    // a pattern-checked string (a duration: holdTime, keepaliveTime, connectTime): quoting `90` would
    // only trade this error for a pattern error; `90s` is what the field wants
    const quoted = matchesPattern(schema, String(data));
    if (quoted === false && matchesPattern(schema, `${data}s`)) return `; write it as a duration with a unit: \`${data}s\``;
    if (quoted === false) return typeof schema?.['x-hint'] === 'string' ? `; write ${schema['x-hint']}` : '';
  }
  if (typeof data === 'string') {
    const t = data.trim();
    if ((expected.includes('integer') || expected.includes('number')) && /^-?\d+(\.\d+)?$/.test(t)) return '; remove the quotes';
    if (expected.includes('boolean') && /^(true|false)$/i.test(t)) return '; write true or false without quotes';
    if (expected.includes('array')) return '; write it as a list (`- item` on its own line)';
  }
  if (expected.includes('string') && (typeof data === 'number' || typeof data === 'boolean')) return `; quote it: "${String(data)}"`;
  if (expected.includes('integer') && typeof data === 'number') return '; use a whole number';
  return '';
}

function code(s: string): string {
  return `\`${s}\``;
}

/** Validates `t.data` and turns ajv's errors into findings: decoded paths, stable codes, a fix in each message. */
export function runSchema(t: SchemaTarget): Finding[] {
  if (t.validator(t.data)) return [];
  const errors: SchemaError[] = t.validator.errors ?? [];
  const out: Finding[] = [];
  const seen = new Set<string>();
  const deferredAt = new Set<string>();
  // a value of the wrong type also fails its enum/pattern/bounds: report the type only
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const push = (f: Finding, rel: Path) => {
    const key = `${f.code}\0${JSON.stringify(rel)}\0${f.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(f);
  };
  for (const e of errors) {
    const rel = decodePointer(e.instancePath, t.data);
    const data = e.data;
    const where = t.describe(rel);
    if (e.keyword === 'additionalProperties') {
      const key = String(e.params['additionalProperty']);
      if (t.skipKey?.(key)) continue;
      const props = e.parentSchema?.['properties'];
      const known = props && typeof props === 'object' ? Object.keys(props) : [];
      const misplaced = t.misplacedHint?.(rel, key);
      const s = misplaced ? undefined : suggest(key, known);
      let message = `unknown key ${code(key)} under ${where}`;
      if (misplaced) message += `; ${misplaced}`;
      else if (s) message += `; did you mean ${code(s)}?`;
      else {
        message += `; ${t.unknownHint(rel)}`;
        if (known.length && known.length <= 12) message += ` (known keys: ${known.join(', ')})`;
      }
      push({ code: 'schema/unknown-key', severity: 'error', message, loc: t.locate([...rel, key]), target: 'key' }, [...rel, key]);
      continue;
    }
    if (e.keyword === 'required') {
      const missing = String(e.params['missingProperty']);
      push(
        { code: 'schema/required', severity: 'error', message: `${where} is missing the required key ${code(missing)}; add it`, loc: t.locate([...rel, missing]) },
        [...rel, missing],
      );
      continue;
    }
    // from here on the error is about a value
    if (isMacro(data)) {
      const k = JSON.stringify(rel);
      if (t.reportDeferred && !deferredAt.has(k)) {
        deferredAt.add(k);
        const types = Array.isArray(e.params['type']) ? (e.params['type'] as string[]) : String(e.params['type']).split(',');
        const what = e.keyword === 'type' ? types.filter((x) => x !== 'null').join(' or ') : 'value';
        out.push(deferred(t.locate(rel), what));
      }
      continue;
    }
    if (data === null && t.nullDeletes) continue;
    if (e.keyword !== 'type' && wrongType.has(e.instancePath)) continue;
    const loc = t.locate(rel);
    switch (e.keyword) {
      case 'type': {
        const expected = Array.isArray(e.params['type']) ? (e.params['type'] as string[]) : String(e.params['type']).split(',');
        const message = `${where} must be ${typeWords(expected)}, not ${show(data)}${typeHint(expected, data, e.parentSchema)}`;
        push({ code: 'schema/type', severity: 'error', message, loc }, rel);
        break;
      }
      case 'enum': {
        const allowed = ((e.params['allowedValues'] as unknown[]) ?? []).filter((x) => x !== null).map(String);
        const s = typeof data === 'string' ? suggest(data, allowed) : undefined;
        let message = `${where} is ${show(data)}; use one of ${allowed.map(code).join(', ')}`;
        if (s) message += ` (did you mean ${code(s)}?)`;
        push({ code: 'schema/enum', severity: 'error', message, loc }, rel);
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const min = e.parentSchema?.['minimum'];
        const max = e.parentSchema?.['maximum'];
        const bound =
          typeof min === 'number' && typeof max === 'number'
            ? `between ${min} and ${max}`
            : e.keyword === 'minimum'
              ? `at least ${String(e.params['limit'])}`
              : e.keyword === 'maximum'
                ? `at most ${String(e.params['limit'])}`
                : `${e.keyword === 'exclusiveMinimum' ? 'greater' : 'less'} than ${String(e.params['limit'])}`;
        push({ code: 'schema/range', severity: 'error', message: `${where} is ${show(data)}; it must be ${bound}`, loc }, rel);
        break;
      }
      case 'minItems':
      case 'maxItems':
      case 'minProperties':
      case 'maxProperties': {
        const n = Number(e.params['limit']);
        const what = e.keyword.endsWith('Items') ? 'item' : 'key';
        const bound = `${e.keyword.startsWith('min') ? 'at least' : 'at most'} ${n} ${what}${n === 1 ? '' : 's'}`;
        push({ code: 'schema/range', severity: 'error', message: `${where} must have ${bound}`, loc }, rel);
        break;
      }
      case 'pattern': {
        const hint = e.parentSchema?.['x-hint'];
        const wanted = typeof hint === 'string' ? hint : `text matching /${String(e.params['pattern'])}/`;
        push({ code: 'schema/pattern', severity: 'error', message: `${where} is ${show(data)}, which is not ${wanted}`, loc }, rel);
        break;
      }
      default:
        push({ code: 'schema/invalid', severity: 'error', message: `${where} does not satisfy the schema (${e.keyword} at ${e.schemaPath})`, loc }, rel);
    }
  }
  return out;
}
