/**
 * Presets of one group replace each other: Palette applies a preset by deleting its `remove` paths and
 * merging its `add` over the current values, so a preset must remove everything any other preset of
 * its group writes. Checked on every bundled pack (manifest and Helm): switching from any preset to
 * another gives the same values as choosing the second one on the pack's own values.yaml, and the
 * preset named on the `enabled-presets` line describes values.yaml as shipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyPreset } from '../../src/pack/presets/apply.js';
import { ROOT } from '../chart/helm.js';
import { packValues, presetsOf, type Preset } from './helpers.js';

const PACKS = readdirSync(join(ROOT, 'packs')).filter((d) => d.startsWith('lb-metallb-')).sort();

/** Dotted paths of every leaf a preset's `add` writes (maps are descended, lists and scalars are leaves). */
function written(add: string | undefined): string[] {
  const walk = (v: unknown, prefix: string): string[] =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length ? Object.entries(v).flatMap(([k, x]) => walk(x, prefix ? `${prefix}.${k}` : k)) : [prefix];
  return add ? walk(parse(add), '') : [];
}

const covered = (path: string, removes: string[]) => removes.some((r) => path === r || path.startsWith(`${r}.`));

for (const pack of PACKS) {
  describe(`${pack}: presets`, () => {
    const dir = join(ROOT, 'packs', pack);
    const values = packValues(dir);
    const presets = presetsOf(dir);
    const groups = new Map<string, Preset[]>();
    for (const p of presets) groups.set(p.group ?? '', [...(groups.get(p.group ?? '') ?? []), p]);

    it('each preset removes every path the other presets of its group write', () => {
      for (const group of groups.values()) {
        for (const p of group) {
          for (const other of group) {
            const stale = written(other.add).filter((path) => !covered(path, p.remove ?? []));
            expect(stale, `${p.name} after ${other.name}`).toEqual([]);
          }
        }
      }
    });

    it('switching from any preset to another equals choosing the second on values.yaml', () => {
      for (const group of groups.values()) {
        for (const first of group) {
          for (const second of group) {
            expect(applyPreset(applyPreset(values, first), second), `${first.name} → ${second.name}`).toEqual(applyPreset(values, second));
          }
        }
      }
    });

    it('the enabled preset describes values.yaml as shipped', () => {
      const line = readFileSync(join(dir, 'values.yaml'), 'utf8').split('\n')[0]!;
      const m = /^# spectrocloud\.com\/enabled-presets:\s*(.*)$/.exec(line);
      if (!m) return;
      for (const item of m[1]!.split(',').map((s) => s.trim()).filter(Boolean)) {
        const [group, name] = item.split(':');
        const preset = presets.find((p) => p.group === group && p.name === name);
        expect(preset, item).toBeDefined();
        expect(applyPreset(values, preset!), item).toEqual(values);
      }
    });
  });
}
