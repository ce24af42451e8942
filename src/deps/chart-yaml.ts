import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runtimeError } from '../core/errors.js';

export interface ChartDependency {
  name: string;
  version: string;
  repository?: string;
  alias?: string;
  condition?: string;
}

export interface ChartMeta {
  name: string;
  version: string;
  appVersion?: string;
  dependencies: ChartDependency[];
}

/** Reads a chart folder's Chart.yaml; name and version are required (helm refuses a chart without). */
export function readChartYaml(chartDir: string, display = chartDir): ChartMeta {
  const where = `${display.replace(/\/+$/, '')}/Chart.yaml`;
  let doc: unknown;
  try {
    doc = parse(readFileSync(join(chartDir, 'Chart.yaml'), 'utf8'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw runtimeError(where, err.code === 'ENOENT' ? 'is missing; a chart folder needs Chart.yaml' : `cannot be read: ${err.code ?? err.message}`);
  }
  return chartMetaFrom(doc, where);
}

export function chartMetaFrom(doc: unknown, where: string): ChartMeta {
  const o = (doc ?? {}) as Record<string, unknown>;
  const str = (k: string) => (typeof o[k] === 'string' || typeof o[k] === 'number' ? String(o[k]) : undefined);
  const name = str('name');
  const version = str('version');
  if (!name || !version) throw runtimeError(where, `has no ${name ? 'version' : 'name'}`, 'helm needs name and version in Chart.yaml');
  const deps = Array.isArray(o['dependencies']) ? (o['dependencies'] as Record<string, unknown>[]) : [];
  return {
    name,
    version,
    appVersion: str('appVersion'),
    dependencies: deps
      .filter((d) => d && typeof d['name'] === 'string')
      .map((d) => ({
        name: String(d['name']),
        version: d['version'] === undefined ? '*' : String(d['version']),
        repository: typeof d['repository'] === 'string' ? d['repository'] : undefined,
        alias: typeof d['alias'] === 'string' ? d['alias'] : undefined,
        condition: typeof d['condition'] === 'string' ? d['condition'] : undefined,
      })),
  };
}
