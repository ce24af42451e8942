import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { convertText } from '../../src/actions/convert.js';
import { registerConvert } from '../../src/cli/commands/convert.js';
import { SpectroPackError } from '../../src/core/errors.js';
import { yaml } from '../helpers/diagnose.js';
import { ROOT } from './golden.js';
import { runCommand } from './run-cli.js';

const configMap = (...config: string[]) =>
  yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: config', '  namespace: metallb-system', 'data:', '  config: |', ...config.map((l) => `    ${l}`));

const objects = (text: string) => parseAllDocuments(text).map((d) => d.toJS() as { kind: string; metadata: { name: string; namespace: string }; spec: Record<string, unknown> });

function crsOf(r: ReturnType<typeof convertText>) {
  return objects([...r.files.values()].join('---\n'));
}

describe('convert: legacy ConfigMap → CRs (MetalLB converter rules, spec §7)', () => {
  it('one pool each, one L2Advertisement per layer2 pool, BGPAdvertisements per advertisement (an empty one when none), peerN, one Community', () => {
    const r = convertText(
      'cm.yaml',
      configMap(
        'peers:',
        '- {peer-address: 10.0.0.1, peer-asn: 64501, my-asn: 64500}',
        '- {peer-address: 10.0.0.2, peer-asn: 64502, my-asn: 64500}',
        'bgp-communities: {c1: "65000:1", c2: "65000:2"}',
        'address-pools:',
        '- {name: L2_A, protocol: layer2, addresses: [10.1.0.0/24]}',
        '- {name: l2-b, protocol: layer2, addresses: [10.2.0.0/24]}',
        '- {name: Bgp_None, protocol: bgp, addresses: [10.3.0.0/24]}',
        '- name: bgp-two',
        '  protocol: bgp',
        '  addresses: [10.4.0.0/24]',
        '  bgp-advertisements: [{aggregation-length: 32, communities: [c1]}, {aggregation-length: 24, communities: [c2, "65000:3"]}]',
      ),
      { to: 'crs' },
    );
    expect(r.ok, JSON.stringify(r.diagnostics)).toBe(true);
    expect(r.from).toBe('configmap');
    const objs = crsOf(r);
    const names = (kind: string) => objs.filter((o) => o.kind === kind).map((o) => o.metadata.name);
    expect(names('IPAddressPool')).toEqual(['bgp-none', 'bgp-two', 'l2-a', 'l2-b']);
    expect(names('L2Advertisement')).toEqual(['l2advertisement1', 'l2advertisement2']);
    expect(names('BGPAdvertisement')).toEqual(['bgpadvertisement1', 'bgpadvertisement2', 'bgpadvertisement3']);
    expect(names('BGPPeer')).toEqual(['peer1', 'peer2']);
    expect(names('Community')).toEqual(['bgp-communities']);
    const adv = (n: string) => objs.find((o) => o.metadata.name === n)!.spec;
    expect(adv('l2advertisement1')).toEqual({ ipAddressPools: ['l2-a'] });
    expect(adv('bgpadvertisement1')).toEqual({ ipAddressPools: ['bgp-none'] });
    expect(adv('bgpadvertisement3')).toEqual({ aggregationLength: 24, communities: ['c2', '65000:3'], ipAddressPools: ['bgp-two'] });
    expect(objs.find((o) => o.kind === 'Community')!.spec).toEqual({ communities: [{ name: 'c1', value: '65000:1' }, { name: 'c2', value: '65000:2' }] });
    expect(objs.every((o) => o.metadata.namespace === 'metallb-system')).toBe(true);
  });

  it('makes BFD profile names DNS-1123 and keeps the peers pointing at them', () => {
    const r = convertText(
      'cm.yaml',
      configMap(
        'bfd-profiles: [{name: Fast_One, receive-interval: 300}]',
        'peers: [{peer-address: 10.0.0.1, peer-asn: 64501, my-asn: 64500, bfd-profile: Fast_One}]',
        'address-pools: [{name: p, protocol: bgp, addresses: [10.3.0.0/24]}]',
      ),
      { to: 'crs', bgpMode: 'frr' },
    );
    expect(r.ok, JSON.stringify(r.diagnostics)).toBe(true);
    const objs = crsOf(r);
    expect(objs.find((o) => o.kind === 'BFDProfile')!.metadata.name).toBe('fast-one');
    expect(objs.find((o) => o.kind === 'BGPPeer')!.spec['bfdProfile']).toBe('fast-one');
  });

  it('truncates names to 63 characters', () => {
    const long = `Pool_${'x'.repeat(80)}`;
    const r = convertText('cm.yaml', configMap(`address-pools: [{name: ${long}, protocol: layer2, addresses: [10.1.0.0/24]}]`), { to: 'crs' });
    const pool = crsOf(r).find((o) => o.kind === 'IPAddressPool')!;
    expect(pool.metadata.name).toBe(`pool-${'x'.repeat(58)}`);
    expect(pool.metadata.name.length).toBe(63);
  });

  it('refuses input with errors: nothing is written, the diagnostics say why', () => {
    const r = convertText('cm.yaml', configMap('address-pools: [{name: p, protocol: layer3, addresses: [10.1.0.1]}]'), { to: 'crs' });
    expect(r.ok).toBe(false);
    expect(r.files.size).toBe(0);
    expect(r.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['legacy/protocol', 'metallb/address-invalid']));
  });

  it('refuses output that is invalid at the target version, naming the converted output', () => {
    // names that collide once made DNS-1123
    const r = convertText('cm.yaml', configMap('address-pools: [{name: A_b, protocol: layer2, addresses: [10.1.0.0/24]}, {name: a-B, protocol: layer2, addresses: [10.2.0.0/24]}]'), { to: 'crs' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});

describe('convert: CRs and pack values → helm values', () => {
  const crs = yaml(
    'apiVersion: metallb.io/v1beta1',
    'kind: IPAddressPool',
    'metadata: {name: p, namespace: other-ns, labels: {zone: a}}',
    'spec: {addresses: [10.0.0.0/24]}',
    '---',
    'apiVersion: metallb.io/v1beta1',
    'kind: L2Advertisement',
    'metadata: {name: l2, namespace: metallb-system}',
    'spec: {}',
    '---',
    'apiVersion: v1',
    'kind: Secret',
    'metadata: {name: s, namespace: metallb-system}',
    'type: kubernetes.io/basic-auth',
    'stringData: {password: x}',
  );

  it('keeps labels as metadata.labels and writes all six configuration maps', () => {
    const r = convertText('crs.yaml', crs, { to: 'helm-values' });
    expect(r.ok, JSON.stringify(r.diagnostics)).toBe(true);
    const v = parse(r.files.get('values.yaml')!);
    expect(v.charts['metallb-full'].configuration).toEqual({
      ipaddresspools: { p: { metadata: { labels: { zone: 'a' } }, spec: { addresses: ['10.0.0.0/24'] } } },
      l2advertisements: { l2: { spec: {} } },
      bgpadvertisements: {},
      bgppeers: {},
      communities: {},
      bfdprofiles: {},
    });
  });

  it('warns about objects of another namespace and Secrets, which helm values cannot carry', () => {
    const r = convertText('crs.yaml', crs, { to: 'helm-values' });
    expect(r.diagnostics.filter((d) => d.code.startsWith('convert/')).map((d) => `${d.code}@${d.range?.start.line}`)).toEqual([
      'convert/namespace-changed@8', // the first object's namespace (other-ns) is the pack's
      'convert/secret-not-converted@11',
    ]);
  });

  it('lb-metallb-helm: pack section, configuration and minimal chart switches for the version', () => {
    const r = convertText('crs.yaml', crs, { to: 'lb-metallb-helm', metallbVersion: '0.13.7' });
    expect(r.ok, JSON.stringify(r.diagnostics)).toBe(true);
    const v = parse(r.files.get('values.yaml')!);
    expect(v.pack.namespace).toBe('other-ns');
    expect(v.pack.content.charts).toEqual([{ repo: 'https://metallb.github.io/metallb', name: 'metallb', version: '0.13.7' }]);
    expect(v.pack.content.images.map((i: { image: string }) => i.image)).toContain('quay.io/metallb/speaker:v0.13.7');
    expect(v.charts['metallb-full'].metallb).toEqual({ speaker: { frr: { enabled: true } } });
    expect(Object.keys(v.charts['metallb-full'])).toEqual(['configuration', 'metallb']);
  });

  it('usage errors for impossible versions and modes, before reading anything', () => {
    expect(() => convertText('crs.yaml', crs, { to: 'crs', metallbVersion: '0.12.1' })).toThrow(SpectroPackError);
    expect(() => convertText('crs.yaml', crs, { to: 'lb-metallb-helm', metallbVersion: '0.15.0' })).toThrow(/no lb-metallb-helm pack/);
    expect(() => convertText('crs.yaml', crs, { to: 'lb-metallb-helm', metallbVersion: '0.13.7', bgpMode: 'frr-k8s' })).toThrow(/frr-k8s needs MetalLB 0.14/);
    expect(() => convertText('crs.yaml', crs, { to: 'bogus' as never })).toThrow(/not a conversion target/);
  });

  it('the lb-metallb pack version decides the default target: its own (0.13+) or the newest', () => {
    expect(convertText('v.yaml', yaml('manifests:', '  metallb:', '    addresses: [10.0.0.0/28]'), { to: 'crs' }).metallbVersion).toBe('0.16.1');
  });
});

describe('convert command', () => {
  it('prints YAML on stdout and diagnostics on stderr; exit 0', async () => {
    const r = await runCommand(registerConvert, ['convert', 'test/convert/fixtures/configmap-l2.yaml', '--to', 'crs'], ROOT);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'test/golden/convert/configmap-l2.crs.yaml'), 'utf8'));
  });

  it('writes one file per object into --out, atomically', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spectro-pack-convert-'));
    try {
      const out = join(dir, 'crs');
      const r = await runCommand(registerConvert, ['convert', 'test/convert/fixtures/configmap-bgp.yaml', '--to', 'crs', '--bgp-mode', 'frr', '--out', out], ROOT);
      expect(r.status, r.stderr).toBe(0);
      expect(readdirSync(out).filter((f) => !f.startsWith('.')).sort()).toContain('bgppeer-peer1.yaml');
      const h = await runCommand(registerConvert, ['convert', 'packs/lb-metallb-0.13.5', '--to', 'lb-metallb-helm', '--out', join(dir, 'pack')], ROOT);
      expect(h.status, h.stderr).toBe(0);
      expect(readFileSync(join(dir, 'pack', 'values.yaml'), 'utf8')).toBe(readFileSync(join(ROOT, 'test/golden/convert/lb-metallb-0.13.5.lb-metallb-helm.yaml'), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exit 1 with diagnostics when the input has errors; nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spectro-pack-convert-'));
    try {
      const r = await runCommand(registerConvert, ['convert', 'test/convert/fixtures/crs.yaml', '--to', 'crs', '--out', join(dir, 'x')], ROOT);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/metallb\/native-bfd/);
      expect(r.stderr).toMatch(/not converted: fix the errors above first/);
      expect(existsSync(join(dir, 'x'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exit 2 and one line for usage errors', async () => {
    const missing = await runCommand(registerConvert, ['convert', 'packs/lb-metallb-0.13.5'], ROOT);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--to/);
    const bad = await runCommand(registerConvert, ['convert', 'packs/lb-metallb-0.13.5', '--to', 'lb-metallb-helm', '--metallb-version', '0.14.0'], ROOT);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
    const nofile = await runCommand(registerConvert, ['convert', 'nope.yaml', '--to', 'crs'], ROOT);
    expect(nofile.status).toBe(2);
    expect(nofile.stderr).toMatch(/nope.yaml: no such file/);
  });
});
