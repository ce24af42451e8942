import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { convertPath, type ConvertOptions } from '../../src/actions/convert.js';
import { renderPath, renderText } from '../../src/actions/render.js';
import type { BgpMode } from '../../src/metallb/model.js';
import { mergeValues } from '../../src/values/layers.js';
import { toYamlText } from '../../src/render/yaml-emit.js';
import { ROOT } from './golden.js';

/**
 * CRs → helm values → `render --target crs` gives the same objects, byte for byte, as rendering
 * the CRs themselves; likewise through the whole lb-metallb-helm values.yaml. Checked for the
 * fixtures (ConfigMap with BGP peers, BFD profiles and communities included), every bundled pack
 * and every preset of every bundled pack.
 */
function files(m: Map<string, string>): Record<string, string> {
  return Object.fromEntries(m);
}

function renderedFromHelm(text: string, version: string, bgpMode?: BgpMode): Record<string, string> {
  const r = renderText('converted.values.yaml', text, { target: 'crs', metallbVersion: version, bgpMode });
  expect(r.diagnostics.filter((d) => d.severity === 'error'), JSON.stringify(r.diagnostics, null, 1)).toEqual([]);
  return files(r.files);
}

function expectRoundTrip(crs: Record<string, string>, convert: (to: ConvertOptions['to']) => ReturnType<typeof convertPath>, bgpMode?: BgpMode): void {
  expect(Object.keys(crs).length).toBeGreaterThan(0);
  for (const to of ['helm-values', 'lb-metallb-helm'] as const) {
    const c = convert(to);
    expect(c.ok, JSON.stringify(c.diagnostics, null, 1)).toBe(true);
    expect(renderedFromHelm(c.files.get('values.yaml')!, c.metallbVersion, bgpMode), `through ${to}`).toEqual(crs);
  }
}

describe('round trip: CRs → helm values → render --target crs', () => {
  it('CR fixture with every kind, labels and selectors', () => {
    const input = 'test/convert/fixtures/crs.yaml';
    const direct = renderPath(input, { cwd: ROOT, bgpMode: 'frr-k8s' });
    expect(direct.ok).toBe(true);
    expectRoundTrip(files(direct.files), (to) => convertPath(input, { to, cwd: ROOT, bgpMode: 'frr-k8s' }), 'frr-k8s');
  });

  for (const [name, mode] of [['configmap-bgp.yaml', 'frr'], ['configmap-l2.yaml', undefined]] as const) {
    it(`legacy ConfigMap ${name}: the converted CRs, and the same objects through helm values`, () => {
      const input = `test/convert/fixtures/${name}`;
      const crs = convertPath(input, { to: 'crs', cwd: ROOT, bgpMode: mode });
      expect(crs.ok).toBe(true);
      // the converted CRs render to themselves
      const again = renderText('converted.yaml', [...crs.files.values()].map((t) => `---\n${t}`).join(''), { bgpMode: mode });
      expect(files(again.files)).toEqual(files(crs.files));
      expectRoundTrip(files(crs.files), (to) => convertPath(input, { to, cwd: ROOT, bgpMode: mode }), mode === 'frr' ? 'frr' : undefined);
    });
  }

  const packs = readdirSync(join(ROOT, 'packs')).sort();
  for (const pack of packs) {
    it(`bundled pack ${pack}`, () => {
      const dir = `packs/${pack}`;
      const helmPack = pack.startsWith('lb-metallb-helm-');
      // lb-metallb ≤ 0.12 has no CRs: its objects are those the pack deploys from 0.13 on
      const crs = helmPack ? renderPath(dir, { cwd: ROOT, target: 'crs' }) : convertPath(dir, { to: 'crs', cwd: ROOT });
      expect(crs.ok, JSON.stringify(crs.diagnostics, null, 1)).toBe(true);
      expectRoundTrip(files(crs.files), (to) => convertPath(dir, { to, cwd: ROOT }));
    });

    const presets = (parse(readFileSync(join(ROOT, 'packs', pack, 'presets.yaml'), 'utf8')) as { presets?: { name: string; remove?: string[]; add?: string }[] }).presets ?? [];
    for (const preset of presets) {
      it(`bundled pack ${pack} with preset ${preset.name}`, () => {
        const values = parse(readFileSync(join(ROOT, 'packs', pack, 'values.yaml'), 'utf8')) as Record<string, unknown>;
        for (const path of preset.remove ?? []) removePath(values, path);
        // a copy of the pack with the preset applied to its values.yaml
        const dir = mkdtempSync(join(tmpdir(), 'spectro-pack-preset-'));
        try {
          cpSync(join(ROOT, 'packs', pack), dir, { recursive: true });
          writeFileSync(join(dir, 'values.yaml'), toYamlText(mergeValues(values, parse(preset.add ?? '{}'))));
          const crs = pack.startsWith('lb-metallb-helm-') ? renderPath(dir, { target: 'crs' }) : convertPath(dir, { to: 'crs' });
          expect(crs.ok, JSON.stringify(crs.diagnostics, null, 1)).toBe(true);
          expectRoundTrip(files(crs.files), (to) => convertPath(dir, { to }));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });
    }
  }
});

/** Deletes a dotted path (a preset's `remove`) from plain values. */
function removePath(values: Record<string, unknown>, dotted: string): void {
  const parts = dotted.split('.');
  let cur: unknown = values;
  for (const p of parts.slice(0, -1)) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[p] : undefined;
  if (cur && typeof cur === 'object') delete (cur as Record<string, unknown>)[parts[parts.length - 1]!];
}
