import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validatePaths } from '../../src/actions/validate.js';
import { packCodes } from '../../src/pack/rules/catalog.js';

const PACKS = join(import.meta.dirname, '..', '..', 'packs');
const UPSTREAM = join(import.meta.dirname, '..', '..', '..', 'shared', 'metallb-upstream');
const dirs = readdirSync(PACKS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const OWN = ['pack/', 'pack-schema/', 'presets/'];

/** Keys of `ours` that the upstream chart values lack at the same depth. */
function unknownKeys(ours: unknown, upstream: unknown, prefix = ''): string[] {
  if (typeof ours !== 'object' || ours === null || Array.isArray(ours)) return [];
  const up = typeof upstream === 'object' && upstream !== null ? (upstream as Record<string, unknown>) : {};
  return Object.entries(ours).flatMap(([k, v]) => (k in up ? unknownKeys(v, up[k], `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('bundled packs', () => {
  it('are the four MetalLB packs', () => {
    expect(dirs).toEqual(['lb-metallb-0.11.0', 'lb-metallb-0.13.5', 'lb-metallb-helm-0.13.7', 'lb-metallb-helm-0.16.1']);
  });

  it.each(dirs)('%s has no error or warning from the pack checks', (dir) => {
    const [r] = validatePaths([join(PACKS, dir)]);
    const own = r!.diagnostics.filter((d) => OWN.some((p) => d.code.startsWith(p)) && d.severity !== 'info');
    expect(own.map((d) => `${d.code}@${d.file}:${d.range?.start.line}: ${d.message}`)).toEqual([]);
  });

  it.each(dirs)('%s: every pack code it reports is in the catalog', (dir) => {
    const [r] = validatePaths([join(PACKS, dir)]);
    for (const d of r!.diagnostics.filter((x) => OWN.some((p) => x.code.startsWith(p)))) expect(packCodes).toHaveProperty([d.code]);
  });

  it.each(dirs)('%s: values.yaml has no tabs', (dir) => {
    expect(readFileSync(join(PACKS, dir, 'values.yaml'), 'utf8')).not.toMatch(/\t/);
  });

  it.each(dirs)('%s: README documents every values key', (dir) => {
    const readme = readFileSync(join(PACKS, dir, 'README.md'), 'utf8');
    const leaves = (v: unknown, prefix: string): string[] =>
      typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0
        ? Object.entries(v).flatMap(([k, x]) => leaves(x, prefix ? `${prefix}.${k}` : k))
        : [prefix];
    const missing = leaves(parse(readFileSync(join(PACKS, dir, 'values.yaml'), 'utf8')), '').filter((k) => !readme.includes(`\`${k}\``));
    expect(missing).toEqual([]);
  });

  const helm: [string, string][] = [['lb-metallb-helm-0.13.7', 'v0.13.12'], ['lb-metallb-helm-0.16.1', 'v0.16.1']];
  it.each(helm)('%s: metallb values exist in the upstream chart (%s)', (dir, tag) => {
    const file = join(UPSTREAM, tag, 'chart-values.yaml');
    if (!existsSync(file)) return;
    const ours = parse(readFileSync(join(PACKS, dir, 'values.yaml'), 'utf8')).charts['metallb-full'].metallb;
    expect(unknownKeys(ours, parse(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it.each(helm)('%s: presets change only upstream keys under metallb (%s)', (dir, tag) => {
    const file = join(UPSTREAM, tag, 'chart-values.yaml');
    if (!existsSync(file)) return;
    const up = parse(readFileSync(file, 'utf8'));
    for (const p of parse(readFileSync(join(PACKS, dir, 'presets.yaml'), 'utf8')).presets) {
      const add = parse(p.add);
      expect(unknownKeys(add.charts['metallb-full'].metallb ?? {}, up)).toEqual([]);
    }
  });

  it.each(helm)('%s: chart source folder matches pack.json', (dir) => {
    const pj = JSON.parse(readFileSync(join(PACKS, dir, 'pack.json'), 'utf8'));
    const chart = parse(readFileSync(join(PACKS, dir, 'charts', 'metallb-full', 'Chart.yaml'), 'utf8'));
    expect(chart.name).toBe('metallb-full');
    expect(chart.version).toBe(pj.version);
    expect(pj.charts).toEqual([`charts/metallb-full-${pj.version}.tgz`]);
    expect(chart.dependencies).toEqual([{ name: 'metallb', version: pj.version, repository: 'https://metallb.github.io/metallb' }]);
  });
});
