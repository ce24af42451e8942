import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { renderText } from '../../src/actions/render.js';
import { joinDocuments, renderConfigMapFile, renderObjectFiles } from '../../src/render/files.js';
import { compileTemplate } from '../../src/render/templates.js';
import { yamlBlock, yamlField, yamlScalar } from '../../src/render/yaml-emit.js';

/** Strings that try to make keys, change types or break the document. */
const HOSTILE: string[] = [
  '\n  evil: true',
  'x\nevil: true',
  '{{ .Values.x }}',
  '{{',
  '}}',
  '# not a comment',
  'a #b',
  'key: value',
  ': ',
  '- x',
  '-',
  '? x',
  '  leading spaces',
  'trailing spaces  ',
  '\ttab',
  'null', 'Null', '~', '', 'true', 'True', 'yes', 'no', 'on', 'off', 'y', 'n',
  '0x1', '0o17', '017', '1e3', '.inf', '-.Inf', '.NaN', '1_000', '12:30:00', '2024-01-01', '+1', '0',
  '<<', '=', '!tag', '!!str x', '&anchor', '*alias', '|', '>', '%YAML 1.2', '@x', '`x', '"quoted"', "'single'", '[a, b]', '{a: b}',
  '---', '...', '--- x', 'a\n---\nb', 'a\n...\nb',
  'unicode ✓ ünïcödé 日本語 🚀',
  'nel\u0085line', 'ls\u2028ps\u2029', '\ufeffbom', 'del\u007f', 'c1\u0090', 'nul\u0000', 'bell\u0007', 'esc\u001b[31m',
  'crlf\r\nline', 'cr\rline', 'multi\nline\n', 'multi\n\n  indented\n\n\n', ' \n ', '\n',
  'lone \ud800 surrogate',
  'a'.repeat(300),
];

function roundTrips(text: string): unknown[] {
  const docs = parseAllDocuments(text, { uniqueKeys: true });
  for (const d of docs) expect(d.errors, text).toEqual([]);
  return docs.map((d) => d.toJS());
}

describe('YAML helpers keep hostile values as data', () => {
  it.each(HOSTILE.map((s) => [JSON.stringify(s), s]))('scalar %s', (_label, s) => {
    const out = yamlScalar(s);
    expect(out).not.toContain('\n');
    for (const version of ['1.2', '1.1'] as const) {
      expect(parse(`k: ${out}`, { version })).toEqual({ k: s });
      expect(parse(`- ${out}\n- z`, { version })).toEqual([s, 'z']);
    }
  });

  it.each(HOSTILE.map((s) => [JSON.stringify(s), s]))('field and block %s (as key and as value, nested)', (_label, s) => {
    const value = { [s]: s, list: [s, { [s]: [s] }], n: 1, b: true, z: null };
    for (const indent of [0, 2, 6]) {
      const text = `top:\n${yamlField('inner', value, indent + 2)}\nafter: 1\n`;
      const text11 = text;
      expect(parse(text, { uniqueKeys: true })).toEqual({ top: { inner: value }, after: 1 });
      expect(parse(text11, { version: '1.1', merge: true })).toEqual({ top: { inner: value }, after: 1 });
      const block = `top:\n${yamlBlock(value, indent + 2)}\nafter: 1\n`;
      expect(parse(block)).toEqual({ top: value, after: 1 });
    }
  });

  it('numbers, booleans and null keep their type; collections refuse the scalar helper', () => {
    for (const v of [0, -0, 1, 179, 4294967295, 1.5, -2.25, 1e21, true, false, null]) expect(parse(`k: ${yamlScalar(v)}`).k).toBe(v);
    expect(() => yamlScalar({ a: 1 })).toThrow(/collection/);
    expect(() => yamlScalar([1])).toThrow(/collection/);
    expect(() => yamlScalar(undefined)).toThrow(/undefined/);
  });
});

describe('templates refuse to print a value without a helper', () => {
  it('a raw mustache is rejected at compile time', () => {
    expect(() => compileTemplate('t', 'name: {{name}}\n')).toThrow(/YAML helper/);
    expect(() => compileTemplate('t', 'name: {{{name}}}\n')).toThrow(/YAML helper/);
    expect(() => compileTemplate('t', '{{> partial}}\n')).toThrow(/not allowed/);
    expect(() => compileTemplate('t', '{{#raw}}x{{/raw}}\n')).toThrow(/not allowed/);
    expect(() => compileTemplate('t', 'a: {{scalar (lookup x y)}}\n')).toThrow(/sub-expressions/);
  });
  it('strict mode: a missing field is an error, not an empty string', () => {
    const t = compileTemplate('t', 'name: {{scalar name}}\n');
    expect(() => t({})).toThrow();
    expect(t({ name: 'yes' })).toBe('name: "yes"\n');
  });
});

describe('whole renders keep hostile names, labels and specs exactly', () => {
  const KINDS = ['IPAddressPool', 'L2Advertisement', 'BGPAdvertisement', 'BGPPeer', 'Community', 'BFDProfile'] as const;
  const hostile = HOSTILE.filter((s) => !/[\ud800-\udfff]/.test(s));

  it.each(hostile.map((s) => [JSON.stringify(s), s]))('every template, hostile %s everywhere', (_label, s) => {
    const objects = KINDS.map((kind) => ({
      kind,
      apiVersion: `metallb.io/${s}`,
      name: s,
      namespace: s,
      labels: { [s]: s, '<<': s },
      spec: { [s]: [s, { [s]: s }], nested: { [s]: { list: [s] } }, num: 1, flag: false, none: null, empty: {}, none2: [] },
    }));
    const files = renderObjectFiles(objects);
    const docs = roundTrips(joinDocuments(files));
    expect(docs).toEqual(objects.map((o) => ({ apiVersion: o.apiVersion, kind: o.kind, metadata: { name: s, namespace: s, labels: o.labels }, spec: o.spec })));
    const cm = roundTrips(joinDocuments(renderConfigMapFile('config', s, { 'address-pools': [{ name: s, addresses: [s] }] }))) as { metadata: unknown; data: { config: string } }[];
    expect(cm[0]!.metadata).toEqual({ name: 'config', namespace: s });
    expect(parse(cm[0]!.data.config)).toEqual({ 'address-pools': [{ name: s, addresses: [s] }] });
  });

  it.each(hostile.map((s) => [JSON.stringify(s), s]))('CR input through validate and render, hostile label %s', (_label, s) => {
    const input = JSON.stringify({
      apiVersion: 'metallb.io/v1beta1',
      kind: 'IPAddressPool',
      metadata: { name: 'p', namespace: 'metallb-system', labels: { 'evil\n  key': s, '<<': s, k: s } },
      spec: { addresses: ['10.0.0.0/24'], avoidBuggyIPs: true },
    });
    const r = renderText('in.yaml', input, { metallbVersion: '0.14.9' });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const [doc] = roundTrips(joinDocuments(r.files));
    expect(doc).toEqual({
      apiVersion: 'metallb.io/v1beta1',
      kind: 'IPAddressPool',
      metadata: { name: 'p', namespace: 'metallb-system', labels: { 'evil\n  key': s, '<<': s, k: s } },
      spec: { addresses: ['10.0.0.0/24'], avoidBuggyIPs: true },
    });
  });

  it('helm values with a hostile pool name and label render one object per entry, nothing more', () => {
    const values = {
      charts: {
        'metallb-full': {
          configuration: {
            ipaddresspools: {
              'p\n  evil: true': { metadata: { labels: { x: '{{ y }}', 'k: v': '- z' } }, spec: { addresses: ['10.0.0.0/24'] } },
            },
          },
        },
      },
    };
    const r = renderText('values.yaml', JSON.stringify(values), { metallbVersion: '0.16.1' });
    const docs = r.ok ? roundTrips(joinDocuments(r.files)) : [];
    if (r.ok) {
      expect(docs).toHaveLength(1);
      expect(docs[0]).toEqual({
        apiVersion: 'metallb.io/v1beta1',
        kind: 'IPAddressPool',
        metadata: { name: 'p\n  evil: true', namespace: 'metallb-system', labels: { x: '{{ y }}', 'k: v': '- z' } },
        spec: { addresses: ['10.0.0.0/24'] },
      });
      expect([...r.files.keys()]).toEqual(['ipaddresspool-p__evil__true.yaml']);
    } else {
      // validation refused the name (not DNS-1123): also acceptable, and nothing is rendered
      expect(r.files.size).toBe(0);
    }
  });

  it('the legacy ConfigMap keeps hostile strings inside its config block', () => {
    const values = { manifests: { metallb: { namespace: 'metallb-system', addresses: ['10.0.0.0/24'], avoidBuggyIps: true } } };
    const r = renderText('values.yaml', JSON.stringify(values), { metallbVersion: '0.12.1', macros: [] });
    expect(r.ok).toBe(true);
    const [cm] = roundTrips(joinDocuments(r.files)) as { data: { config: string } }[];
    expect(parse(cm!.data.config)).toEqual({ 'address-pools': [{ name: 'default', protocol: 'layer2', addresses: ['10.0.0.0/24'], 'avoid-buggy-ips': true }] });
  });
});
