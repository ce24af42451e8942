import { describe, expect, it } from 'vitest';
import { convertPath, type ConvertOptions, type ConvertTarget } from '../../src/actions/convert.js';
import { joinDocuments } from '../../src/render/files.js';
import { ROOT, expectGolden } from './golden.js';

/**
 * Every input form × every target, byte for byte against test/golden/convert/
 * (`UPDATE_GOLDEN=1 npx vitest run test/convert` rewrites them).
 */
interface Case {
  name: string;
  input: string;
  opts?: Omit<ConvertOptions, 'to'>;
}

const INPUTS: Case[] = [
  { name: 'configmap-bgp', input: 'test/convert/fixtures/configmap-bgp.yaml', opts: { bgpMode: 'frr' } },
  { name: 'configmap-l2', input: 'test/convert/fixtures/configmap-l2.yaml' },
  { name: 'crs', input: 'test/convert/fixtures/crs.yaml', opts: { bgpMode: 'frr-k8s' } },
  { name: 'lb-metallb-0.13.5', input: 'packs/lb-metallb-0.13.5' },
  { name: 'lb-metallb-0.11.0', input: 'packs/lb-metallb-0.11.0' },
  { name: 'lb-metallb-helm-0.16.1', input: 'packs/lb-metallb-helm-0.16.1' },
];
const TARGETS: ConvertTarget[] = ['crs', 'helm-values', 'lb-metallb-helm'];

describe('convert golden files', () => {
  for (const c of INPUTS) {
    for (const to of TARGETS) {
      it(`${c.name} → ${to}`, () => {
        const r = convertPath(c.input, { to, cwd: ROOT, ...c.opts });
        expect(r.diagnostics.filter((d) => d.severity === 'error'), JSON.stringify(r.diagnostics, null, 1)).toEqual([]);
        expect(r.ok).toBe(true);
        const text = to === 'crs' ? joinDocuments(r.files) : r.files.get('values.yaml')!;
        expectGolden('convert', `${c.name}.${to}.yaml`, text);
        // deterministic: a second run gives the same bytes
        const again = convertPath(c.input, { to, cwd: ROOT, ...c.opts });
        expect(to === 'crs' ? joinDocuments(again.files) : again.files.get('values.yaml')).toBe(text);
      });
    }
  }
  it('an older lb-metallb-helm target version (0.14.9, native mode)', () => {
    const r = convertPath('test/convert/fixtures/configmap-l2.yaml', { to: 'lb-metallb-helm', metallbVersion: '0.14.9', bgpMode: 'native', cwd: ROOT });
    expect(r.ok).toBe(true);
    expectGolden('convert', 'configmap-l2.lb-metallb-helm.0.14.9-native.yaml', r.files.get('values.yaml')!);
  });
});
