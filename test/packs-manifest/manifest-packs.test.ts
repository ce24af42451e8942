/**
 * The manifest packs (lb-metallb 0.11.0, 0.13.5) act on their values: their manifests are Go
 * templates over `manifests.metallb`, rendered here by helm 3.6.2 as the oracle for Palette's manifest
 * rendering (see helpers.ts). What they deploy must be what `spectro-pack render` says they deploy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { renderText } from '../../src/actions/render.js';
import { applyPreset } from '../../src/pack/presets/apply.js';
import { sortObjects, type RenderedObject } from '../chart/helm.js';
import { keyPaths, MANIFEST_PACKS, packValues, presetsOf, renderManifests, renderManifestsText, type ManifestPack, type Obj } from './helpers.js';

/** How each pack is configured: the render target and the objects that carry the configuration. */
const TARGET: Record<string, { target: 'crs' | 'configmap'; config: string[] }> = {
  'lb-metallb-0.13.5': { target: 'crs', config: ['IPAddressPool/first-pool', 'L2Advertisement/default'] },
  'lb-metallb-0.11.0': { target: 'configmap', config: ['ConfigMap/config'] },
};

const HOSTILE = '10.0.0.1/32\n  evil: true';

const metallb = (values: Obj) => (values['manifests'] as Obj)['metallb'] as Obj;

function withMetallb(values: Obj, patch: Obj): Obj {
  const copy = structuredClone(values);
  Object.assign(metallb(copy), patch);
  return copy;
}

const isConfig = (pack: ManifestPack) => (o: RenderedObject) => TARGET[pack.name]!.config.includes(`${o.kind}/${o.metadata.name}`);

/** kind, apiVersion, name, namespace and the configuration itself (spec, or data.config parsed). */
function comparable(o: RenderedObject): Obj {
  const out: Obj = { kind: o.kind, apiVersion: o.apiVersion, name: o.metadata.name, namespace: o.metadata.namespace };
  if (o.kind === 'ConfigMap') {
    const data = (o['data'] ?? {}) as Obj;
    out['dataKeys'] = Object.keys(data).sort();
    out['config'] = parse(String(data['config']));
  } else {
    out['spec'] = o.spec ?? {};
  }
  return out;
}

/** What `spectro-pack render` prints for these values (must render without error). */
function ours(pack: ManifestPack, values: Obj): RenderedObject[] {
  const r = renderText('values.yaml', stringify(values), { metallbVersion: pack.version, target: TARGET[pack.name]!.target });
  expect(r.diagnostics.filter((d) => d.severity === 'error'), 'render diagnostics').toEqual([]);
  expect(r.ok).toBe(true);
  return [...r.files.values()].flatMap((t) => parseAllDocuments(t).map((d) => d.toJS() as RenderedObject)).filter((o) => o !== null);
}

/** The configuration objects helm renders from the manifests agree with `render`, object for object. */
function agree(pack: ManifestPack, values: Obj): RenderedObject[] {
  const all = renderManifests(pack, values);
  const theirs = sortObjects(all.filter(isConfig(pack)));
  expect(theirs.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(TARGET[pack.name]!.config);
  expect(theirs.map(comparable)).toEqual(sortObjects(ours(pack, values)).map(comparable));
  return all;
}

function container(objects: RenderedObject[], kind: string, name: string): Obj {
  const o = objects.find((x) => x.kind === kind && x.metadata.name === name);
  expect(o, `${kind}/${name}`).toBeDefined();
  const containers = (((o!.spec as Obj)['template'] as Obj)['spec'] as Obj)['containers'] as Obj[];
  const c = containers.find((x) => x['name'] === name);
  expect(c, `container ${name} of ${kind}/${name}`).toBeDefined();
  return c!;
}

function expectImages(objects: RenderedObject[], values: Obj): void {
  const images = metallb(values)['images'] as Obj;
  expect(container(objects, 'Deployment', 'controller')['image']).toBe(images['controller']);
  expect(container(objects, 'DaemonSet', 'speaker')['image']).toBe(images['speaker']);
}

const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding']);

function expectNamespace(objects: RenderedObject[], ns: string): void {
  for (const o of objects) {
    if (CLUSTER_SCOPED.has(o.kind)) expect(o.metadata.namespace, `${o.kind}/${o.metadata.name}`).toBeUndefined();
    else expect(o.metadata.namespace, `${o.kind}/${o.metadata.name}`).toBe(ns);
  }
  expect(objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name)).toEqual([ns]);
  for (const o of objects.filter((x) => x.kind === 'ClusterRoleBinding' || x.kind === 'RoleBinding')) {
    for (const s of (o['subjects'] ?? []) as Obj[]) expect(s['namespace'], `${o.kind}/${o.metadata.name} subject`).toBe(ns);
  }
}

describe('manifest packs', () => {
  it('are lb-metallb 0.11.0 and 0.13.5, each with its manifests listed in pack.json', () => {
    expect(MANIFEST_PACKS.map((p) => p.name)).toEqual(Object.keys(TARGET).sort());
    for (const p of MANIFEST_PACKS) expect(p.manifests.length, p.name).toBeGreaterThan(0);
  });
});

for (const pack of MANIFEST_PACKS) {
  describe(`${pack.name}: the manifests rendered with the pack values`, () => {
    const values = packValues(pack.dir);

    it('the pack values.yaml as the values file: output parses, config agrees with render, images and namespace from the values', () => {
      const text = readFileSync(join(pack.dir, 'values.yaml'), 'utf8');
      const objects = renderManifests(pack, {}, text);
      expect(sortObjects(objects.filter(isConfig(pack))).map(comparable)).toEqual(sortObjects(ours(pack, values)).map(comparable));
      expectImages(objects, values);
      expectNamespace(objects, String(metallb(values)['namespace']));
    });

    it('the manifests hard-code no image and no namespace', () => {
      for (const m of pack.manifests) {
        const text = readFileSync(join(pack.dir, m), 'utf8').split('\n').filter((l) => !l.trimStart().startsWith('#')).join('\n');
        expect(text, m).not.toMatch(/image:\s*[^\s{]/);
        expect(text, m).not.toMatch(/namespace:\s*[^\s{]/);
      }
    });

    it('pack.content.images lists the images the manifests deploy', () => {
      const images = metallb(values)['images'] as Obj;
      const content = (((values['pack'] as Obj)['content'] as Obj)['images'] as Obj[]).map((i) => i['image']);
      expect([...content].sort()).toEqual([images['controller'], images['speaker']].sort());
    });

    for (const preset of presetsOf(pack.dir)) {
      it(`preset ${preset.name}: config agrees with render`, () => {
        const applied = applyPreset(values, preset);
        const objects = agree(pack, applied);
        expectImages(objects, applied);
      });
    }

    it('other addresses, avoidBuggyIps false or absent: config agrees with render', () => {
      agree(pack, withMetallb(values, { addresses: ['10.10.184.0/24', '10.10.185.1-10.10.185.9', 'fc00:f853:ccd:e799::/124'], avoidBuggyIps: false }));
      const noAvoid = withMetallb(values, {});
      delete metallb(noAvoid)['avoidBuggyIps'];
      agree(pack, noAvoid);
    });

    it('images from a mirror registry reach the Deployment and the DaemonSet', () => {
      const v = withMetallb(values, { images: { controller: 'registry.local:5000/metallb/controller:mirror', speaker: 'registry.local:5000/metallb/speaker@sha256:' + 'a'.repeat(64) } });
      expectImages(agree(pack, v), v);
    });

    it('another namespace reaches every namespaced object (the values are the only source)', () => {
      const v = withMetallb(values, { namespace: 'lb-system' });
      expectNamespace(agree(pack, v), 'lb-system');
    });

    it(`a hostile address ${JSON.stringify(HOSTILE)} stays one string and adds no key`, () => {
      const base = renderManifests(pack, values);
      const v = withMetallb(values, { addresses: [HOSTILE, 'a: b', '- c', '{d: 1}'] });
      const objects = renderManifests(pack, v);
      expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(base.map((o) => `${o.kind}/${o.metadata.name}`));
      const config = objects.filter(isConfig(pack));
      for (const o of config) expect(keyPaths(o).filter((k) => /evil|\bd\b/.test(k)), `${o.kind}/${o.metadata.name}`).toEqual([]);
      if (TARGET[pack.name]!.target === 'crs') {
        const pool = config.find((o) => o.kind === 'IPAddressPool')!;
        expect(pool.spec).toStrictEqual({ addresses: [HOSTILE, 'a: b', '- c', '{d: 1}'], avoidBuggyIPs: true });
      } else {
        const cm = comparable(config[0]!);
        expect(cm['dataKeys']).toEqual(['config']);
        expect(cm['config']).toStrictEqual({ 'address-pools': [{ name: 'default', protocol: 'layer2', addresses: [HOSTILE, 'a: b', '- c', '{d: 1}'], 'avoid-buggy-ips': true }] });
      }
    });

    it('hostile namespace and image strings stay strings and add no key', () => {
      const evil = 'x"\n  evil: true';
      const base = renderManifests(pack, values);
      const v = withMetallb(values, { namespace: `ns${evil}`, images: { controller: `c${evil}`, speaker: `s${evil}` } });
      const objects = renderManifests(pack, v);
      expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(base.map((o) => (o.kind === 'Namespace' ? `Namespace/ns${evil}` : `${o.kind}/${o.metadata.name}`)));
      for (const o of objects) expect(keyPaths(o).filter((k) => k.includes('evil')), `${o.kind}/${o.metadata.name}`).toEqual([]);
      expect(container(objects, 'Deployment', 'controller')['image']).toBe(`c${evil}`);
      expect(container(objects, 'DaemonSet', 'speaker')['image']).toBe(`s${evil}`);
    });

    it('values that cannot configure MetalLB stop the rendering with a message naming the key', () => {
      const cases: [Obj, RegExp][] = [
        [withMetallb(values, { addresses: [] }), /manifests\.metallb\.addresses: list at least one address/],
        [withMetallb(values, { addresses: '10.0.0.0/24' }), /manifests\.metallb\.addresses: list at least one address/],
        [withMetallb(values, { addresses: [24] }), /manifests\.metallb\.addresses: 24 is not a string/],
        [withMetallb(values, { avoidBuggyIps: 'yes' }), /manifests\.metallb\.avoidBuggyIps: write true or false/],
        [withMetallb(values, { images: { speaker: 'quay.io/metallb/speaker:v1' } }), /manifests\.metallb\.images\.controller: set the controller image/],
      ];
      for (const [v, message] of cases) expect(() => renderManifestsText(pack, v)).toThrow(message);
    });
  });
}
