import type { Path } from '../../diagnostics/diagnostic.js';
import type { Finding } from '../../diagnostics/finding.js';
import { deferred } from '../../metallb/rules/deferred.js';
import { isPlainObject } from '../../values/layers.js';
import { isMacro } from '../../values/macro.js';
import { resolveDotted } from '../schema-yaml/dotted-path.js';
import { matchFormat } from '../schema-yaml/match.js';
import { parseSchemaExpr } from '../schema-yaml/pipeline.js';
import { report, type PackCheckInput } from './input.js';

export function valueAt(root: unknown, path: Path): unknown {
  let cur = root;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number') cur = cur[seg];
    else if (isPlainObject(cur)) cur = cur[String(seg)];
    else return undefined;
  }
  return cur;
}

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * schema.yaml: parses each `path: {schema: '{{ … }}'}` pipeline and applies it to the merged values.
 * required + missing/empty → error; format mismatch → error at the value; a Palette macro → info
 * (checked at deploy time); readonly restated by a layer → info, changed from the pack default →
 * error; a path that matches nothing in values.yaml → warning.
 */
export function checkSchemaYaml({ pack, values }: PackCheckInput): Finding[] {
  const src = pack.schema;
  if (!src || src.findings.some((f) => f.severity === 'error')) return [];
  const doc = src.value(0);
  if (doc === null || doc === undefined) return [];
  const out: Finding[] = [];
  if (!isPlainObject(doc)) return [report('pack-schema/invalid-entry', 'schema.yaml must map value paths to {schema: "{{ … }}"}', { file: src.file, path: [] })];
  const defaults = pack.values?.value(0) ?? {};
  const defaultsFile = pack.values?.file;
  for (const [key, entry] of Object.entries(doc)) {
    const exprText = isPlainObject(entry) ? entry['schema'] : undefined;
    if (typeof exprText !== 'string') {
      out.push(report('pack-schema/invalid-entry', `${key}: write {schema: '{{ required | format "\${string}" }}'}`, { file: src.file, path: [key] }, { target: 'key' }));
      continue;
    }
    const exprLoc = { file: src.file, path: [key, 'schema'] };
    const { expr, problems } = parseSchemaExpr(exprText);
    for (const p of problems) out.push(report(p.code, p.message, exprLoc));
    const hint = expr.hints.length ? ` (${expr.hints.join('; ')})` : '';
    const merged = resolveDotted(values.value, key);
    const inPack = resolveDotted(defaults, key);
    if (expr.required && merged.matches.length === 0) {
      const what = merged.exists ? 'the list is empty' : 'set it in the values';
      // one step past the deepest existing value: the position falls back to the key that holds it
      const at = merged.exists ? merged.deepest : [...merged.deepest, key];
      out.push(report('pack-schema/required', `${key} is required${hint}; ${what}`, values.locate(at)));
      continue;
    }
    if (!inPack.exists) {
      out.push(report('pack-schema/unknown-path', `${key} matches nothing in values.yaml; fix the path or add the value (arrays are written .$[])`, { file: src.file, path: [key] }, { target: 'key' }));
    }
    for (const path of merged.matches) {
      const value = valueAt(values.value, path);
      const loc = values.locate(path);
      if (isEmpty(value)) {
        if (expr.required) out.push(report('pack-schema/required', `${key} is required${hint}; it is empty`, loc));
        continue;
      }
      if (isMacro(value)) {
        out.push(deferred(loc, `format of ${key}`));
      } else if (expr.format) {
        const why = matchFormat(expr.format, value);
        if (why) out.push(report('pack-schema/format', `${why}${hint}`, loc));
      }
      if (expr.readonly && defaultsFile && loc.file !== defaultsFile) {
        const def = valueAt(defaults, path);
        if (JSON.stringify(def) === JSON.stringify(value)) {
          out.push(report('pack-schema/readonly', `${key} is readonly; this layer restates the pack default and can be dropped`, loc));
        } else {
          out.push(report('pack-schema/readonly-changed', `${key} is readonly; the pack default is ${JSON.stringify(def)}: remove the override`, loc));
        }
      }
    }
  }
  return out;
}
