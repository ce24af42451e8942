import { isPlainObject } from '../values/layers.js';
import type { ChartScope } from './chart-values.js';

export interface FoundImage {
  image: string;
  /** where it was found, for messages: a values path or a manifest file */
  from: string;
}

const isTemplated = (s: string) => s.includes('{{');

/**
 * The images a chart deploys, read from its merged values: every mapping with a `repository`
 * string becomes `[registry/]repository[:tag][@digest]`, the tag defaulting to the chart's
 * appVersion (the convention of `tag | default .Chart.AppVersion`). Parts switched off are skipped:
 * a mapping with `enabled: false`, and the images held directly by a mapping whose only switches
 * (children with a boolean `enabled`) are all off (metallb's kube-rbac-proxy under `prometheus`).
 */
export function chartImages(scope: ChartScope, values: unknown, from: string): FoundImage[] {
  const out: FoundImage[] = [];
  walk(values, scope, [], out, from);
  return out;
}

function walk(node: unknown, scope: ChartScope, path: string[], out: FoundImage[], from: string): void {
  if (!isPlainObject(node)) return;
  if (node['enabled'] === false) return;
  const img = imageOf(node, scope.meta.appVersion);
  if (img) out.push({ image: img, from: `${from}.${path.join('.')}` });
  const switches = Object.values(node).filter((v) => isPlainObject(v) && typeof v['enabled'] === 'boolean') as Record<string, unknown>[];
  const allOff = node['enabled'] === undefined && switches.length > 0 && switches.every((s) => s['enabled'] === false);
  for (const [k, v] of Object.entries(node)) {
    if (allOff && isPlainObject(v) && v['enabled'] === undefined && imageOf(v, scope.meta.appVersion)) continue;
    const sub = path.length === 0 ? scope.subcharts[k] : undefined;
    if (sub) walk(v, sub, [], out, `${from}.${k}`);
    else walk(v, scope, [...path, k], out, from);
  }
}

function imageOf(node: Record<string, unknown>, appVersion: string | undefined): string | undefined {
  const repo = node['repository'];
  if (typeof repo !== 'string' || repo.trim() === '' || isTemplated(repo)) return undefined;
  const registry = typeof node['registry'] === 'string' && node['registry'] ? `${node['registry']}/` : '';
  const rawTag = node['tag'];
  const tag = typeof rawTag === 'string' || typeof rawTag === 'number' ? String(rawTag) : '';
  const digest = typeof node['digest'] === 'string' ? node['digest'] : '';
  if (isTemplated(tag)) return undefined;
  const t = tag || appVersion || '';
  return `${registry}${repo}${t ? `:${t}` : ''}${digest ? `@${digest}` : ''}`;
}

/** `image:` fields of manifest text (any YAML document, templated values skipped). */
export function manifestImages(text: string, from: string): FoundImage[] {
  const out: FoundImage[] = [];
  for (const m of text.matchAll(/^\s*(?:-\s+)?image:\s*["']?([^"'\s#]+)["']?\s*(?:#.*)?$/gm)) {
    const image = m[1]!;
    if (!isTemplated(image)) out.push({ image, from });
  }
  return out;
}

/** `manifests.<name>.images` of pack values: a map name → image or a list of images / {image}. */
export function manifestValueImages(values: unknown): FoundImage[] {
  const out: FoundImage[] = [];
  const manifests = isPlainObject(values) ? values['manifests'] : undefined;
  if (!isPlainObject(manifests)) return out;
  for (const [name, m] of Object.entries(manifests)) {
    const images = isPlainObject(m) ? m['images'] : undefined;
    const entries: [string, unknown][] = isPlainObject(images) ? Object.entries(images) : Array.isArray(images) ? images.map((v, i) => [String(i), v]) : [];
    for (const [k, v] of entries) {
      const s = typeof v === 'string' ? v : isPlainObject(v) && typeof v['image'] === 'string' ? v['image'] : undefined;
      if (s && !isTemplated(s)) out.push({ image: s, from: `manifests.${name}.images.${k}` });
    }
  }
  return out;
}

/** Docker Hub shorthands made equal: `nginx:1` = `docker.io/library/nginx:1`. */
export function normaliseImage(image: string): string {
  let s = image.trim();
  s = s.replace(/^(index\.)?docker\.io\//, '');
  s = s.replace(/^library\//, '');
  return s;
}
