import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tar from 'tar';
import { tempDir } from './harness.js';

/**
 * A small real pack archive NAME-VERSION.tar.gz (single top-level folder NAME-VERSION/ with a pack.json
 * naming NAME and VERSION), plus `extra` random bytes for size.
 */
export async function makeArchive(name: string, version: string, extra = 0, seed = ''): Promise<string> {
  return makeCustomArchive({ file: `${name}-${version}.tar.gz`, top: `${name}-${version}`, pack: { name, displayName: name, version, layer: 'addon', seed }, extra });
}

/** An archive with any file name, top folder and pack.json (or none), to test what push refuses. */
export async function makeCustomArchive(o: { file: string; top: string; pack?: Record<string, unknown>; extra?: number }): Promise<string> {
  const dir = tempDir('spr-pack-');
  const pack = join(dir, o.top);
  mkdirSync(pack);
  if (o.pack) writeFileSync(join(pack, 'pack.json'), JSON.stringify(o.pack));
  writeFileSync(join(pack, 'values.yaml'), 'pack:\n  namespace: metallb-system\n');
  if (o.extra) writeFileSync(join(pack, 'blob.bin'), randomBytes(o.extra));
  const file = join(dir, o.file);
  await tar.c({ gzip: true, cwd: dir, file, portable: true, mtime: new Date(0) }, [o.top]);
  return file;
}
