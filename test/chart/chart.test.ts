/**
 * The metallb-full wrapper chart of each lb-metallb-helm pack, rendered by the real helm binary
 * (3.6.2, offline; the upstream metallb dependency stubbed, see helm.ts).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { IgnoreMatcher } from '../../src/archive/ignore.js';
import { configFromHelmValues } from '../../src/metallb/build/from-helm.js';
import { resolveDotted } from '../../src/pack/schema-yaml/dotted-path.js';
import { isPlainObject, mergeValues } from '../../src/values/layers.js';
import { helmLint, helmTemplate, helmTemplateText, parseObjects, ROOT, sortObjects, type RenderedObject } from './helm.js';

const NS = 'metallb-system';

/** configuration key → kind, apiVersion, hook weight */
const GROUPS: [string, string, string, string][] = [
  ['ipaddresspools', 'IPAddressPool', 'metallb.io/v1beta1', '10'],
  ['l2advertisements', 'L2Advertisement', 'metallb.io/v1beta1', '30'],
  ['bgpadvertisements', 'BGPAdvertisement', 'metallb.io/v1beta1', '30'],
  ['bgppeers', 'BGPPeer', 'metallb.io/v1beta2', '20'],
  ['communities', 'Community', 'metallb.io/v1beta1', '10'],
  ['bfdprofiles', 'BFDProfile', 'metallb.io/v1beta1', '10'],
];

const PACKS = readdirSync(join(ROOT, 'packs'))
  .filter((d) => d.startsWith('lb-metallb-helm-'))
  .map((d) => ({ name: d, version: d.replace('lb-metallb-helm-', ''), dir: join(ROOT, 'packs', d), chart: join(ROOT, 'packs', d, 'charts/metallb-full') }));

type Obj = Record<string, unknown>;

const strings = (m: unknown) => Object.fromEntries(Object.entries(m as Obj).map(([k, v]) => [k, String(v)]));

/** What the chart must render for these chart values, written out independently of the templates. */
function expectedObjects(chartValues: unknown, ns = NS): RenderedObject[] {
  const out: RenderedObject[] = [];
  const cfg = isPlainObject(chartValues) ? chartValues['configuration'] : undefined;
  if (!isPlainObject(cfg)) return out;
  for (const [key, kind, apiVersion] of GROUPS) {
    const group = cfg[key];
    if (!isPlainObject(group)) continue;
    for (const [name, entry] of Object.entries(group)) {
      if (entry === null || entry === undefined) continue;
      const e = isPlainObject(entry) ? entry : {};
      const meta = isPlainObject(e['metadata']) ? e['metadata'] : {};
      const metadata: RenderedObject['metadata'] = { name, namespace: ns };
      if (isPlainObject(meta['labels']) && Object.keys(meta['labels']).length) metadata.labels = strings(meta['labels']);
      if (isPlainObject(meta['annotations']) && Object.keys(meta['annotations']).length) metadata.annotations = strings(meta['annotations']);
      out.push({ apiVersion, kind, metadata, spec: isPlainObject(e['spec']) ? e['spec'] : {} });
    }
  }
  return out;
}

function packValues(dir: string): Obj {
  return parse(readFileSync(join(dir, 'values.yaml'), 'utf8')) as Obj;
}

const chartBlock = (values: Obj) => (values['charts'] as Obj)['metallb-full'];

/** Palette's preset: delete each `remove` dotted path, then deep-merge `add` (Helm coalescing). */
function applyPreset(values: Obj, preset: { remove?: string[]; add?: string }): Obj {
  const copy = structuredClone(values);
  for (const dotted of preset.remove ?? []) {
    const { matches, exists } = resolveDotted(copy, dotted);
    expect(exists, `remove path ${dotted} exists in values.yaml`).toBe(true);
    for (const path of matches) {
      let cur: unknown = copy;
      for (const seg of path.slice(0, -1)) cur = (cur as Obj)[String(seg)];
      delete (cur as Obj)[String(path[path.length - 1])];
    }
  }
  return mergeValues(copy, preset.add ? parse(preset.add) : {}) as Obj;
}

function presetsOf(dir: string): { name: string; remove?: string[]; add?: string }[] {
  const file = join(dir, 'presets.yaml');
  return existsSync(file) ? ((parse(readFileSync(file, 'utf8')) as { presets?: [] }).presets ?? []) : [];
}

const brief = (objects: RenderedObject[]) => sortObjects(objects).map((o) => `${o.kind}/${o.metadata.name}`);

/** The objects as the validator's model sees them (src/metallb/build/from-helm.ts), for agreement. */
function modelObjects(values: Obj): RenderedObject[] {
  const config = configFromHelmValues(values, (path) => ({ file: 'values.yaml', path }), NS);
  return config.objects.map((o) => ({ apiVersion: o.apiVersion, kind: o.kind, metadata: { name: o.name, namespace: o.namespace }, spec: o.spec }));
}

const PRESET_OBJECTS: Record<string, string[]> = {
  'l2-pool': ['IPAddressPool/first-pool', 'L2Advertisement/default'],
  'bgp-peer': ['BGPAdvertisement/external', 'BGPPeer/bgp-peer-1', 'IPAddressPool/bgp-pool'],
  'bgp-bfd-frr': ['BFDProfile/bfd-profile-1', 'BGPAdvertisement/external', 'BGPPeer/bgp-peer-1', 'IPAddressPool/bgp-pool'],
};

describe('metallb-full chart source', () => {
  it('finds the bundled Helm packs', () => {
    expect(PACKS.map((p) => p.name)).toEqual(expect.arrayContaining(['lb-metallb-helm-0.13.7', 'lb-metallb-helm-0.16.1']));
  });

  for (const pack of PACKS) {
    it(`${pack.name}: one template per kind, a .helmignore, the upstream chart at the pack version`, () => {
      const templates = readdirSync(join(pack.chart, 'templates')).sort();
      expect(templates).toEqual(['_helpers.tpl', ...GROUPS.map(([key]) => `${key}.yaml`)].sort());
      expect(existsSync(join(pack.chart, '.helmignore'))).toBe(true);
      const chart = parse(readFileSync(join(pack.chart, 'Chart.yaml'), 'utf8')) as Obj;
      expect(chart['name']).toBe('metallb-full');
      expect(chart['version']).toBe(pack.version);
      expect(chart['dependencies']).toEqual([{ name: 'metallb', version: pack.version, repository: 'https://metallb.github.io/metallb' }]);
    });

    it(`${pack.name}: .helmignore keeps templates, Chart.yaml, values.yaml and the vendored dependency`, () => {
      const ignore = new IgnoreMatcher(readFileSync(join(pack.chart, '.helmignore'), 'utf8'));
      for (const f of ['Chart.yaml', 'values.yaml', 'templates/_helpers.tpl', 'templates/bgppeers.yaml', `charts/metallb-${pack.version}.tgz`, 'charts/metallb/Chart.yaml']) {
        expect(ignore.ignores(f, false), f).toBe(false);
      }
      for (const f of ['.git/config', 'values.yaml.orig', 'templates/x.yaml.swp', '.vscode/settings.json']) expect(ignore.ignores(f, false), f).toBe(true);
    });
  }

  it('the templates of every pack are the same files', () => {
    const [first, ...rest] = PACKS;
    for (const other of rest) {
      for (const f of readdirSync(join(first!.chart, 'templates'))) {
        expect(readFileSync(join(other.chart, 'templates', f), 'utf8'), `${other.name} templates/${f}`).toBe(readFileSync(join(first!.chart, 'templates', f), 'utf8'));
      }
      expect(readFileSync(join(other.chart, '.helmignore'), 'utf8')).toBe(readFileSync(join(first!.chart, '.helmignore'), 'utf8'));
    }
  });
});

for (const pack of PACKS) {
  describe(`helm renders ${pack.name}`, () => {
    const values = packValues(pack.dir);

    it('helm lint passes with the pack values', () => {
      const r = helmLint(pack.chart, chartBlock(values));
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/);
      expect(r.stdout).not.toMatch(/\[(ERROR|WARNING)\]/);
    });

    it('helm lint passes with the chart defaults alone (no objects)', () => {
      const r = helmLint(pack.chart, {});
      expect(r.status).toBe(0);
      expect(r.stdout).not.toMatch(/\[(ERROR|WARNING)\]/);
    });

    it('values.yaml: exactly the expected objects', () => {
      const got = helmTemplate(pack.chart, chartBlock(values), NS);
      expect(sortObjects(got)).toEqual(sortObjects(expectedObjects(chartBlock(values))));
      expect(brief(got)).toEqual(PRESET_OBJECTS['l2-pool']);
      // the validator's model of the same values agrees (kind, apiVersion, name, namespace, spec)
      expect(sortObjects(got)).toEqual(sortObjects(modelObjects(values)));
    });

    const presets = presetsOf(pack.dir);
    it('has the three presets', () => {
      expect(presets.map((p) => p.name)).toEqual(Object.keys(PRESET_OBJECTS));
    });
    for (const preset of presets) {
      it(`preset ${preset.name}: exactly the expected objects`, () => {
        const applied = applyPreset(values, preset);
        const got = helmTemplate(pack.chart, chartBlock(applied), NS);
        expect(sortObjects(got)).toEqual(sortObjects(expectedObjects(chartBlock(applied))));
        expect(brief(got)).toEqual(PRESET_OBJECTS[preset.name]);
        expect(sortObjects(got)).toEqual(sortObjects(modelObjects(applied)));
      });
    }

    it('every object is a post-install,post-upgrade hook, weighted so referenced objects come first', () => {
      const all: Obj = {};
      for (const [key] of GROUPS) all[key] = { [`${key}-a`]: { spec: {} } };
      const got = helmTemplate(pack.chart, { configuration: all }, NS, { keepHelmAnnotations: true });
      expect(got).toHaveLength(GROUPS.length);
      for (const [, kind, , weight] of GROUPS) {
        const o = got.find((x) => x.kind === kind)!;
        expect(o.metadata.annotations, kind).toEqual({
          'helm.sh/hook': 'post-install,post-upgrade',
          'helm.sh/hook-weight': weight,
          'helm.sh/hook-delete-policy': 'before-hook-creation',
        });
      }
      // an upgrade renders the same objects (post-upgrade hooks re-create them with the new values)
      const upgrade = helmTemplate(pack.chart, { configuration: all }, NS, { keepHelmAnnotations: true, isUpgrade: true });
      expect(upgrade).toEqual(got);
    });
  });
}

describe('templating keeps every value as written', () => {
  const chart = PACKS.find((p) => p.version === '0.16.1')?.chart ?? PACKS[0]!.chart;

  const TRICKY_STRINGS = [
    'a: b', 'key: value: more', '# not a comment', 'x # y', 'line1\nline2', 'trailing newline\n', '\nleading newline',
    '  leading spaces', 'trailing spaces  ', 'tab\there', `single ' and double " quotes`, 'back\\slash', '{a: 1}', '[1, 2]',
    '*alias', '&anchor', '!tag', '%percent', '@at', '`tick`', '|', '>', '-', '- item', '---', '...', '? q', ', comma',
    'yes', 'no', 'on', 'off', 'y', 'n', 'true', 'false', 'True', 'NULL', 'null', '~', '', ' ', '123', '-1', '0x1F', '0o17', '010',
    '1e3', '1_000', '3.14', '.inf', '-.Inf', '.NaN', '2001-12-14', '12:30:00', '1234:1', 'large:1:2:3', '192.168.1.0/24', '::1',
    'é ü ß', '中文', 'русский', '🚀 emoji', 'zero\u200bwidth', 'mixed\r\nCRLF', '<<',
  ];
  const NUMBERS = [0, 1, -1, 3.5, -0.25, 64512, 4294967295, 9007199254740991, 1e21, 1.5e-7];

  const spec = {
    addresses: ['192.168.10.0/24', '10.0.0.1-10.0.0.9', 'fc00:f853:ccd:e799::/124'],
    autoAssign: false,
    avoidBuggyIPs: true,
    strings: TRICKY_STRINGS,
    // every tricky string as a key too, but `<<` (see the next test)
    byKey: Object.fromEntries(TRICKY_STRINGS.filter((s) => s !== '' && s !== '<<').map((s, i) => [s, i % 2 ? s : i])),
    numbers: NUMBERS,
    bools: [true, false],
    nested: { empty: {}, emptyList: [], deep: [{ a: [{ b: { c: 'd: e # f' } }] }], 'dotted.key/with-slash': 'v' },
    serviceAllocation: { priority: 50, namespaces: ['ns-a', 'ns-b'], serviceSelectors: [{ matchExpressions: [{ key: 'k', operator: 'In', values: ['a: b', '#'] }] }] },
  };

  it('spec, names, labels and annotations survive helm unchanged', () => {
    const values = {
      configuration: {
        ipaddresspools: {
          tricky: {
            metadata: {
              labels: { app: 'metallb', 'example.com/colon': 'a: b', num: 7, flag: true },
              annotations: { note: 'hi # there', multi: 'line1\nline2\n', unicode: 'é 中文 🚀', quote: `it's "quoted"` },
            },
            spec,
          },
          '123': { spec: { addresses: ['10.1.0.0/24'] } },
          'true': { spec: { addresses: ['10.2.0.0/24'] } },
          'pool.with.dots': { spec: { addresses: ['10.3.0.0/24'] } },
        },
        bgppeers: {
          peer: { spec: { myASN: 4294967295, peerASN: 0, peerAddress: '172.30.0.3', peerPort: 179, holdTime: '90s', password: 'p@ss: w#rd\n"x"', ebgpMultiHop: true } },
        },
        communities: { c: { spec: { communities: [{ name: 'vpn-only', value: '1234:1' }, { name: 'large', value: 'large:123:456:789' }] } } },
      },
    };
    const got = helmTemplate(chart, values, NS);
    expect(sortObjects(got)).toEqual(sortObjects(expectedObjects(values)));
    const pool = got.find((o) => o.metadata.name === 'tricky')!;
    expect(pool.spec).toStrictEqual(spec);
    // label and annotation values are strings in Kubernetes: numbers and booleans become their text
    expect(pool.metadata.labels).toStrictEqual({ app: 'metallb', 'example.com/colon': 'a: b', num: '7', flag: 'true' });
    expect(pool.metadata.annotations).toStrictEqual(values.configuration.ipaddresspools.tricky.metadata.annotations);
    expect(brief(got)).toEqual(['BGPPeer/peer', 'Community/c', 'IPAddressPool/123', 'IPAddressPool/pool.with.dots', 'IPAddressPool/tricky', 'IPAddressPool/true']);
    for (const name of ['123', 'true']) expect(typeof got.find((o) => o.kind === 'IPAddressPool' && String(o.metadata.name) === name)!.metadata.name).toBe('string');
  });

  it('the one thing toYaml cannot write: a `<<` map key (a YAML merge key; no MetalLB field can be named so)', () => {
    expect(() => helmTemplate(chart, { configuration: { ipaddresspools: { p: { spec: { m: { '<<': 1 } } } } } }, NS)).toThrow(/map merge/);
  });

  it('metadata.namespace is the release namespace', () => {
    const got = helmTemplate(chart, { configuration: { l2advertisements: { l2: { spec: {} } } } }, 'lb-elsewhere');
    expect(got).toEqual([{ apiVersion: 'metallb.io/v1beta1', kind: 'L2Advertisement', metadata: { name: 'l2', namespace: 'lb-elsewhere' }, spec: {} }]);
  });

  it('an entry without spec renders `spec: {}`; a null entry renders nothing; odd groups are ignored', () => {
    const got = helmTemplate(chart, { configuration: { l2advertisements: { all: {}, gone: null }, bgppeers: 'not a map', communities: ['x'], bfdprofiles: null } }, NS);
    expect(got).toEqual([{ apiVersion: 'metallb.io/v1beta1', kind: 'L2Advertisement', metadata: { name: 'all', namespace: NS }, spec: {} }]);
    expect(helmTemplate(chart, { configuration: null }, NS)).toEqual([]);
    expect(helmTemplate(chart, {}, NS)).toEqual([]);
  });

  it('an entry may override its hook annotations; its other annotations are kept', () => {
    const values = { configuration: { ipaddresspools: { p: { metadata: { annotations: { 'helm.sh/hook-weight': '-5', team: 'net' } }, spec: { addresses: ['10.0.0.0/24'] } } } } };
    const [raw] = helmTemplate(chart, values, NS, { keepHelmAnnotations: true });
    expect(raw!.metadata.annotations).toEqual({ 'helm.sh/hook': 'post-install,post-upgrade', 'helm.sh/hook-weight': '-5', 'helm.sh/hook-delete-policy': 'before-hook-creation', team: 'net' });
    expect(helmTemplate(chart, values, NS)[0]!.metadata.annotations).toEqual({ team: 'net' });
  });

  it('output is deterministic: objects of a kind in name order, same text every time', () => {
    const values = { configuration: { ipaddresspools: Object.fromEntries(['zeta', 'alpha', 'mid', 'Beta', '10', '9'].map((n) => [n, { spec: { addresses: ['10.0.0.0/24'] } }])) } };
    const text = helmTemplateText(chart, values, NS);
    expect(helmTemplateText(chart, values, NS)).toBe(text);
    expect(parseObjects(text).map((o) => o.metadata.name)).toEqual(['10', '9', 'Beta', 'alpha', 'mid', 'zeta']);
  });
});
