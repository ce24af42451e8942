import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkAirGap } from '../../src/deps/air-gap.js';
import { packageChart } from '../../src/deps/chart-package.js';
import { writeTree } from './fixtures.js';

const UPSTREAM = resolve('../shared/metallb-upstream');
const BUNDLED = resolve('packs');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sp-airgap-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The bundled Helm pack with the upstream metallb chart stubbed by its real default values (read from ../shared). */
async function bundledWithUpstream(pack: string, upstreamTag: string): Promise<string> {
  const p = join(dir, pack);
  cpSync(join(BUNDLED, pack), p, { recursive: true });
  const chartYaml = parse(readFileSync(join(p, 'charts/metallb-full/Chart.yaml'), 'utf8')) as { dependencies: { name: string; version: string }[] };
  const dep = chartYaml.dependencies.find((d) => d.name === 'metallb')!;
  const stub = join(dir, 'stub');
  writeTree(stub, {
    'Chart.yaml': `apiVersion: v2\nname: metallb\nversion: ${dep.version}\nappVersion: v${dep.version}\n`,
    'values.yaml': readFileSync(join(UPSTREAM, upstreamTag, 'chart-values.yaml')),
  });
  mkdirSync(join(p, 'charts/metallb-full/charts'), { recursive: true });
  await packageChart(stub, (m) => join(p, 'charts/metallb-full/charts', `${m.name}-${m.version}.tgz`));
  return p;
}

describe('air-gap check on the bundled Helm packs (needs ../shared/metallb-upstream; fails without it)', () => {
  it('0.16.1: controller and speaker from the upstream defaults; FRR sidecar (off by default) and kube-rbac-proxy (monitors off) are not deployed', async () => {
    const p = await bundledWithUpstream('lb-metallb-helm-0.16.1', 'v0.16.1');
    const values = parse(readFileSync(join(p, 'values.yaml'), 'utf8'));
    const r = await checkAirGap({ dir: p, display: '', values, valuesFile: 'values.yaml', chartDirs: ['charts/metallb-full'] });
    expect(r.images).toEqual([
      { image: 'quay.io/metallb/controller:v0.16.1', from: 'charts.metallb-full.metallb.controller.image' },
      { image: 'quay.io/metallb/speaker:v0.16.1', from: 'charts.metallb-full.metallb.speaker.image' },
    ]);
    expect(r.findings).toEqual([]);
  });

  it('0.13.7: every image found is listed in pack.content.images', async () => {
    const p = await bundledWithUpstream('lb-metallb-helm-0.13.7', 'v0.13.12');
    const values = parse(readFileSync(join(p, 'values.yaml'), 'utf8'));
    const r = await checkAirGap({ dir: p, display: '', values, valuesFile: 'values.yaml', chartDirs: ['charts/metallb-full'] });
    expect(r.images.map((i) => i.image)).toEqual(expect.arrayContaining(['quay.io/metallb/controller:v0.13.7', 'quay.io/metallb/speaker:v0.13.7']));
    expect(r.images.some((i) => i.image.includes('kube-rbac-proxy'))).toBe(false);
    expect(r.findings.map((f) => f.message)).toEqual([]);
  });
});
