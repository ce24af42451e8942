import type { Finding } from '../../diagnostics/finding.js';
import { isPlainObject } from '../../values/layers.js';
import { readPresets } from '../presets/model.js';
import { report, type PackCheckInput } from './input.js';

/** Each preset's `add` is YAML text; it must parse, and to a mapping (it is merged into the values). */
export function checkPresetsAdd({ pack }: PackCheckInput): Finding[] {
  const src = pack.presets;
  if (!src || src.findings.some((f) => f.severity === 'error')) return [];
  const out: Finding[] = [];
  for (const p of readPresets(src) ?? []) {
    if (p.add === undefined) continue;
    const addPath = [...p.path, 'add'];
    const inner = src.embed(0, addPath);
    if (!inner) continue;
    for (const f of inner.findings) {
      const code = f.severity === 'error' ? 'presets/add-syntax' : 'presets/add-style';
      out.push(report(code, `add of preset ${p.name ?? p.index + 1}: ${f.message}`, { file: src.file, path: addPath }, { range: f.range }));
    }
    if (inner.findings.some((f) => f.severity === 'error')) continue;
    const v = inner.value(0);
    if (v !== null && v !== undefined && !isPlainObject(v)) {
      out.push(report('presets/add-syntax', `add of preset ${p.name ?? p.index + 1} is not a mapping; it is merged into the values, so write keys such as charts: …`, { file: src.file, path: addPath }));
    }
  }
  return out;
}
