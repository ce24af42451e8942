import type { Finding } from '../../diagnostics/finding.js';
import { parseEnabledLine } from '../presets/enabled-line.js';
import { readPresets } from '../presets/model.js';
import { report, type PackCheckInput } from './input.js';

/**
 * The `# spectrocloud.com/enabled-presets: Group:preset,...` line names existing presets, and at
 * most one per group: presets of a group are mutually exclusive choices.
 */
export function checkEnabledPresets({ pack }: PackCheckInput): Finding[] {
  const values = pack.values;
  if (!values) return [];
  const items = parseEnabledLine(values.text);
  if (!items) return [];
  const presets = pack.presets ? readPresets(pack.presets) ?? [] : [];
  const out: Finding[] = [];
  const chosen = new Map<string, string>();
  for (const it of items) {
    const range = { start: { line: 1, column: it.column }, end: { line: 1, column: it.column + it.text.length } };
    const loc = { file: values.file, path: [] };
    const preset = presets.find((p) => p.name === it.name && (it.group === undefined || p.group === it.group));
    if (!preset || it.group === undefined) {
      const inGroup = presets.filter((p) => p.group === it.group).map((p) => p.name);
      const hint = !pack.presets
        ? 'the pack has no presets.yaml'
        : it.group === undefined
          ? `write Group:preset${preset ? `, i.e. ${preset.group}:${preset.name}` : ''}`
          : inGroup.length
            ? `group "${it.group}" has ${inGroup.join(', ')}`
            : `no preset has group "${it.group}"`;
      out.push(report('presets/enabled-unknown', `enabled preset "${it.text}" does not exist; ${hint}`, loc, { range }));
      continue;
    }
    const prev = chosen.get(preset.group!);
    if (prev !== undefined) {
      out.push(report('presets/group-conflict', `"${it.text}" and "${prev}" are both enabled but belong to group "${preset.group}"; presets of a group are alternatives, keep one`, loc, { range }));
      continue;
    }
    chosen.set(preset.group!, it.text);
  }
  return out;
}
