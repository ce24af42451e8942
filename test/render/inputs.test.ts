import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderPath, renderText } from '../../src/actions/render.js';
import { validatePaths } from '../../src/actions/validate.js';
import { SpectroPackError } from '../../src/core/errors.js';
import { joinDocuments } from '../../src/render/files.js';
import { parseMacroFlags, substituteString } from '../../src/render/macros.js';
import { mergeValues } from '../../src/values/layers.js';
import { parseSetFlags, parseSetPath, setLayer } from '../../src/render/set-values.js';
import { ROOT, fixture } from './helpers.js';

const usage = (fn: () => unknown, re: RegExp) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SpectroPackError);
    expect((e as SpectroPackError).kind).toBe('usage');
    expect((e as Error).message).toMatch(re);
    return;
  }
  throw new Error('expected a usage error');
};

describe('--set', () => {
  it('parses dotted paths like helm (escaped dots, list indexes)', () => {
    expect(parseSetPath('a.b\\.c[0].d', 'x')).toEqual(['a', 'b.c', 0, 'd']);
    expect(parseSetPath('charts.metallb-full.x[2][1]', 'x')).toEqual(['charts', 'metallb-full', 'x', 2, 1]);
    for (const bad of ['', 'a..b', 'a.', '[0]', 'a[x]', 'a[0]b']) usage(() => parseSetPath(bad, bad), /--set/);
  });
  it('parses values as YAML scalars', () => {
    const vals = parseSetFlags(['a=false', 'b=42', 'c=null', 'd="42"', 'e=', 'f=10.0.0.0/24', 'g={{ .spectro.x }}', 'h=[1, 2]', 'i=a=b']).map((s) => s.value);
    expect(vals).toEqual([false, 42, null, '42', '', '10.0.0.0/24', '{{ .spectro.x }}', '[1, 2]', 'a=b']);
    usage(() => parseSetFlags(['novalue']), /path=value/);
  });
  it('makes a layer that, merged like helm, equals every assignment applied in order', () => {
    const base = { a: { list: ['x', 'y', 'z'], keep: 1, gone: 2 }, b: 's' };
    const sets = parseSetFlags(['a.list[1]=Y', 'a.gone=null', 'a.new.deep=true', 'c[1].k=v']);
    const layer = setLayer(base, sets);
    expect(layer).toEqual({ a: { list: ['x', 'Y', 'z'], gone: null, new: { deep: true } }, c: [null, { k: 'v' }] });
    expect(mergeValues(base, layer)).toEqual({ a: { list: ['x', 'Y', 'z'], keep: 1, new: { deep: true } }, b: 's', c: [null, { k: 'v' }] });
    expect(base.a.list).toEqual(['x', 'y', 'z']);
  });
  it('is the last values layer and is validated: a bad address set on the command line refuses the render', () => {
    const r = renderText('values.yaml', fixture('manifest.values.yaml'), { metallbVersion: '0.16.1', set: ['manifests.metallb.addresses[0]=10.0.0.1'] });
    expect(r.ok).toBe(false);
    expect(r.files.size).toBe(0);
    expect(r.diagnostics.some((d) => d.severity === 'error' && d.file === '--set')).toBe(true);
  });
});

describe('--macro', () => {
  it('substitutes values, uses defaults, leaves the rest verbatim', () => {
    const macros = parseMacroFlags(['system.cluster.name=prod', 'spectro.var.x=1']);
    const seen: string[] = [];
    const r = (s: string) => substituteString(s, macros, (m, k) => seen.push(`${k}:${m}`));
    expect(r('{{ .spectro.system.cluster.name }}-lb')).toBe('prod-lb');
    expect(r('{{.spectro.var.x}}')).toBe('1');
    expect(r('{{ .spectro.var.y | default "a \\"b\\"" }}')).toBe('a "b"');
    expect(r('{{ .spectro.var.y | default `raw` }}')).toBe('raw');
    expect(r('{{ .spectro.var.z }}')).toBe('{{ .spectro.var.z }}');
    expect(r('{{ .spectro.system.cluster.name | upper }}')).toBe('{{ .spectro.system.cluster.name | upper }}');
    expect(r('{{ .Values.not.a.macro }}')).toBe('{{ .Values.not.a.macro }}');
    expect(seen.filter((s) => s.startsWith('unresolved'))).toHaveLength(2);
    usage(() => parseMacroFlags(['noequals']), /--macro/);
  });
  it('reports unresolved macros as info render/unresolved-macro at their place and keeps them verbatim', () => {
    const text = 'manifests:\n  metallb:\n    namespace: "{{ .spectro.var.ns }}"\n    addresses:\n      - 10.0.0.0/24\n';
    const r = renderText('values.yaml', text, { metallbVersion: '0.16.1' });
    expect(r.ok).toBe(true);
    const d = r.diagnostics.find((x) => x.code === 'render/unresolved-macro');
    expect(d).toMatchObject({ severity: 'info', file: 'values.yaml', range: { start: { line: 3, column: 16 } } });
    expect(parse(joinDocuments(r.files).split('---\n')[1]!).metadata.namespace).toBe('{{ .spectro.var.ns }}');
  });
  it('a macro value that breaks the rendered objects refuses the render', () => {
    const text = 'manifests:\n  metallb:\n    addresses:\n      - "{{ .spectro.var.range }}"\n';
    expect(renderText('values.yaml', text, { metallbVersion: '0.16.1', macros: ['var.range=10.0.0.0/24'] }).ok).toBe(true);
    const bad = renderText('values.yaml', text, { metallbVersion: '0.16.1', macros: ['var.range=not-an-address'] });
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics.some((d) => d.file === 'rendered output' && d.severity === 'error')).toBe(true);
  });
});

describe('targets and refusals', () => {
  it('refuses to render when validation finds errors, and returns the diagnostics', () => {
    const r = renderText('values.yaml', 'manifests:\n  metallb:\n    addresses:\n      - 10.0.0.1\n', { metallbVersion: '0.16.1' });
    expect(r.ok).toBe(false);
    expect(r.files.size).toBe(0);
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
  it('a legacy ConfigMap with --target crs is conversion: usage error', () => {
    usage(() => renderText('cm.yaml', fixture('configmap.yaml'), { target: 'crs' }), /conversion/);
    usage(() => renderText('cm.yaml', fixture('configmap.yaml'), { metallbVersion: '0.13.12' }), /no longer reads/);
  });
  it('impossible target/version combinations are usage errors', () => {
    usage(() => renderText('v.yaml', fixture('manifest.values.yaml'), { metallbVersion: '0.12.1', target: 'crs' }), /ConfigMap/);
    usage(() => renderText('v.yaml', fixture('manifest.values.yaml'), { metallbVersion: '0.16.1', target: 'configmap' }), /custom resources/);
    usage(() => renderText('v.yaml', fixture('manifest.values.yaml'), { target: 'helm-values' }), /lb-metallb-helm/);
    usage(() => renderText('v.yaml', fixture('helm-all-kinds.values.yaml'), { target: 'configmap' }), /custom resources/);
    usage(() => renderText('c.yaml', fixture('crs.yaml'), { target: 'helm-values' }), /custom resources/);
    usage(() => renderText('c.yaml', fixture('crs.yaml'), { set: ['a=b'] }), /pack values/);
  });
  it('defaults: crs from 0.13, the ConfigMap up to 0.12', () => {
    expect(renderText('v.yaml', fixture('manifest.values.yaml'), { metallbVersion: '0.13.5' }).renderTarget).toBe('crs');
    expect(renderText('v.yaml', fixture('manifest.values.yaml'), { metallbVersion: '0.11.0' }).renderTarget).toBe('configmap');
    expect(renderText('c.yaml', fixture('configmap.yaml'), {}).renderTarget).toBe('configmap');
  });
  it('names one file per object, kind then name', () => {
    const r = renderText('v.yaml', fixture('helm-all-kinds.values.yaml'), { metallbVersion: '0.15.3' });
    expect([...r.files.keys()]).toEqual([
      'ipaddresspool-first-pool.yaml',
      'ipaddresspool-z-bgp-pool.yaml',
      'l2advertisement-default.yaml',
      'bgpadvertisement-external.yaml',
      'bgppeer-router-a.yaml',
      'community-aliases.yaml',
      'bfdprofile-fast.yaml',
    ]);
    expect([...renderText('v.yaml', fixture('manifest.values.yaml'), { metallbVersion: '0.12.1' }).files.keys()]).toEqual(['configmap-config.yaml']);
  });
});

describe('macro/deferred after substitution', () => {
  const deferred = (r: { diagnostics: { code: string }[] }) => r.diagnostics.filter((d) => d.code === 'macro/deferred');
  const pack = join(ROOT, 'test/render/fixtures/pack-helm');
  it('a bad --macro value: only the real error, no stale "checked at deploy time"', () => {
    const r = renderPath(pack, { macros: ['var.lb_range=garbage'] });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.some((d) => d.code === 'metallb/address-invalid' && d.severity === 'error')).toBe(true);
    expect(deferred(r)).toEqual([]);
  });
  it('a good --macro value or a default: the place no longer holds a macro', () => {
    expect(deferred(renderPath(pack, { macros: ['var.lb_range=10.1.0.0/24'] }))).toEqual([]);
    expect(deferred(renderPath(pack, {}))).toEqual([]); // `| default "192.168.10.0/24"` was used
  });
  it('a macro left unresolved keeps its deferral', () => {
    const text = 'manifests:\n  metallb:\n    namespace: metallb-system\n    addresses:\n      - "{{ .spectro.var.r }}"\n';
    const r = renderText('v.yaml', text, { metallbVersion: '0.16.1' });
    expect(r.ok).toBe(true);
    expect(deferred(r).map((d) => d.path)).toEqual([['manifests', 'metallb', 'addresses', 0]]);
    expect(deferred(renderText('v.yaml', text, { metallbVersion: '0.16.1', macros: ['var.r=10.0.0.0/24'] }))).toEqual([]);
  });
  it('in a ConfigMap block scalar too', () => {
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config\n  namespace: metallb-system\ndata:\n  config: |\n    address-pools:\n    - name: default\n      protocol: layer2\n      addresses:\n      - "{{ .spectro.var.r }}"\n';
    const bad = renderText('cm.yaml', cm, { metallbVersion: '0.12.1', macros: ['var.r=garbage'] });
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics.map((d) => d.code)).toEqual(['metallb/address-invalid']);
    expect(deferred(renderText('cm.yaml', cm, { metallbVersion: '0.12.1' }))).toHaveLength(1);
  });
});

describe('render FILE takes the MetalLB version as validate FILE does', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'render-version-'));
  const copy = (pack: string, name: string, packJson?: object): string => {
    const dir = mkdtempSync(join(tmp, `${name}-`));
    copyFileSync(join(ROOT, 'packs', pack, 'values.yaml'), join(dir, 'values.yaml'));
    if (packJson) writeFileSync(join(dir, 'pack.json'), JSON.stringify(packJson));
    return join(dir, 'values.yaml');
  };
  it('from the pack.json beside the file', () => {
    const file = copy('lb-metallb-0.13.5', 'pj', { name: 'lb-metallb', version: '0.12.1' });
    const r = renderPath(file);
    expect(r.metallbVersion).toBe('0.12.1');
    expect(r.renderTarget).toBe('configmap');
    expect(r.metallbVersion).toBe(validatePaths([file])[0]!.metallbVersion);
  });
  it('else from the controller image tag', () => {
    for (const pack of ['lb-metallb-0.11.0', 'lb-metallb-0.13.5']) {
      const file = copy(pack, 'tag');
      const r = renderPath(file);
      expect(r.metallbVersion).toBe(pack.split('-').at(-1));
      expect(r.metallbVersion).toBe(validatePaths([file])[0]!.metallbVersion);
    }
  });
  it('--metallb-version still wins', () => {
    const file = copy('lb-metallb-0.11.0', 'flag', { name: 'lb-metallb', version: '0.11.0' });
    expect(renderPath(file, { metallbVersion: '0.16.1' }).renderTarget).toBe('crs');
  });
});
