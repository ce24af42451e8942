import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPath, type RenderTarget } from '../../src/actions/render.js';
import { SpectroPackError } from '../../src/core/errors.js';
import { joinDocuments } from '../../src/render/files.js';
import { GOLDEN, ROOT, bundledPacks } from './helpers.js';

/**
 * Golden files for every bundled pack × target × MetalLB version family it renders for.
 * `UPDATE_GOLDEN=1 npx vitest run test/render` rewrites them (review the diff); otherwise the
 * output must match byte for byte. Combinations refused by design are asserted as refusals:
 * `usage` (exit 2, a flag combination that can never render) or `invalid` (exit 1, validation
 * errors with the codes listed).
 */
type Expect = { golden: true } | { usage: RegExp } | { invalid: string[] };
interface Case {
  pack: string;
  target: RenderTarget;
  version: string;
  expect: Expect;
}

const short = (v: string) => v.split('.').slice(0, 2).join('.');
const LEGACY = ['0.9.6', '0.11.0', '0.12.1'];
const CR_FAMILIES = ['0.14.9', '0.15.3', '0.16.1'];
const golden: Expect = { golden: true };

const manifestCases = (pack: string, own013: string): Case[] => [
  ...LEGACY.map((version) => ({ pack, target: 'configmap' as const, version, expect: golden })),
  ...[own013, ...CR_FAMILIES].map((version) => ({ pack, target: 'crs' as const, version, expect: golden })),
  { pack, target: 'crs', version: '0.12.1', expect: { usage: /MetalLB 0\.12\.1 is configured by the ConfigMap "config", not by custom resources/ } },
  { pack, target: 'configmap', version: '0.13.12', expect: { usage: /MetalLB 0\.13\.12 is configured by custom resources, not by the ConfigMap "config"/ } },
  ...['0.12.1', '0.16.1'].map((version) => ({ pack, target: 'helm-values' as const, version, expect: { usage: /--target helm-values is for the lb-metallb-helm pack/ } })),
];

const helmCases = (pack: string, versions: string[], refused: [string, string[]][]): Case[] => [
  ...versions.flatMap((version) => (['crs', 'helm-values'] as const).map((target) => ({ pack, target, version, expect: golden }))),
  { pack, target: 'configmap', version: versions.at(-1)!, expect: { usage: /the lb-metallb-helm pack configures MetalLB with custom resources, not the ConfigMap/ } },
  // ≤ 0.12 and versions the pack's values do not fit: validation refuses (exit 1)
  ...refused.flatMap(([version, codes]) => (['crs', 'helm-values'] as const).map((target) => ({ pack, target, version, expect: { invalid: codes } }))),
];

const CASES: Case[] = [
  ...manifestCases('lb-metallb-0.11.0', '0.13.12'),
  ...manifestCases('lb-metallb-0.13.5', '0.13.5'),
  ...helmCases('lb-metallb-helm-0.13.7', ['0.13.7', '0.14.9', '0.15.3'], [
    ['0.12.1', ['metallb/crs-unsupported-version', 'presets/invalid-values']],
    // the 0.13 chart's presets set keys the 0.16 chart schema does not have
    ['0.16.1', ['presets/invalid-values']],
  ]),
  ...helmCases('lb-metallb-helm-0.16.1', CR_FAMILIES, [
    ['0.12.1', ['metallb/crs-unsupported-version', 'presets/invalid-values', 'schema/unknown-key']],
    // values use keys the 0.13 chart does not know
    ['0.13.12', ['schema/unknown-key']],
  ]),
];

const nameOf = (c: Case) => `pack.${c.pack}.${c.target}.${short(c.version)}`;
const run = (c: Case) => renderPath(join('packs', c.pack), { cwd: ROOT, target: c.target, metallbVersion: c.version });

describe('golden render output of the bundled packs', () => {
  it('covers every bundled pack', () => {
    const dirs = bundledPacks().map((p) => p.dir.split(/[\\/]/).at(-1));
    expect([...new Set(CASES.map((c) => c.pack))].sort()).toEqual(dirs.sort());
  });

  it.each(CASES.map((c) => [`${nameOf(c)} ${'golden' in c.expect ? '' : 'refused'}`.trim(), c] as const))('%s', (_name, c) => {
    const e = c.expect;
    if ('usage' in e) {
      let err: unknown;
      try {
        run(c);
      } catch (x) {
        err = x;
      }
      expect(err).toBeInstanceOf(SpectroPackError);
      expect((err as SpectroPackError).kind).toBe('usage');
      expect((err as Error).message).toMatch(e.usage);
      return;
    }
    const r = run(c);
    if ('invalid' in e) {
      expect(r.ok).toBe(false);
      expect(r.files.size).toBe(0);
      expect([...new Set(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code))].sort()).toEqual([...e.invalid].sort());
      return;
    }
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.renderTarget).toBe(c.target);
    expect(r.metallbVersion).toBe(c.version);
    const text = joinDocuments(r.files);
    const file = join(GOLDEN, `${nameOf(c)}.yaml`);
    if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) {
      if (process.env['UPDATE_GOLDEN'] !== '1') throw new Error(`${file} is missing; run with UPDATE_GOLDEN=1 and review it`);
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, text);
    }
    expect(text).toBe(readFileSync(file, 'utf8'));
  });

  it('a golden for each version family: 0.9/0.11/0.12 legacy and 0.13–0.16', () => {
    const families = new Set(CASES.filter((c) => 'golden' in c.expect).map((c) => short(c.version)));
    expect([...families].sort()).toEqual(['0.11', '0.12', '0.13', '0.14', '0.15', '0.16', '0.9']);
  });
});
