import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPath, renderText, type RenderOptions, type RenderResult } from '../../src/actions/render.js';
import { joinDocuments } from '../../src/render/files.js';
import { FIXTURES, GOLDEN, ROOT, fixture } from './helpers.js';

/**
 * Golden files: fixtures × target × version family. `UPDATE_GOLDEN=1 npx vitest run test/render`
 * rewrites them (review the diff); otherwise the output must match byte for byte.
 */
interface Case {
  name: string;
  input: string;
  opts: RenderOptions;
}

const CR_FAMILIES = ['0.13.12', '0.14.9', '0.15.3', '0.16.1'];
const LEGACY = ['0.9.6', '0.11.0', '0.12.1'];
const short = (v: string) => v.split('.').slice(0, 2).join('.');

const CASES: Case[] = [
  ...CR_FAMILIES.map((v) => ({ name: `helm-all-kinds.crs.${short(v)}`, input: 'helm-all-kinds.values.yaml', opts: { metallbVersion: v } })),
  { name: 'helm-all-kinds.helm-values.0.16', input: 'helm-all-kinds.values.yaml', opts: { metallbVersion: '0.16.1', target: 'helm-values' } },
  ...LEGACY.map((v) => ({ name: `manifest.configmap.${short(v)}`, input: 'manifest.values.yaml', opts: { metallbVersion: v } })),
  { name: 'manifest.crs.0.13.2-no-avoid-buggy-ips', input: 'manifest.values.yaml', opts: { metallbVersion: '0.13.2' } },
  ...CR_FAMILIES.map((v) => ({ name: `manifest.crs.${short(v)}`, input: 'manifest.values.yaml', opts: { metallbVersion: v } })),
  {
    name: 'manifest.crs.0.16-set',
    input: 'manifest.values.yaml',
    opts: { metallbVersion: '0.16.1', set: ['manifests.metallb.addresses[1]=10.9.9.0/28', 'manifests.metallb.avoidBuggyIps=false'] },
  },
  ...CR_FAMILIES.map((v) => ({ name: `crs.crs.${short(v)}`, input: 'crs.yaml', opts: { metallbVersion: v } })),
  ...LEGACY.map((v) => ({ name: `configmap.configmap.${short(v)}`, input: 'configmap.yaml', opts: { metallbVersion: v } })),
  { name: 'configmap-0.12.configmap.0.12', input: 'configmap-0.12.yaml', opts: { metallbVersion: '0.12.1', bgpMode: 'frr' } },
  { name: 'pack-helm.crs.0.16-macros', input: 'pack-helm', opts: { macros: ['system.cluster.name=prod'] } },
  { name: 'pack-helm.helm-values.0.16', input: 'pack-helm', opts: { target: 'helm-values' } },
  {
    name: 'pack-helm.helm-values.0.16-layers',
    input: 'pack-helm',
    opts: {
      target: 'helm-values',
      values: [join(FIXTURES, 'override.values.yaml')],
      set: ['charts.metallb-full.metallb.speaker.logLevel=debug', 'charts.metallb-full.metallb.speaker.tolerations[0].effect=NoExecute'],
      macros: ['system.cluster.name=prod', 'var.lb_range=10.50.0.0/24'],
    },
  },
  { name: 'pack-helm.crs.0.16-layers', input: 'pack-helm', opts: { values: [join(FIXTURES, 'override.values.yaml')], macros: ['var.lb_range=10.50.0.0/24'] } },
];

function run(c: Case): RenderResult {
  if (!c.input.includes('.')) return renderPath(join('test/render/fixtures', c.input), { ...c.opts, cwd: ROOT });
  return renderText(c.input, fixture(c.input), c.opts);
}

describe('golden render output', () => {
  it.each(CASES.map((c) => [c.name, c]))('%s', (_name, c) => {
    const r = run(c);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.ok).toBe(true);
    const text = joinDocuments(r.files);
    const file = join(GOLDEN, `${c.name}.yaml`);
    if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) {
      if (process.env['UPDATE_GOLDEN'] !== '1') throw new Error(`${file} is missing; run with UPDATE_GOLDEN=1 and review it`);
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, text);
    }
    expect(text).toBe(readFileSync(file, 'utf8'));
  });

  it('rendering twice gives the same bytes (no timestamps, stable order)', () => {
    for (const c of CASES) expect(joinDocuments(run(c).files)).toBe(joinDocuments(run(c).files));
  });
});
