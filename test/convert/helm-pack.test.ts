import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HELM_PACK_IMAGES, HELM_PACK_VERSIONS, chooseHelmPackVersion } from '../../src/convert/helm-pack.js';
import { parseVersion } from '../../src/metallb/version.js';
import { ROOT } from './golden.js';

const UPSTREAM = join(ROOT, '../shared/metallb-upstream');

describe('lb-metallb-helm image table', () => {
  it('equals pack.content.images of every bundled lb-metallb-helm pack', () => {
    const packs = readdirSync(join(ROOT, 'packs')).filter((p) => p.startsWith('lb-metallb-helm-'));
    expect(packs.length).toBeGreaterThan(0);
    for (const p of packs) {
      const version = p.replace('lb-metallb-helm-', '');
      const values = parse(readFileSync(join(ROOT, 'packs', p, 'values.yaml'), 'utf8'));
      expect(HELM_PACK_IMAGES[version], p).toEqual(values.pack.content.images.map((i: { image: string }) => i.image));
    }
  });

  it('has the FRR image tag of the upstream chart for the versions without a bundled pack', () => {
    for (const version of ['0.14.9', '0.15.3']) {
      const file = join(UPSTREAM, `v${version}`, 'chart-values.yaml');
      if (!existsSync(file)) continue;
      const chart = parse(readFileSync(file, 'utf8'));
      const frr = `${chart.speaker.frr.image.repository}:${chart.speaker.frr.image.tag}`;
      expect(HELM_PACK_IMAGES[version]).toContain(frr);
      expect(HELM_PACK_IMAGES[version]).toContain(`quay.io/metallb/controller:v${version}`);
      expect(HELM_PACK_IMAGES[version]).toContain(`quay.io/metallb/speaker:v${version}`);
    }
  });

  it('picks the smallest upgrade, the newest without a version, and refuses unpublished versions', () => {
    expect(chooseHelmPackVersion(undefined, parseVersion('0.13.5')).raw).toBe('0.13.7');
    expect(chooseHelmPackVersion(undefined, parseVersion('0.11.0')).raw).toBe('0.13.7');
    expect(chooseHelmPackVersion(undefined, parseVersion('0.15.0')).raw).toBe('0.15.3');
    expect(chooseHelmPackVersion(undefined, undefined).raw).toBe(HELM_PACK_VERSIONS[HELM_PACK_VERSIONS.length - 1]);
    expect(chooseHelmPackVersion('v0.14.9', undefined).raw).toBe('0.14.9');
    expect(() => chooseHelmPackVersion('0.14.8', undefined)).toThrow(/no lb-metallb-helm pack of that version/);
    expect(() => chooseHelmPackVersion('0.14.8', undefined)).toThrow(/0\.14\.8/);
  });
});
