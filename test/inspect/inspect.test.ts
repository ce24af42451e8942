import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectPath, inspectText, type InspectResult } from '../../src/actions/inspect.js';
import { convertPath } from '../../src/actions/convert.js';
import { writeTarGz } from '../../src/archive/write.js';
import { registerInspect } from '../../src/cli/commands/inspect.js';
import { plainStyle } from '../../src/diagnostics/formatters/types.js';
import { formatInspectJson, formatInspectTable } from '../../src/inspect/format.js';
import { ROOT, expectGolden } from '../convert/golden.js';
import { runCommand } from '../convert/run-cli.js';
import { joinDocuments } from '../../src/render/files.js';

async function config(path: string, opts: Parameters<typeof inspectPath>[1] = {}): Promise<InspectResult> {
  const r = await inspectPath(path, { cwd: ROOT, ...opts });
  if (r.kind !== 'config') throw new Error('expected a configuration');
  return r;
}

const CASES: [string, string, Parameters<typeof inspectPath>[1]][] = [
  ['overlap', 'test/inspect/fixtures/overlap.yaml', {}],
  ['macro', 'test/inspect/fixtures/macro.values.yaml', {}],
  ['crs', 'test/convert/fixtures/crs.yaml', { bgpMode: 'frr-k8s' }],
  ['configmap-bgp', 'test/convert/fixtures/configmap-bgp.yaml', { bgpMode: 'frr' }],
  ...['lb-metallb-0.11.0', 'lb-metallb-0.13.5', 'lb-metallb-helm-0.13.7', 'lb-metallb-helm-0.16.1'].map((p): [string, string, object] => [p, `packs/${p}`, {}]),
];

describe('inspect golden files (table and json)', () => {
  for (const [name, path, opts] of CASES) {
    it(name, async () => {
      const r = await config(path, opts);
      expectGolden('inspect', `${name}.txt`, formatInspectTable(r, plainStyle));
      expectGolden('inspect', `${name}.json`, formatInspectJson(r));
    });
  }
});

describe('inspect: what it reports', () => {
  it('usable addresses account for avoidBuggyIPs and overlaps; the overlap is named', async () => {
    const r = await config('test/inspect/fixtures/overlap.yaml');
    const by = Object.fromEntries(r.pools.map((p) => [p.name, p]));
    expect([by['pool-a']!.addresses, by['pool-a']!.usable, by['pool-a']!.shared, by['pool-a']!.sharedWith]).toEqual(['256', '127', '127', ['pool-b']]);
    expect([by['pool-b']!.addresses, by['pool-b']!.usable, by['pool-b']!.shared]).toEqual(['139', '11', '128']);
    expect(by['v6-big']!.usable).toBe('18446744073709551616');
    expect(by['v6-big']!.family).toBe('IPv6');
    expect(by['v6-big']!.autoAssign).toBe(false);
    expect(r.summary.usable).toBe(String(127n + 11n + 2n ** 64n));
    // validate calls the overlap an error; inspect still reports, and counts it
    expect(r.summary.findings.error).toBeGreaterThan(0);
  });

  it('announcements: pools by selector and by name, nodes from nodeSelectors matched against the given Nodes', async () => {
    const r = await config('test/inspect/fixtures/overlap.yaml');
    const by = Object.fromEntries(r.pools.map((p) => [p.name, p]));
    expect(by['pool-a']!.announcements).toEqual([{ kind: 'L2Advertisement', name: 'zone-a', nodes: 'topology.kubernetes.io/zone=a', nodeNames: ['node-1'] }]);
    expect(by['pool-b']!.announcements).toEqual([{ kind: 'L2Advertisement', name: 'pool-b-l2', nodes: '!node-role.kubernetes.io/control-plane', nodeNames: ['node-1'] }]);
    expect(by['v6-big']!.announcements).toEqual([{ kind: 'BGPAdvertisement', name: 'v6-bgp', peers: [], allPeers: true, nodes: 'all nodes', nodeNames: ['node-1', 'node-2'] }]);
    expect(by['v6-big']!.notes).toContain('BGPAdvertisement "v6-bgp" has no BGPPeer to announce to');
  });

  it('BGP: the advertisement\'s peers, or all peers; peers limited to nodes say so', async () => {
    const r = await config('test/convert/fixtures/crs.yaml', { bgpMode: 'frr-k8s' });
    const pub = r.pools.find((p) => p.name === 'public')!;
    expect(pub.announcements.map((a) => [a.name, a.peers, a.allPeers])).toEqual([
      ['edge', ['router-a'], false],
      ['edge-all-peers', ['router-a', 'router-b'], true],
    ]);
    const cm = await config('test/convert/fixtures/configmap-bgp.yaml', { bgpMode: 'frr' });
    expect(cm.pools.find((p) => p.name === 'bgp-private')!.announcements[0]!.peerNodes).toEqual({ peer2: 'rack=r1,node-role.kubernetes.io/edge' });
  });

  it('flags a pool nothing announces', async () => {
    const r = await config('test/convert/fixtures/crs.yaml', { bgpMode: 'frr-k8s' });
    expect(r.summary.unannounced).toEqual(['spare']);
    expect(r.pools.find((p) => p.name === 'spare')!.announced).toBe(false);
    expect(formatInspectTable(r, plainStyle)).toMatch(/^spare +IPv4 +10\.99\.0\.0\/29 +8 +8 +yes +not announced$/m);
  });

  it('macros: counts unknown, selection uncertain', async () => {
    const r = await config('test/inspect/fixtures/macro.values.yaml');
    const m = r.pools.find((p) => p.name === 'from-macro')!;
    expect([m.family, m.addresses, m.usable, m.announced]).toEqual(['unknown', null, null, false]);
    expect(m.announcements).toEqual([{ kind: 'L2Advertisement', name: 'by-macro', nodes: 'all nodes', uncertain: true }]);
    expect(r.summary.usable).toBeNull();
    // "may not be announced" is not "not announced"
    expect(r.summary.unannounced).toEqual([]);
  });

  it('the same pools whatever the form: ConfigMap, its converted CRs and its helm values', async () => {
    const strip = (r: InspectResult) => r.pools;
    const cm = await config('test/convert/fixtures/configmap-bgp.yaml', { bgpMode: 'frr' });
    const crs = convertPath('test/convert/fixtures/configmap-bgp.yaml', { to: 'crs', cwd: ROOT, bgpMode: 'frr' });
    const helm = convertPath('test/convert/fixtures/configmap-bgp.yaml', { to: 'helm-values', cwd: ROOT, bgpMode: 'frr' });
    expect(strip(inspectText('c.yaml', joinDocuments(crs.files), { bgpMode: 'frr' }))).toEqual(strip(cm));
    expect(strip(inspectText('v.yaml', helm.files.get('values.yaml')!, { bgpMode: 'frr' }))).toEqual(strip(cm));
  });

  it('json keeps BigInt counts exact as strings, keys in a fixed order', async () => {
    const j = JSON.parse(formatInspectJson(await config('test/inspect/fixtures/overlap.yaml')));
    expect(Object.keys(j)).toEqual(['target', 'form', 'metallbVersion', 'bgpMode', 'pools', 'summary']);
    expect(Object.keys(j.pools[0])).toEqual(['name', 'family', 'ranges', 'addresses', 'usable', 'shared', 'sharedWith', 'avoidBuggyIPs', 'autoAssign', 'announced', 'announcements', 'notes']);
  });
});

describe('inspect: archives', () => {
  it('lists entries with sizes and sha256, and the archive\'s sha256', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spectro-pack-inspect-'));
    try {
      const file = join(dir, 'demo-1.0.0.tar.gz');
      const written = await writeTarGz(file, [
        { path: 'demo-1.0.0', type: 'directory' },
        { path: 'demo-1.0.0/pack.json', type: 'file', content: new TextEncoder().encode('{"name":"demo","version":"1.0.0"}\n') },
        { path: 'demo-1.0.0/values.yaml', type: 'file', content: new TextEncoder().encode('pack: {}\n') },
      ], { mtime: new Date(0) });
      const r = await inspectPath(file);
      if (r.kind !== 'archive') throw new Error('expected an archive');
      expect(r.sha256).toBe(written.sha256);
      expect(r.entries.map((e) => [e.path, e.kind, e.size])).toEqual([
        ['demo-1.0.0', 'directory', 0],
        ['demo-1.0.0/pack.json', 'file', 34],
        ['demo-1.0.0/values.yaml', 'file', 9],
      ]);
      const run = await runCommand(registerInspect, ['inspect', file], dir);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`sha256 ${written.sha256}`);
      expect(run.stdout).toMatch(/0644 +9 +[0-9a-f]{64} +demo-1\.0\.0\/values\.yaml/);
      const json = await runCommand(registerInspect, ['inspect', file, '--format', 'json'], dir);
      expect(JSON.parse(json.stdout).sha256).toBe(written.sha256);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('inspect command', () => {
  it('prints the table on stdout; exit 0 for a clean pack', async () => {
    const r = await runCommand(registerInspect, ['inspect', 'packs/lb-metallb-helm-0.16.1'], ROOT);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(formatInspectTable(await config('packs/lb-metallb-helm-0.16.1'), plainStyle));
    expect(r.stderr).toBe('');
  });

  it('still prints the table when validation finds errors, which go to stderr; exit 1', async () => {
    const r = await runCommand(registerInspect, ['inspect', 'test/inspect/fixtures/overlap.yaml', '--format', 'json'], ROOT);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).pools).toHaveLength(3);
    expect(r.stderr).toMatch(/metallb\/pool-overlap/);
  });

  it('exit 2 and one line for a missing path or a bad flag', async () => {
    const r = await runCommand(registerInspect, ['inspect', 'nope'], ROOT);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('spectro-pack: nope: no such file or directory\n');
    const f = await runCommand(registerInspect, ['inspect', 'packs/lb-metallb-0.13.5', '--format', 'xml'], ROOT);
    expect(f.status).toBe(2);
  });
});
