import { basename } from 'node:path';
import type { Finding } from '../../diagnostics/finding.js';
import { packFile, packJsonObject, report, type PackCheckInput } from './input.js';

/** A directory named NAME-VERSION (e.g. lb-metallb-0.13.5) must agree with pack.json (archives are named so). */
export function checkDirName({ pack }: PackCheckInput): Finding[] {
  const m = /^(.+)-(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?)$/.exec(basename(pack.dir));
  const pj = packJsonObject(pack);
  if (!m || !pj) return [];
  const [, dirName, dirVersion] = m;
  const file = packFile(pack, 'pack.json');
  const out: Finding[] = [];
  if (typeof pj['name'] === 'string' && pj['name'] !== '' && pj['name'] !== dirName) {
    out.push(report('pack/dir-name-mismatch', `name "${pj['name']}" differs from the directory name ${dirName}-${dirVersion}; rename one so they agree`, { file, path: ['name'] }));
  }
  if (typeof pj['version'] === 'string' && pj['version'] !== '' && pj['version'] !== dirVersion) {
    out.push(report('pack/dir-name-mismatch', `version "${pj['version']}" differs from the directory's ${dirVersion}; rename one so they agree`, { file, path: ['version'] }));
  }
  return out;
}
