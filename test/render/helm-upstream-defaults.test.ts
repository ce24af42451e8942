import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import * as tar from 'tar';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderPath } from '../../src/actions/render.js';
import { renderCodes } from '../../src/render/catalog.js';
import { UPSTREAM, bundledPacks, crdTagFor } from './helpers.js';

/**
 * `--target helm-values`: with the upstream chart vendored (as `spectro-pack deps` leaves it),
 * its values.yaml is coalesced under `metallb:` and the block passes the upstream values schema.
 * The upstream chart is stood in for by a tiny archive whose values.yaml is the real one.
 */
const helmPacks = bundledPacks().filter((p) => p.name === 'lb-metallb-helm');
const tmp = mkdtempSync(join(tmpdir(), 'sp-upstream-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function chartVersion(packDir: string): string {
  const chart = parse(readFileSync(join(packDir, 'charts/metallb-full/Chart.yaml'), 'utf8')) as { dependencies: { name: string; version: string }[] };
  return chart.dependencies.find((d) => d.name === 'metallb')!.version;
}

/** A copy of the pack with charts/metallb-full/charts/metallb-<v>.tgz whose values.yaml is upstream's `tag`. */
function vendoredCopy(pack: { dir: string; version: string }, tag: string, name: string): string {
  const dir = join(tmp, name);
  cpSync(pack.dir, dir, { recursive: true });
  const v = chartVersion(pack.dir);
  const stage = join(tmp, `${name}-stage`);
  mkdirSync(join(stage, 'metallb'), { recursive: true });
  writeFileSync(join(stage, 'metallb/Chart.yaml'), `apiVersion: v2\nname: metallb\nversion: ${v}\nappVersion: v${v}\n`);
  cpSync(join(UPSTREAM, tag, 'chart-values.yaml'), join(stage, 'metallb/values.yaml'));
  mkdirSync(join(dir, 'charts/metallb-full/charts'), { recursive: true });
  tar.c({ gzip: true, sync: true, file: join(dir, `charts/metallb-full/charts/metallb-${v}.tgz`), cwd: stage, portable: true }, ['metallb']);
  return dir;
}

describe('helm-values with the upstream chart defaults', () => {
  it('has bundled helm packs to check', () => expect(helmPacks.length).toBeGreaterThan(0));

  it.each(helmPacks.map((p) => [p.version, p] as const))('lb-metallb-helm %s: the metallb block passes the upstream values schema', (_v, pack) => {
    const tag = crdTagFor(pack.version);
    const dir = vendoredCopy(pack, tag, `helm-${pack.version}`);
    const r = renderPath(dir, { target: 'helm-values' });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => d.code)).not.toContain('render/subchart-defaults-missing');
    const values = parse(r.files.get('values.yaml')!) as { metallb: Record<string, unknown>; configuration: unknown };
    const upstream = parse(readFileSync(join(UPSTREAM, tag, 'chart-values.yaml'), 'utf8')) as Record<string, unknown>;
    // every upstream default key is there, and the pack's configuration is untouched
    expect(Object.keys(values.metallb)).toEqual(expect.arrayContaining(Object.keys(upstream)));
    expect(values.configuration).toBeDefined();
    // draft-07, named by an https URL that ajv does not know as its meta-schema: drop the reference
    const { $schema: _draft, ...schema } = JSON.parse(readFileSync(join(UPSTREAM, tag, 'chart-values.schema.json'), 'utf8')) as Record<string, unknown>;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const ok = validate(values.metallb);
    expect(ok ? [] : validate.errors).toEqual([]);
  });

  it('the pack values win over the upstream defaults, and a null deletes a default', () => {
    const pack = helmPacks.at(-1)!;
    const dir = vendoredCopy(pack, crdTagFor(pack.version), 'override');
    const over = join(tmp, 'override.values.yaml');
    writeFileSync(over, 'charts:\n  metallb-full:\n    metallb:\n      loadBalancerClass: my-class\n      nameOverride: null\n');
    const r = renderPath(dir, { target: 'helm-values', values: [over] });
    expect(r.ok).toBe(true);
    const m = (parse(r.files.get('values.yaml')!) as { metallb: Record<string, unknown> }).metallb;
    expect(m['loadBalancerClass']).toBe('my-class');
    expect(Object.keys(m)).not.toContain('nameOverride');
    expect(m['rbac']).toEqual({ create: true });
  });

  it('without the vendored chart: an info says the defaults were not merged and how to get them', () => {
    const pack = helmPacks.at(-1)!;
    const r = renderPath(pack.dir, { target: 'helm-values' });
    expect(r.ok).toBe(true);
    const d = r.diagnostics.find((x) => x.code === 'render/subchart-defaults-missing');
    expect(d?.severity).toBe('info');
    expect(d?.message).toMatch(/not merged/);
    expect(d?.message).toMatch(/spectro-pack deps/);
    expect(d?.file).toMatch(/charts\/metallb-full\/values\.yaml$/);
    expect(renderCodes['render/subchart-defaults-missing']).toBeDefined();
    // crs does not need the upstream values: no such info
    expect(renderPath(pack.dir).diagnostics.map((x) => x.code)).not.toContain('render/subchart-defaults-missing');
  });
});
