import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePaths, validateText } from '../../src/actions/validate.js';
import { inferValuesVersion } from '../../src/pack/infer-version.js';
import { yaml } from '../helpers/diagnose.js';

describe('inferValuesVersion: a values file validated on its own', () => {
  it.each([
    ['manifest controller image', 'lb-metallb', { manifests: { metallb: { images: { controller: 'quay.io/metallb/controller:v0.11.0' } } } }, '0.11.0'],
    ['pack.content.images', 'lb-metallb-helm', { pack: { content: { images: [{ image: 'quay.io/frrouting/frr:8.5.2' }, { image: 'quay.io/metallb/controller:v0.14.9' }] } } }, '0.14.9'],
    ['chart controller tag', 'lb-metallb-helm', { charts: { 'metallb-full': { metallb: { controller: { image: { tag: 'v0.15.3' } } } } } }, '0.15.3'],
    ['nothing to go by', 'lb-metallb-helm', { charts: { 'metallb-full': {} } }, undefined],
    ['an image that is not the controller', 'lb-metallb', { manifests: { metallb: { images: { controller: 'example.com/other:v1.2.3' } } } }, undefined],
  ] as const)('%s', (_name, kind, values, expected) => {
    expect(inferValuesVersion(undefined, values, kind)).toBe(expected);
  });

  it('prefers the pack.json beside the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-infer-'));
    writeFileSync(join(dir, 'pack.json'), JSON.stringify({ name: 'lb-metallb-helm', version: '0.13.7' }));
    expect(inferValuesVersion(join(dir, 'values.yaml'), { pack: { content: { images: [{ image: 'quay.io/metallb/controller:v0.16.1' }] } } }, 'lb-metallb-helm')).toBe('0.13.7');
  });

  it.each([
    ['packs/lb-metallb-helm-0.13.7/values.yaml', '0.13.7'],
    ['packs/lb-metallb-0.11.0/values.yaml', '0.11.0'],
    ['packs/lb-metallb-helm-0.16.1/values.yaml', '0.16.1'],
  ])('%s targets MetalLB %s like its pack directory does', (file, version) => {
    const [result] = validatePaths([file]);
    expect(result!.metallbVersion).toBe(version);
    expect(result!.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('the 0.13.7 values with FRR on do not meet 0.16 defaults (no frrk8s in the 0.13 chart)', () => {
    const text = yaml(
      'pack:',
      '  content:',
      '    images:',
      '      - image: quay.io/metallb/controller:v0.13.7',
      'charts:',
      '  metallb-full:',
      '    metallb:',
      '      speaker:',
      '        frr:',
      '          enabled: true',
    );
    const r = validateText('values.yaml', text);
    expect(r.metallbVersion).toBe('0.13.7');
    expect(r.diagnostics.map((d) => d.code)).not.toContain('metallb/frr-mode-conflict');
    expect(r.bgpMode).toBe('frr');
  });

  it('--metallb-version still wins', () => {
    expect(validatePaths(['packs/lb-metallb-helm-0.13.7/values.yaml'], { metallbVersion: '0.14.9' })[0]!.metallbVersion).toBe('0.14.9');
  });
});
