import { applyPreset } from '../../src/pack/presets/apply.js';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { initPack } from '../../src/actions/init.js';
import { validatePaths, validateText } from '../../src/actions/validate.js';
import { registerInit } from '../../src/cli/commands/init.js';
import type { Output } from '../../src/cli/output.js';
import { SpectroPackError } from '../../src/core/errors.js';
import { manifestImages, manifestValueImages } from '../../src/deps/images.js';
import { parseVersion } from '../../src/metallb/version.js';
import { scaffoldFiles } from '../../src/init/scaffold.js';
import { writeTreeAtomic } from '../../src/init/write-tree.js';
import { UPSTREAM, contentImages, dig, listTree, readYaml, tempDir } from './helpers.js';

const MANIFEST_VERSIONS = ['0.8.0', '0.9.6', '0.10.3', '0.11.0', '0.12.1', '0.13.0', '0.13.5', '0.14.9', '0.15.3', '0.16.1'];
const HELM_VERSIONS = ['0.13.0', '0.13.5', '0.13.7', '0.13.12', '0.14.9', '0.15.3', '0.16.0', '0.16.1'];

const base = tempDir();
let seq = 0;
/** A new pack in its own folder, so names can repeat across cases. */
function scaffold(name: string, type: string, metallbVersion?: string): ReturnType<typeof initPack> {
  const cwd = join(base, `case-${++seq}`);
  mkdirSync(cwd);
  return initPack(name, { type, metallbVersion, cwd });
}

function usage(fn: () => unknown): SpectroPackError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SpectroPackError);
    expect((e as SpectroPackError).kind).toBe('usage');
    return e as SpectroPackError;
  }
  throw new Error('expected a usage error');
}

describe('init scaffolds validate clean', () => {
  const cases = [
    ...MANIFEST_VERSIONS.map((v) => ['manifest', v] as const),
    ...HELM_VERSIONS.map((v) => ['helm', v] as const),
  ];
  it.each(cases)('%s %s: no errors, no warnings', (type, version) => {
    const r = scaffold(type === 'helm' ? 'my-lb-helm' : 'my-lb', type, version);
    expect(r.dir).toBe(`${r.name}-${version}`);
    const [result] = validatePaths([r.path]);
    const loud = result!.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    expect(loud.map((d) => `${d.severity} ${d.code} ${d.file}:${d.range?.start.line} ${d.message}`)).toEqual([]);
    // the only remark: the wrapper chart is in source form until `package` builds the .tgz
    expect(result!.diagnostics.map((d) => d.code)).toEqual(type === 'helm' ? ['pack/chart-from-source'] : []);
    expect(result!.packKind).toBe(type === 'helm' ? 'lb-metallb-helm' : 'lb-metallb');
    expect(result!.metallbVersion).toBe(version);
  });

  it('validates clean under the bundled names too, and by default at the newest version', () => {
    for (const [name, type] of [['lb-metallb', 'manifest'], ['lb-metallb-helm', 'helm']] as const) {
      const r = scaffold(name, type);
      expect(r.metallbVersion).toBe('0.16.1');
      expect(r.dir).toBe(`${name}-0.16.1`);
      const [result] = validatePaths([r.path]);
      expect(result!.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    }
  });

  it('accepts a leading v and writes the bare version', () => {
    const r = scaffold('my-lb', 'manifest', 'v0.13.5');
    expect(r.metallbVersion).toBe('0.13.5');
    expect(JSON.parse(readFileSync(join(r.path, 'pack.json'), 'utf8')).version).toBe('0.13.5');
  });
});

describe('what a scaffold holds', () => {
  it('manifest pack: lb-metallb layout, CRs from 0.13, the ConfigMap before', () => {
    for (const v of ['0.12.1', '0.13.5']) {
      const r = scaffold('my-lb', 'manifest', v);
      expect(r.files).toEqual(['README.md', 'logo.png', 'manifests/metallb.yaml', 'pack.json', 'presets.yaml', 'schema.yaml', 'values.yaml']);
      expect(listTree(r.path)).toEqual(r.files);
      const pj = JSON.parse(readFileSync(join(r.path, 'pack.json'), 'utf8'));
      expect(pj).toEqual({
        addonType: 'load balancer',
        cloudTypes: ['baremetal', 'maas', 'vsphere', 'openstack', 'libvirt', 'edge', 'edge-native', 'custom'],
        displayName: 'MetalLB',
        kubeManifests: ['manifests/metallb.yaml'],
        layer: 'addon',
        name: 'my-lb',
        version: v,
      });
      const text = readFileSync(join(r.path, 'manifests/metallb.yaml'), 'utf8');
      const kinds = parseAllDocuments(text).map((d) => (d.toJS() as { kind: string }).kind);
      const crs = v === '0.13.5';
      expect(kinds.includes('Service')).toBe(crs); // the webhook service
      expect(text.includes('--config=config')).toBe(!crs);
    }
  });

  it('memberlist follows the release: none in 0.8, hand-made secret in 0.9, made by the controller from 0.10', () => {
    const text = (v: string) => readFileSync(join(scaffold('my-lb', 'manifest', v).path, 'manifests/metallb.yaml'), 'utf8');
    expect(text('0.8.0')).not.toMatch(/METALLB_ML_|7946/);
    const v09 = text('0.9.6');
    expect(v09).toMatch(/METALLB_ML_SECRET_KEY\b/);
    expect(v09).not.toMatch(/METALLB_ML_SECRET_NAME/);
    expect(v09).toMatch(/kubectl create secret generic -n metallb-system memberlist/);
    expect(text('0.10.3')).toMatch(/METALLB_ML_SECRET_NAME/);
  });

  it('helm pack: lb-metallb-helm layout with the metallb-full wrapper chart depending on metallb at the version', () => {
    const r = scaffold('my-lb-helm', 'helm', '0.15.3');
    expect(r.files).toEqual([
      'README.md',
      'charts/metallb-full/.helmignore',
      'charts/metallb-full/Chart.yaml',
      'charts/metallb-full/templates/_helpers.tpl',
      'charts/metallb-full/templates/bfdprofiles.yaml',
      'charts/metallb-full/templates/bgpadvertisements.yaml',
      'charts/metallb-full/templates/bgppeers.yaml',
      'charts/metallb-full/templates/communities.yaml',
      'charts/metallb-full/templates/ipaddresspools.yaml',
      'charts/metallb-full/templates/l2advertisements.yaml',
      'charts/metallb-full/values.yaml',
      'logo.png',
      'pack.json',
      'presets.yaml',
      'schema.yaml',
      'values.yaml',
    ]);
    expect(listTree(r.path)).toEqual(r.files);
    expect(JSON.parse(readFileSync(join(r.path, 'pack.json'), 'utf8')).charts).toEqual(['charts/metallb-full-0.15.3.tgz']);
    expect(readYaml(join(r.path, 'charts/metallb-full/Chart.yaml'))).toMatchObject({
      apiVersion: 'v2',
      name: 'metallb-full',
      version: '0.15.3',
      appVersion: 'v0.15.3',
      dependencies: [{ name: 'metallb', version: '0.15.3', repository: 'https://metallb.github.io/metallb' }],
    });
    const values = readYaml(join(r.path, 'values.yaml'));
    expect(dig(values, 'pack.content.charts')).toEqual([{ repo: 'https://metallb.github.io/metallb', name: 'metallb', version: '0.15.3' }]);
    // the chart's Go templates are copied as they are, never read by Handlebars
    expect(readFileSync(join(r.path, 'charts/metallb-full/templates/ipaddresspools.yaml'), 'utf8')).toContain('{{- include "metallb-full.objects"');
  });

  it('helm values follow the BGP backend of the release', () => {
    const values = (v: string) => readYaml(join(scaffold('my-lb-helm', 'helm', v).path, 'values.yaml'));
    expect(dig(values('0.13.7'), 'charts.metallb-full.metallb.frrk8s')).toBeUndefined();
    expect(dig(values('0.14.9'), 'charts.metallb-full.metallb.frrk8s.enabled')).toBe(false);
    const v16 = values('0.16.1');
    expect(dig(v16, 'charts.metallb-full.metallb.frrk8s.enabled')).toBe(true);
    expect(dig(v16, 'charts.metallb-full.metallb.speaker.frr.enabled')).toBe(false);
    expect(dig(v16, 'charts.metallb-full.metallb.prometheus.metricsPort')).toBe(9120);
    // avoidBuggyIPs is 0.13.4+; before it the default pool leaves out .0 and .255 itself
    const v130 = values('0.13.0');
    expect(dig(v130, 'charts.metallb-full.configuration.ipaddresspools.first-pool.spec')).toEqual({ addresses: ['192.168.10.1-192.168.10.254'], autoAssign: true });
  });
});

describe('images', () => {
  const expected: [string, string, string[]][] = [
    ['manifest', '0.8.0', ['quay.io/metallb/controller:v0.8.0', 'quay.io/metallb/speaker:v0.8.0']],
    ['manifest', '0.11.0', ['quay.io/metallb/controller:v0.11.0', 'quay.io/metallb/speaker:v0.11.0']],
    ['manifest', '0.16.1', ['quay.io/metallb/controller:v0.16.1', 'quay.io/metallb/speaker:v0.16.1']],
    ['helm', '0.13.5', ['quay.io/metallb/controller:v0.13.5', 'quay.io/metallb/speaker:v0.13.5', 'quay.io/frrouting/frr:7.5.1']],
    ['helm', '0.13.7', ['quay.io/metallb/controller:v0.13.7', 'quay.io/metallb/speaker:v0.13.7', 'quay.io/frrouting/frr:7.5.1']],
    ['helm', '0.13.12', ['quay.io/metallb/controller:v0.13.12', 'quay.io/metallb/speaker:v0.13.12', 'quay.io/frrouting/frr:8.5.2']],
    ['helm', '0.14.9', ['quay.io/metallb/controller:v0.14.9', 'quay.io/metallb/speaker:v0.14.9', 'quay.io/frrouting/frr:9.1.0']],
    ['helm', '0.15.3', ['quay.io/metallb/controller:v0.15.3', 'quay.io/metallb/speaker:v0.15.3', 'quay.io/frrouting/frr:10.4.1']],
    [
      'helm',
      '0.16.1',
      ['quay.io/metallb/controller:v0.16.1', 'quay.io/metallb/speaker:v0.16.1', 'quay.io/frrouting/frr:10.5.3', 'quay.io/metallb/frr-k8s:v0.0.25'],
    ],
  ];
  it.each(expected)('%s %s lists the release images', (type, version, images) => {
    const r = scaffold('my-lb', type, version);
    expect(r.images).toEqual(images);
    expect(contentImages(r.path)).toEqual(images);
  });

  it('manifest packs list every image their values and manifests deploy', () => {
    for (const v of MANIFEST_VERSIONS) {
      const r = scaffold('my-lb', 'manifest', v);
      const listed = new Set(contentImages(r.path));
      // the manifests name no image of their own: they are Go templates that take both from the values
      expect(manifestImages(readFileSync(join(r.path, 'manifests/metallb.yaml'), 'utf8'), 'manifests/metallb.yaml')).toEqual([]);
      const used = manifestValueImages(readYaml(join(r.path, 'values.yaml'))).map((i) => i.image);
      expect(used.length).toBe(2);
      for (const image of used) expect(listed, `${v}: ${image}`).toContain(image);
    }
  });

  it('helm packs list the images their chart values name (controller, speaker, FRR)', () => {
    for (const v of HELM_VERSIONS) {
      const r = scaffold('my-lb-helm', 'helm', v);
      const listed = contentImages(r.path);
      const m = dig(readYaml(join(r.path, 'values.yaml')), 'charts.metallb-full.metallb');
      const ref = (p: string) => `${dig(m, `${p}.repository`)}:${dig(m, `${p}.tag`)}`;
      for (const image of [ref('controller.image'), ref('speaker.image'), ref('speaker.frr.image')]) expect(listed, `${v}: ${image}`).toContain(image);
    }
  });

  it('the FRR image is the upstream chart default for the releases whose chart values are kept', () => {
    for (const tag of ['v0.13.12', 'v0.14.9', 'v0.15.3', 'v0.16.1']) {
      const file = join(UPSTREAM, tag, 'chart-values.yaml');
      if (!existsSync(file)) continue;
      const upstream = readYaml(file);
      const frr = `${dig(upstream, 'speaker.frr.image.repository')}:${dig(upstream, 'speaker.frr.image.tag')}`;
      const r = scaffold('my-lb-helm', 'helm', tag);
      expect(contentImages(r.path), tag).toContain(frr);
      expect(dig(readYaml(join(r.path, 'values.yaml')), 'charts.metallb-full.metallb.speaker.frr.image.tag')).toBe(dig(upstream, 'speaker.frr.image.tag'));
    }
  });
});

describe('refusals', () => {
  it.each([
    [''],
    ['My-LB'],
    ['-lb'],
    ['lb-'],
    ['lb_metallb'],
    ['lb.metallb'],
    ['lb/metallb'],
    ['../lb'],
    ['lb metallb'],
    ['a'.repeat(64)],
  ])('name %j is not a DNS-1123 label', (name) => {
    const e = usage(() => initPack(name, { type: 'manifest', cwd: base }));
    expect(e.message).toMatch(/pack name/);
    expect(e.hint).toMatch(/lower-case letters, digits and "-"/);
  });

  it('accepts a 63-character label', () => {
    expect(scaffold('a'.repeat(63), 'manifest', '0.13.5').dir).toBe(`${'a'.repeat(63)}-0.13.5`);
  });

  it.each([
    ['manifest', '0.7.3', /not supported/],
    ['manifest', '0.16.2', /not supported/],
    ['helm', '0.17.0', /not supported/],
    ['manifest', '1.0.0', /not supported/],
    ['manifest', '0.13', /not a version/],
    ['manifest', 'latest', /not a version/],
    ['manifest', '0.13.5-rc1', /not a version/],
    ['helm', '0.12.1', /too old for a Helm pack/],
    ['helm', '0.8.0', /too old for a Helm pack/],
  ])('%s --metallb-version %s is refused', (type, version, message) => {
    const e = usage(() => initPack('my-lb', { type, metallbVersion: version, cwd: base }));
    expect(e.message).toMatch(message);
    expect(e.hint).toMatch(type === 'helm' ? /0\.13\.0 and 0\.16\.1/ : /0\.8\.0 and 0\.16\.1/);
  });

  it('refuses an unknown --type', () => {
    expect(usage(() => initPack('my-lb', { type: 'kustomize', cwd: base })).message).toMatch(/not a pack type/);
  });

  it('refuses an existing non-empty directory and leaves it untouched', () => {
    const cwd = join(base, 'existing');
    mkdirSync(join(cwd, 'my-lb-0.16.1'), { recursive: true });
    writeFileSync(join(cwd, 'my-lb-0.16.1', 'values.yaml'), 'mine: true\n');
    const e = usage(() => initPack('my-lb', { type: 'manifest', cwd }));
    expect(e.message).toMatch(/already exists and is not empty/);
    expect(readdirSync(join(cwd, 'my-lb-0.16.1'))).toEqual(['values.yaml']);
    expect(readFileSync(join(cwd, 'my-lb-0.16.1', 'values.yaml'), 'utf8')).toBe('mine: true\n');
    expect(readdirSync(cwd)).toEqual(['my-lb-0.16.1']); // no temporary directory left behind
  });

  it('refuses --out naming a file, or a directory holding only hidden files', () => {
    const cwd = join(base, 'file-out');
    mkdirSync(join(cwd, 'hidden'), { recursive: true });
    writeFileSync(join(cwd, 'pack'), 'x');
    writeFileSync(join(cwd, 'hidden', '.keep'), '');
    expect(usage(() => initPack('my-lb', { type: 'helm', out: 'pack', cwd })).message).toMatch(/not a directory/);
    expect(usage(() => initPack('my-lb', { type: 'helm', out: 'hidden', cwd })).message).toMatch(/not empty/);
    expect(readdirSync(cwd).sort()).toEqual(['hidden', 'pack']);
  });

  it('fills an existing empty directory given as --out, and creates missing parents', () => {
    const cwd = join(base, 'empty-out');
    mkdirSync(join(cwd, 'target'), { recursive: true });
    const r = initPack('my-lb', { type: 'helm', out: 'target', cwd });
    expect(r.dir).toBe('target');
    expect(listTree(join(cwd, 'target'))).toEqual(r.files);
    const nested = initPack('my-lb', { type: 'manifest', out: 'a/b/my-lb-0.16.1', cwd });
    expect(listTree(join(cwd, 'a/b/my-lb-0.16.1'))).toEqual(nested.files);
    expect(readdirSync(cwd).sort()).toEqual(['a', 'target']);
  });
});

describe('atomic writing', () => {
  it('writes nothing when a file cannot be written, and removes its temporary directory', () => {
    const cwd = join(base, 'atomic');
    mkdirSync(cwd);
    // 'x' is written as a file, so 'x/y' cannot be: the write fails half-way
    const files = new Map<string, string>([
      ['a.txt', 'a\n'],
      ['x', 'file\n'],
      ['x/y', 'nested\n'],
    ]);
    let err: unknown;
    try {
      writeTreeAtomic(join(cwd, 'out'), files, 'out');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SpectroPackError);
    expect((err as SpectroPackError).kind).toBe('runtime');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('refuses unsafe relative paths before touching the disk', () => {
    const cwd = join(base, 'unsafe');
    mkdirSync(cwd);
    for (const bad of ['../x', '/abs', 'a//b', './a', 'a\\b']) {
      expect(() => writeTreeAtomic(join(cwd, 'out'), new Map([[bad, '']]))).toThrow(/unsafe scaffold path/);
    }
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('renders the same bytes every time', () => {
    const v = parseVersion('0.16.1')!;
    for (const type of ['manifest', 'helm'] as const) expect(scaffoldFiles('my-lb', type, v)).toEqual(scaffoldFiles('my-lb', type, v));
  });
});

describe('init command', () => {
  function fakeOutput(): { out: Output; stdout: string[] } {
    const stdout: string[] = [];
    const out = { stdout: (s: string) => stdout.push(s), stderr: () => {}, error: () => {}, warn: () => {} } as unknown as Output;
    return { out, stdout };
  }
  function program(out: Output, setExit: (c: number) => void): Command {
    const p = new Command('spectro-pack').exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
    registerInit(p, out, setExit);
    return p;
  }

  it('scaffolds, prints what it wrote and exits 0', async () => {
    const cwd = join(base, 'cli');
    mkdirSync(cwd);
    const { out, stdout } = fakeOutput();
    let code = -1;
    const dir = join(cwd, 'lb');
    await program(out, (c) => (code = c)).parseAsync(['init', 'my-lb', '--type', 'helm', '--metallb-version', '0.14.9', '--out', dir], { from: 'user' });
    expect(code).toBe(0);
    const text = stdout.join('');
    expect(text).toContain(`created ${dir}/: Helm pack (chart metallb-full) my-lb 0.14.9 for MetalLB v0.14.9, 16 files`);
    expect(text).toContain('  charts/metallb-full/Chart.yaml\n');
    expect(text).toMatch(/next: spectro-pack validate .*spectro-pack deps/);
    expect(existsSync(join(dir, 'charts/metallb-full/Chart.yaml'))).toBe(true);
  });

  it('requires --type and checks its value (commander usage errors)', async () => {
    const { out } = fakeOutput();
    await expect(program(out, () => {}).parseAsync(['init', 'my-lb'], { from: 'user' })).rejects.toMatchObject({ code: 'commander.missingMandatoryOptionValue' });
    await expect(program(out, () => {}).parseAsync(['init', 'my-lb', '--type', 'chart'], { from: 'user' })).rejects.toMatchObject({ code: 'commander.invalidArgument' });
  });

  it('passes refusals on as usage errors (exit 2 in main)', async () => {
    const { out } = fakeOutput();
    await expect(program(out, () => {}).parseAsync(['init', 'Bad_Name', '--type', 'manifest'], { from: 'user' })).rejects.toBeInstanceOf(SpectroPackError);
  });
});

describe('presets', () => {
  type Obj = Record<string, unknown>;
  interface Preset {
    name: string;
    remove?: string[];
    add?: string;
  }


  const cases = [...MANIFEST_VERSIONS.map((v) => ['manifest', v] as const), ...HELM_VERSIONS.map((v) => ['helm', v] as const)];
  it.each(cases)('%s %s: the values with each preset applied validate without errors or warnings', (type, version) => {
    const r = scaffold('my-lb', type, version);
    const values = readYaml(join(r.path, 'values.yaml')) as Obj;
    const presets = (readYaml(join(r.path, 'presets.yaml')) as { presets: Preset[] }).presets;
    expect(presets.length).toBe(type === 'helm' ? 3 : 2);
    for (const preset of presets) {
      const result = validateText('values.yaml', stringify(applyPreset(values, preset)), { metallbVersion: version });
      const loud = result.diagnostics.filter((d) => d.severity !== 'info');
      expect(loud.map((d) => `${preset.name}: ${d.code} ${d.message}`)).toEqual([]);
    }
  });
});
