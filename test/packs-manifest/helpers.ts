/**
 * Renders a manifest pack's manifests the way Palette is assumed to: as Go templates (Helm-style,
 * sprig functions) over the pack's values. The oracle is the offline helm 3.6.2 (test/chart/helm.ts):
 * the manifests become templates/ of a throwaway chart whose own values.yaml is empty, and the
 * values to render with (the pack's, or the pack's with a preset applied) are passed with -f.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { helmTemplateText, parseObjects, ROOT, type RenderedObject } from '../chart/helm.js';

export type Obj = Record<string, unknown>;

export interface ManifestPack {
  /** directory name under packs/ */
  name: string;
  dir: string;
  version: string;
  /** kubeManifests[] of pack.json */
  manifests: string[];
}

export interface Preset {
  name: string;
  group?: string;
  remove?: string[];
  add?: string;
}

export const MANIFEST_PACKS: ManifestPack[] = readdirSync(join(ROOT, 'packs'))
  .filter((d) => /^lb-metallb-\d/.test(d))
  .sort()
  .map((d) => {
    const dir = join(ROOT, 'packs', d);
    const pj = JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8')) as { version: string; kubeManifests?: string[] };
    return { name: d, dir, version: pj.version, manifests: pj.kubeManifests ?? [] };
  });

export function packValues(dir: string): Obj {
  return parse(readFileSync(join(dir, 'values.yaml'), 'utf8')) as Obj;
}

export function presetsOf(dir: string): Preset[] {
  const file = join(dir, 'presets.yaml');
  return existsSync(file) ? ((parse(readFileSync(file, 'utf8')) as { presets?: Preset[] }).presets ?? []) : [];
}

/** The pack's kubeManifests as templates/ of a throwaway chart; its values.yaml is `valuesText` (default: none). */
function manifestChart(pack: ManifestPack, valuesText?: string): { chart: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'spectro-pack-manifests-'));
  const chart = join(dir, 'lb-metallb');
  mkdirSync(join(chart, 'templates'), { recursive: true });
  writeFileSync(join(chart, 'Chart.yaml'), `apiVersion: v2\nname: lb-metallb\nversion: ${pack.version}\ndescription: the manifests of ${pack.name}, rendered as templates\n`);
  for (const m of pack.manifests) cpSync(join(pack.dir, m), join(chart, 'templates', basename(m)));
  if (valuesText !== undefined) writeFileSync(join(chart, 'values.yaml'), valuesText);
  return { chart, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * `helm template` of the pack's manifests with `values` (passed with -f) → text; with `valuesFile`,
 * that text is the chart's own values.yaml (Helm parses it, as Palette would the pack's file).
 * The release namespace is `default` on purpose: every namespace must come from the values.
 * Throws with Helm's stderr on failure.
 */
export function renderManifestsText(pack: ManifestPack, values: unknown, valuesFile?: string): string {
  const c = manifestChart(pack, valuesFile);
  try {
    return helmTemplateText(c.chart, values, 'default');
  } finally {
    c.cleanup();
  }
}

/** `helm template` of the pack's manifests with `values` → parsed objects (throws on invalid YAML). */
export function renderManifests(pack: ManifestPack, values: unknown, valuesFile?: string): RenderedObject[] {
  return parseObjects(renderManifestsText(pack, values, valuesFile));
}

/** Every map key anywhere in `v`, as dotted paths (for "no key was added" checks). */
export function keyPaths(v: unknown, prefix = ''): string[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => keyPaths(x, `${prefix}[${i}]`));
  if (typeof v !== 'object' || v === null) return [];
  return Object.entries(v as Obj).flatMap(([k, x]) => [`${prefix}${prefix ? '.' : ''}${k}`, ...keyPaths(x, `${prefix}${prefix ? '.' : ''}${k}`)]);
}
