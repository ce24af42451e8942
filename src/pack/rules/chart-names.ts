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
  /** listed in pack.json but absent from the pack, or unreadable: why a key may match nothing */
  const missing: string[] = [];
  const unreadable: string[] = [];
  const pjFile = packFile(pack, 'pack.json');
  list.forEach((entry, i) => {
    if (typeof entry !== 'string') return;
    const rel = packRelative(entry);
    if (!rel) return;
    const from = pack.files.has(rel) ? rel : sourceDirFor(pack, rel);
    if (!from) return void missing.push(entry); // reported by pack/missing-path
    const meta = readChartMeta(pack, from);
    if (meta.name) names.add(meta.name);
    else {
      unreadable.push(entry);
      out.push(report('pack/chart-unreadable', `${meta.error ?? 'Chart.yaml has no name'}; the chart's values cannot be matched`, { file: pjFile, path: ['charts', i] }));
    }
  });
  const values = pack.values?.value(0);
  const charts = isPlainObject(values) ? values['charts'] : undefined;
  if (!isPlainObject(charts) || !pack.values) return out;
  const known = [...names].sort();
  for (const key of Object.keys(charts)) {
    if (names.has(key)) continue;
    out.push(report('pack/chart-name-mismatch', `charts.${key} matches no chart's Chart.yaml name (${mismatchHint(known, missing, unreadable)}`, { file: pack.values.file, path: ['charts', key] }, { target: 'key' }));
  }
  return out;
}

/** Why no chart name matched, and the fix; the message's text after "(". */
function mismatchHint(known: string[], missing: string[], unreadable: string[]): string {
  const quoted = (xs: string[]) => xs.map((x) => `"${x}"`).join(', ');
  if (known.length) return `the pack's charts are named ${quoted(known)}); rename the key to the chart's name, or Helm ignores these values`;
  if (missing.length) {
    const one = missing.length === 1;
    return `pack.json lists ${quoted(missing)}, which ${one ? 'is' : 'are'} not in the pack); add ${one ? 'that chart' : 'those charts'} (or fix the path in pack.json), or Helm has nothing to hand these values to`;
  }
  if (unreadable.length) return `the name of ${quoted(unreadable)} could not be read); fix the chart's Chart.yaml, or Helm ignores these values`;
  return 'pack.json lists no chart); add the chart to pack.json `charts` and the pack, or remove these values';
}
