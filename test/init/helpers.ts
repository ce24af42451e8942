import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { parse } from 'yaml';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PACKS = join(ROOT, 'packs');
export const GOLDEN = join(ROOT, 'test/init/golden');
export const UPSTREAM = resolve(ROOT, '../shared/metallb-upstream');

/** A fresh temporary directory, removed after the file's tests. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spectro-pack-init-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Relative paths of every file under `dir` (hidden files included), sorted. */
export function listTree(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const ent of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${ent.name}` : ent.name;
    if (ent.isDirectory()) out.push(...listTree(dir, r));
    else out.push(r);
  }
  return out.sort();
}

export function readYaml(path: string): unknown {
  return parse(readFileSync(path, 'utf8'));
}

type Obj = Record<string, unknown>;

/** `a.b.c` of a parsed document. */
export function dig(value: unknown, path: string): unknown {
  let cur = value;
  for (const seg of path.split('.')) cur = cur && typeof cur === 'object' ? (cur as Obj)[seg] : undefined;
  return cur;
}

/** pack.content.images of a pack's values.yaml. */
export function contentImages(packDir: string): string[] {
  const list = dig(readYaml(join(packDir, 'values.yaml')), 'pack.content.images') as { image: string }[];
  return list.map((e) => e.image);
}
