import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { renderText } from '../../src/actions/render.js';
import { joinDocuments } from '../../src/render/files.js';
import { bundledPacks, crdProblems, crdTagFor, fixture } from './helpers.js';

const FAMILIES = ['0.13.12', '0.14.9', '0.15.3', '0.16.1'];

function rendered(name: string, text: string, opts: Parameters<typeof renderText>[2]): string {
  const r = renderText(name, text, opts);
  expect(r.diagnostics.filter((d) => d.severity === 'error'), `${name} must render`).toEqual([]);
  expect(r.ok).toBe(true);
  return joinDocuments(r.files);
}

function deletePath(values: Record<string, unknown>, dotted: string): void {
  const parts = dotted.split('.');
  let cur: unknown = values;
  for (const p of parts.slice(0, -1)) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[p] : undefined;
  if (cur && typeof cur === 'object') delete (cur as Record<string, unknown>)[parts[parts.length - 1]!];
}

describe('rendered objects validate against the real CRD schema of their target version', () => {
  const packs = bundledPacks().filter((p) => !/^0\.(8|9|10|11|12)\./.test(p.version));
  it('finds bundled packs to check (packs/ is being written; at least one CR pack expected)', () => {
    expect(packs.length).toBeGreaterThan(0);
  });

  for (const pack of packs) {
    it(`bundled ${pack.name} ${pack.version}: values.yaml`, () => {
      const text = readFileSync(join(pack.dir, 'values.yaml'), 'utf8');
      const out = rendered(`${pack.name}/values.yaml`, text, { metallbVersion: pack.version });
      expect(out).toMatch(/kind: IPAddressPool/);
      expect(crdProblems(out, crdTagFor(pack.version))).toEqual([]);
    });

    let presets: { name: string; remove?: string[]; add?: string }[] = [];
    try {
      presets = parse(readFileSync(join(pack.dir, 'presets.yaml'), 'utf8'))?.presets ?? [];
    } catch {
      presets = [];
    }
    for (const preset of presets) {
      it(`bundled ${pack.name} ${pack.version}: preset ${preset.name}`, () => {
        const values = parse(readFileSync(join(pack.dir, 'values.yaml'), 'utf8')) ?? {};
        for (const p of preset.remove ?? []) deletePath(values, p);
        const out = rendered(`${pack.name}/values.yaml`, stringify(values), {
          metallbVersion: pack.version,
          layers: preset.add ? [[`presets.yaml#${preset.name}`, preset.add]] : [],
        });
        expect(crdProblems(out, crdTagFor(pack.version))).toEqual([]);
      });
    }
  }

  for (const version of FAMILIES) {
    it(`fixture helm-all-kinds at ${version}`, () => {
      const out = rendered('helm-all-kinds.values.yaml', fixture('helm-all-kinds.values.yaml'), { metallbVersion: version });
      for (const kind of ['IPAddressPool', 'L2Advertisement', 'BGPAdvertisement', 'BGPPeer', 'Community', 'BFDProfile']) expect(out).toContain(`kind: ${kind}\n`);
      expect(crdProblems(out, crdTagFor(version))).toEqual([]);
    });
    it(`fixture crs at ${version}`, () => {
      expect(crdProblems(rendered('crs.yaml', fixture('crs.yaml'), { metallbVersion: version }), crdTagFor(version))).toEqual([]);
    });
    it(`fixture manifest values at ${version}`, () => {
      expect(crdProblems(rendered('manifest.values.yaml', fixture('manifest.values.yaml'), { metallbVersion: version }), crdTagFor(version))).toEqual([]);
    });
  }

  it('the check itself catches a field the target version does not know', () => {
    const text = 'apiVersion: metallb.io/v1beta1\nkind: L2Advertisement\nmetadata: {name: x, namespace: y}\nspec:\n  serviceSelectors: []\n';
    expect(crdProblems(text, 'v0.13.12').length).toBe(1);
    expect(crdProblems('apiVersion: metallb.io/v1beta1\nkind: BFDProfile\nmetadata: {name: x, namespace: y}\nspec: {detectMultiplier: 1}\n', 'v0.16.1').length).toBe(1);
  });
});
