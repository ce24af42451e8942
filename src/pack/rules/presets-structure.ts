import type { Finding } from '../../diagnostics/finding.js';
import { readPresets } from '../presets/model.js';
import { report, type PackCheckInput } from './input.js';

/** presets.yaml is `presets: [...]`; each preset has name, displayName and group; names are unique. */
export function checkPresetsStructure({ pack }: PackCheckInput): Finding[] {
  const src = pack.presets;
  if (!src || src.findings.some((f) => f.severity === 'error')) return [];
  if (src.value(0) === null || src.value(0) === undefined) return [];
  const presets = readPresets(src);
  const file = src.file;
  if (!presets) return [report('presets/invalid', 'presets.yaml must be `presets:` followed by a list of {name, displayName, group, remove, add}', { file, path: ['presets'] })];
  const out: Finding[] = [];
  const first = new Map<string, number>();
  for (const p of presets) {
    const raw = src.value(0) as { presets: unknown[] };
    if (typeof raw.presets[p.index] !== 'object' || raw.presets[p.index] === null || Array.isArray(raw.presets[p.index])) {
      out.push(report('presets/invalid', `preset ${p.index + 1} is not a mapping; write {name, displayName, group, remove, add}`, { file, path: p.path }));
      continue;
    }
    for (const key of ['name', 'displayName', 'group'] as const) {
      if (p[key] === undefined) {
        const has = key in p.raw;
        out.push(report('presets/missing-field', `preset ${p.name ?? p.index + 1} has ${has ? 'an empty' : 'no'} ${key}${key === 'group' ? '; presets of one group are alternatives, pick one group per choice' : ''}`, { file, path: has ? [...p.path, key] : p.path }));
      }
    }
    if (p.raw['remove'] !== undefined && (!Array.isArray(p.raw['remove']) || p.raw['remove'].some((r) => typeof r !== 'string'))) {
      out.push(report('presets/invalid', `remove of preset ${p.name ?? p.index + 1} must be a list of dotted value paths`, { file, path: [...p.path, 'remove'] }));
    }
    if (p.raw['add'] !== undefined && typeof p.raw['add'] !== 'string') {
      out.push(report('presets/invalid', `add of preset ${p.name ?? p.index + 1} must be YAML text (write add: |)`, { file, path: [...p.path, 'add'] }));
    }
    if (p.name === undefined) continue;
    const prev = first.get(p.name);
    if (prev === undefined) first.set(p.name, p.index);
    else {
      out.push(report('presets/duplicate-name', `preset name "${p.name}" is used twice; names must be unique`, { file, path: [...p.path, 'name'] }, {
        related: [{ loc: { file, path: ['presets', prev, 'name'] }, message: 'first defined here' }],
      }));
    }
  }
  return out;
}
