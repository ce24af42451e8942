import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tar from 'tar';
import { tempDir } from './harness.js';

/** A small real pack archive NAME-VERSION.tar.gz (one top-level folder), plus `extra` random bytes for size. */
export async function makeArchive(name: string, version: string, extra = 0, seed = ''): Promise<string> {
  const dir = tempDir('spr-pack-');
  const pack = join(dir, name);
  mkdirSync(pack);
  writeFileSync(join(pack, 'pack.json'), JSON.stringify({ name, displayName: name, version, layer: 'addon', seed }));
  writeFileSync(join(pack, 'values.yaml'), 'pack:\n  namespace: metallb-system\n');
  if (extra) writeFileSync(join(pack, 'blob.bin'), randomBytes(extra));
  const file = join(dir, `${name}-${version}.tar.gz`);
  await tar.c({ gzip: true, cwd: dir, file, portable: true, mtime: new Date(0) }, [name]);
  return file;
}
