import type { Path } from '../diagnostics/diagnostic.js';
import type { Finding, Loc } from '../diagnostics/finding.js';
import { isPlainObject } from '../values/layers.js';
import type { BgpMode } from './model.js';
import { atLeastVersion, type Version } from './version.js';

export const CHART_VALUES_PATH: Path = ['charts', 'metallb-full', 'metallb'];

function get(v: unknown, path: string[]): unknown {
  let cur = v;
  for (const p of path) cur = isPlainObject(cur) ? cur[p] : undefined;
  return cur;
}

/**
 * The BGP implementation the metallb chart deploys: `speaker.frr.enabled` (default true up to
 * 0.15) or `frrk8s.enabled` (default true from 0.16). Both on is an error: the chart refuses it.
 */
export function modeFromChartValues(values: unknown, version: Version, locate: (p: Path) => Loc): { mode: BgpMode; findings: Finding[] } {
  const chart = get(values, CHART_VALUES_PATH.map(String));
  const newest = atLeastVersion(version, '0.16.0');
  const frrRaw = get(chart, ['speaker', 'frr', 'enabled']);
  const k8sRaw = get(chart, ['frrk8s', 'enabled']);
  const frr = typeof frrRaw === 'boolean' ? frrRaw : !newest;
  const frrk8s = typeof k8sRaw === 'boolean' ? k8sRaw : newest;
  const findings: Finding[] = [];
  if (frr && frrk8s) {
    findings.push({
      code: 'metallb/frr-mode-conflict',
      severity: 'error',
      message: 'speaker.frr.enabled and frrk8s.enabled are both true; the metallb chart allows one: set speaker.frr.enabled: false to use frr-k8s',
      loc: locate([...CHART_VALUES_PATH, ...(typeof k8sRaw === 'boolean' ? ['frrk8s', 'enabled'] : ['speaker', 'frr', 'enabled'])]),
    });
  }
  return { mode: frrk8s ? 'frr-k8s' : frr ? 'frr' : 'native', findings };
}
