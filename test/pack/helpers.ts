import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { validatePaths } from '../../src/actions/validate.js';
import { brief } from '../helpers/diagnose.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

export const PNG = Buffer.from('89504e470d0a1a0a', 'hex');

/** A clean add-on pack that is not a MetalLB pack (so only the pack checks speak). */
export function basePack(): Record<string, string | Buffer> {
  return {
    'pack.json': JSON.stringify({ name: 'demo', displayName: 'Demo', version: '1.0.0', layer: 'addon', cloudTypes: ['all'] }, null, 2) + '\n',
    'values.yaml': 'pack:\n  namespace: demo\n  content:\n    images:\n      - image: example.com/demo:1.0.0\n',
    'README.md': '# Demo\n',
    'logo.png': PNG,
  };
}

/** Writes a pack directory (files relative to it; undefined deletes a base file) under a fresh temp folder. */
export function makePack(files: Record<string, string | Buffer | undefined>, dirName = 'pack'): string {
  const root = mkdtempSync(join(tmpdir(), 'sp-pack-'));
  roots.push(root);
  const dir = join(root, dirName);
  mkdirSync(dir);
  for (const [rel, content] of Object.entries({ ...basePack(), ...files })) {
    if (content === undefined) continue;
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}

/** `code@line:col` of the findings with the given code prefixes for a pack built from `files`. */
export function packFindings(files: Record<string, string | Buffer | undefined>, prefixes: string[], dirName?: string): string[] {
  const dir = makePack(files, dirName);
  const [result] = validatePaths([dir]);
  return brief(result!.diagnostics, ...prefixes);
}

/** Lines joined with newlines (and a final one). */
export function lines(...l: string[]): string {
  return l.join('\n') + '\n';
}
