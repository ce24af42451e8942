import { isPlainObject } from '../values/layers.js';

/** Which kind of pack values we are looking at. */
export type PackKind = 'lb-metallb' | 'lb-metallb-helm' | 'other';

/** By pack name first; failing that, by what the values hold. */
export function detectPackKind(packName: string | undefined, values: unknown): PackKind {
  if (packName === 'lb-metallb' || packName === 'lb-metallb-helm') return packName;
  const charts = isPlainObject(values) ? values['charts'] : undefined;
  if (isPlainObject(charts) && 'metallb-full' in charts) return 'lb-metallb-helm';
  const manifests = isPlainObject(values) ? values['manifests'] : undefined;
  if (isPlainObject(manifests) && 'metallb' in manifests) return 'lb-metallb';
  return 'other';
}
