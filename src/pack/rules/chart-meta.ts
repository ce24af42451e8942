import { readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { readTarEntryText } from '../../archive/read-entry.js';
import { parse } from 'yaml';
import type { LoadedPack } from '../load.js';

/** Chart.yaml is a few hundred bytes; anything past this is not a Chart.yaml worth reading. */
const MAX_CHART_YAML = 256 * 1024;

export interface ChartMeta {
  name?: string;
  version?: string;
  /** why Chart.yaml could not be read */
  error?: string;
}

/** A pack-relative path, normalised; undefined when it is absolute or climbs out of the pack. */
export function packRelative(p: string): string | undefined {
  if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p)) return undefined;
  const n = posix.normalize(p.replace(/\\/g, '/'));
  if (n === '..' || n.startsWith('../') || n === '.') return undefined;
  return n.replace(/^\.\//, '');
}

function fromText(text: string): ChartMeta {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    return { error: `Chart.yaml does not parse: ${(e as Error).message.split('\n')[0]}` };
  }
  if (typeof doc !== 'object' || doc === null) return { error: 'Chart.yaml is not a mapping' };
  const d = doc as Record<string, unknown>;
  const meta: ChartMeta = {};
  if (typeof d['name'] === 'string' && d['name'] !== '') meta.name = d['name'];
  else meta.error = 'Chart.yaml has no name';
  if (typeof d['version'] === 'string' || typeof d['version'] === 'number') meta.version = String(d['version']);
  return meta;
}

/** what readChartMeta found, per pack and chart path: several checks ask about the same chart */
const metaCache = new WeakMap<LoadedPack, Map<string, ChartMeta>>();

/**
 * Chart.yaml of a chart folder (`charts/metallb-full`) or a packaged chart (`charts/x-1.0.0.tgz`),
 * read and parsed once per pack.
 */
export function readChartMeta(pack: LoadedPack, rel: string): ChartMeta {
  let perPack = metaCache.get(pack);
  if (!perPack) metaCache.set(pack, (perPack = new Map()));
  let meta = perPack.get(rel);
  if (!meta) perPack.set(rel, (meta = readChartMetaUncached(pack, rel)));
  return meta;
}

function readChartMetaUncached(pack: LoadedPack, rel: string): ChartMeta {
  const abs = join(pack.dir, rel);
  if (/\.t(ar\.)?gz$/.test(rel)) {
    let text: string | undefined;
    let tooBig: boolean | undefined;
    try {
      if (!statSync(abs).isFile()) return { error: `${rel} is not a file` };
      // helm package: <chart>/Chart.yaml at depth one; subcharts live deeper
      ({ text, tooBig } = readTarEntryText(abs, /^[^/]+\/Chart\.yaml$/, MAX_CHART_YAML));
    } catch (e) {
      return { error: `cannot read ${rel} as a chart archive: ${(e as Error).message.split('\n')[0]}` };
    }
    if (tooBig) return { error: `Chart.yaml in ${rel} is larger than ${MAX_CHART_YAML} bytes` };
    if (text === undefined) return { error: `${rel} has no <chart>/Chart.yaml at its top level` };
    return fromText(text);
  }
  try {
    const st = statSync(join(abs, 'Chart.yaml'));
    if (st.size > MAX_CHART_YAML) return { error: `${rel}/Chart.yaml is larger than ${MAX_CHART_YAML} bytes` };
    return fromText(readFileSync(join(abs, 'Chart.yaml'), 'utf8'));
  } catch {
    return { error: `${rel}/Chart.yaml is missing` };
  }
}

/** The chart folders of a pack in source form: `charts/<dir>/Chart.yaml`. */
export function chartSourceDirs(pack: LoadedPack): string[] {
  const dirs: string[] = [];
  for (const f of pack.files) {
    const m = /^charts\/([^/]+)\/Chart\.yaml$/.exec(f);
    if (m) dirs.push(`charts/${m[1]}`);
  }
  return dirs.sort();
}

/**
 * The chart folder that `package` turns into `rel` (helm's naming: `<name>-<version>.tgz` under
 * the same folder), or undefined. This is how a pack in source form satisfies its charts[] list.
 */
export function sourceDirFor(pack: LoadedPack, rel: string): string | undefined {
  const m = /^(.*\/)?([^/]+)\.tgz$/.exec(rel);
  if (!m) return undefined;
  const parent = m[1] ?? '';
  for (const dir of chartSourceDirs(pack)) {
    if (`${posix.dirname(dir)}/` !== parent) continue;
    const meta = readChartMeta(pack, dir);
    if (meta.name && meta.version && `${meta.name}-${meta.version}` === m[2]) return dir;
  }
  return undefined;
}
