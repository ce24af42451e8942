import type { Finding } from '../../diagnostics/finding.js';
import { isPlainObject } from '../../values/layers.js';
import { packRelative, readChartMeta, sourceDirFor } from './chart-meta.js';
import { packFile, packJsonObject, report, type PackCheckInput } from './input.js';

/**
 * Each `charts.<name>` key of values.yaml must be the name in a chart's Chart.yaml (not the
 * archive's file name): Helm hands a chart only the values under its own name.
 */
export function checkChartNames({ pack }: PackCheckInput): Finding[] {
  const pj = packJsonObject(pack);
  const list = pj && Array.isArray(pj['charts']) ? pj['charts'] : [];
  const out: Finding[] = [];
  const names = new Set<string>();
  const pjFile = packFile(pack, 'pack.json');
  list.forEach((entry, i) => {
    if (typeof entry !== 'string') return;
    const rel = packRelative(entry);
    if (!rel) return;
    const from = pack.files.has(rel) ? rel : sourceDirFor(pack, rel);
    if (!from) return; // reported by pack/missing-path
    const meta = readChartMeta(pack, from);
    if (meta.name) names.add(meta.name);
    else out.push(report('pack/chart-unreadable', `${meta.error ?? 'Chart.yaml has no name'}; the chart's values cannot be matched`, { file: pjFile, path: ['charts', i] }));
  });
  const values = pack.values?.value(0);
  const charts = isPlainObject(values) ? values['charts'] : undefined;
  if (!isPlainObject(charts) || !pack.values) return out;
  const known = [...names].sort();
  for (const key of Object.keys(charts)) {
    if (names.has(key)) continue;
    const hint = known.length ? `the pack's charts are named ${known.map((n) => `"${n}"`).join(', ')}` : 'pack.json lists no chart';
    out.push(report('pack/chart-name-mismatch', `charts.${key} matches no chart's Chart.yaml name (${hint}); Helm would ignore these values`, { file: pack.values.file, path: ['charts', key] }, { target: 'key' }));
  }
  return out;
}
