import type { Finding } from '../../diagnostics/finding.js';
import { readPresets } from '../presets/model.js';
import { resolveDotted } from '../schema-yaml/dotted-path.js';
import { report, type PackCheckInput } from './input.js';

/** Each preset's `remove` path names something in values.yaml (else the preset removes nothing). */
export function checkPresetsRemove({ pack }: PackCheckInput): Finding[] {
  const src = pack.presets;
  if (!src || src.findings.some((f) => f.severity === 'error')) return [];
  const defaults = pack.values?.value(0) ?? {};
  const out: Finding[] = [];
  for (const p of readPresets(src) ?? []) {
    for (const r of p.remove) {
      const found = resolveDotted(defaults, r.path);
      if (found.exists) continue;
      const near = found.deepest.length ? `; values.yaml has ${found.deepest.join('.')} but nothing below it by that name` : '';
      out.push(report('presets/remove-path', `${r.path} is not in values.yaml${near}`, { file: src.file, path: r.at }));
    }
  }
  return out;
}
