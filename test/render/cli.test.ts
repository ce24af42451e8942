import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerRender } from '../../src/cli/commands/render.js';
import { Output } from '../../src/cli/output.js';
import { FIXTURES, GOLDEN } from './helpers.js';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = await Output.create(['--no-color'], {}, false);
  const seen = { out: '', err: '' };
  out.stdout = (s: string) => void (seen.out += s);
  out.stderr = (s: string) => void (seen.err += s);
  let code = -1;
  const program = new Command('spectro-pack').exitOverride().configureOutput({ writeOut: (s) => out.stdout(s), writeErr: (s) => out.stderr(s) });
  registerRender(program, out, (c) => (code = c));
  await program.parseAsync(['node', 'spectro-pack', 'render', ...args]);
  return { code, out: seen.out, err: seen.err };
}

describe('spectro-pack render (command)', () => {
  it('writes a multi-document YAML to stdout by default', async () => {
    const r = await cli(join(FIXTURES, 'crs.yaml'), '--metallb-version', '0.16.1');
    expect(r.code).toBe(0);
    expect(r.out).toBe(readFileSync(join(GOLDEN, 'crs.crs.0.16.yaml'), 'utf8'));
    expect(r.err).toMatch(/metallb\/api-version/); // warnings go to stderr, never into the YAML
  });

  it('--out DIR writes one file per object', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'render-cli-')), 'out');
    const r = await cli(join(FIXTURES, 'helm-all-kinds.values.yaml'), '--metallb-version', '0.14.9', '--out', dir);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()).toEqual(
      ['bfdprofile-fast.yaml', 'bgpadvertisement-external.yaml', 'bgppeer-router-a.yaml', 'community-aliases.yaml', 'ipaddresspool-first-pool.yaml', 'ipaddresspool-z-bgp-pool.yaml', 'l2advertisement-default.yaml'],
    );
    const golden = readFileSync(join(GOLDEN, 'helm-all-kinds.crs.0.14.yaml'), 'utf8');
    expect(golden).toContain(readFileSync(join(dir, 'bgppeer-router-a.yaml'), 'utf8'));
  });

  it('refuses with exit 1, prints the errors on stderr and writes nothing', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'render-cli-')), 'out');
    const r = await cli(join(FIXTURES, 'manifest.values.yaml'), '--set', 'manifests.metallb.addresses[0]=10.0.0.1', '--out', dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/--set/);
    expect(r.err).toMatch(/not rendered/);
    expect(existsSync(dir)).toBe(false);
  });

  it('--macro, --target and --values reach the action', async () => {
    const r = await cli(join(FIXTURES, 'pack-helm'), '--target', 'helm-values', '--values', join(FIXTURES, 'override.values.yaml'), '--macro', 'system.cluster.name=prod', '--macro', 'var.lb_range=10.50.0.0/24', '--set', 'charts.metallb-full.metallb.speaker.logLevel=debug', '--set', 'charts.metallb-full.metallb.speaker.tolerations[0].effect=NoExecute');
    expect(r.code).toBe(0);
    expect(r.out).toBe(readFileSync(join(GOLDEN, 'pack-helm.helm-values.0.16-layers.yaml'), 'utf8'));
  });

  it('a second positional `-` writes to stdout, as in `render PATH -`', async () => {
    const r = await cli(join(FIXTURES, 'crs.yaml'), '-', '--metallb-version', '0.16.1');
    expect(r.code).toBe(0);
    expect(r.out).toBe(readFileSync(join(GOLDEN, 'crs.crs.0.16.yaml'), 'utf8'));
  });

  it('a second positional directory is the same as --out DIR', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'render-cli-')), 'out');
    const r = await cli(join(FIXTURES, 'crs.yaml'), dir, '--metallb-version', '0.16.1');
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(readdirSync(dir).filter((f) => f.endsWith('.yaml')).length).toBeGreaterThan(0);
  });

  it('two different outputs (positional and --out) are a usage error', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'render-cli-')), 'out');
    await expect(cli(join(FIXTURES, 'crs.yaml'), '-', '--out', dir)).rejects.toMatchObject({ kind: 'usage' });
    expect(existsSync(dir)).toBe(false);
    // the same output twice is fine
    expect((await cli(join(FIXTURES, 'crs.yaml'), '-', '--out', '-', '--metallb-version', '0.16.1')).code).toBe(0);
  });
});
