import type { Finding } from '../../diagnostics/finding.js';
import { packRelative, sourceDirFor } from './chart-meta.js';
import { packFile, packJsonObject, report, type PackCheckInput } from './input.js';

/**
 * charts[] and kubeManifests[] name files of the pack; logo.png and README.md are present.
 * A charts[] `.tgz` that is not built yet is accepted when a folder under charts/ holds the
 * chart it will be built from (Chart.yaml name-version = the archive's base name).
 */
export function checkPackFiles({ pack }: PackCheckInput): Finding[] {
  const out: Finding[] = [];
  const pjFile = packFile(pack, 'pack.json');
  const pj = packJsonObject(pack);
  if (pj) {
    for (const key of ['charts', 'kubeManifests'] as const) {
      const list = pj[key];
      if (!Array.isArray(list)) continue;
      list.forEach((entry, i) => {
        if (typeof entry !== 'string') return;
        const loc = { file: pjFile, path: [key, i] };
        const rel = packRelative(entry);
        if (!rel) {
          out.push(report('pack/missing-path', `"${entry}" points outside the pack; write a path relative to the pack directory`, loc));
          return;
        }
        if (pack.files.has(rel)) return;
        if (key === 'charts') {
          const src = sourceDirFor(pack, rel);
          if (src) {
            out.push(report('pack/chart-from-source', `${rel} is not built yet; \`spectro-pack package\` builds it from ${src}/`, loc));
            return;
          }
          out.push(report('pack/missing-path', `${rel} is not in the pack; add the chart archive, or its source folder under charts/ whose Chart.yaml name-version matches the file name`, loc));
          return;
        }
        out.push(report('pack/missing-path', `${rel} is not in the pack; add the manifest or remove it from kubeManifests`, loc));
      });
    }
  }
  if (!pack.files.has('logo.png')) out.push(report('pack/missing-logo', 'logo.png is missing; add a PNG logo (Palette shows it in the pack catalogue)', { file: pjFile, path: [] }));
  if (!pack.files.has('README.md')) out.push(report('pack/missing-readme', 'README.md is missing; add one with an overview, parameters and usage', { file: pjFile, path: [] }));
  return out;
}
