import { resolve } from 'node:path';
import { usageError } from '../core/errors.js';
import { scaffoldFiles } from '../init/scaffold.js';
import { PACK_TYPES, checkPackName, chooseInitVersion, packImages, type PackType } from '../init/versions.js';
import { writeTreeAtomic } from '../init/write-tree.js';

export interface InitOptions {
  type: string;
  /** MetalLB release X.Y.Z; default: the newest supported */
  metallbVersion?: string;
  /** the pack directory to create; default: NAME-VERSION in cwd */
  out?: string;
  cwd?: string;
}

export interface InitResult {
  /** the pack directory as shown to the user (as given, or NAME-VERSION) */
  dir: string;
  /** absolute path of the pack directory */
  path: string;
  name: string;
  type: PackType;
  metallbVersion: string;
  /** relative paths of the files written, sorted */
  files: string[];
  /** pack.content.images */
  images: string[];
}

function checkType(type: string): PackType {
  if ((PACK_TYPES as readonly string[]).includes(type)) return type as PackType;
  throw usageError(`--type ${JSON.stringify(type)} is not a pack type`, `use ${PACK_TYPES.join(' or ')}`);
}

/**
 * `init NAME`: scaffolds a new MetalLB pack (manifest or Helm) from templates/init/ and writes it
 * atomically as a new directory. Refuses bad names, unsupported versions and existing non-empty
 * directories with usage errors. Never prints, never exits.
 */
export function initPack(name: string, opts: InitOptions): InitResult {
  checkPackName(name);
  const type = checkType(opts.type);
  const version = chooseInitVersion(type, opts.metallbVersion);
  const dir = opts.out ?? `${name}-${version.raw}`;
  if (dir === '' || dir === '-') throw usageError(`--out ${JSON.stringify(dir)} is not a directory name`, 'pass the directory to create');
  const path = resolve(opts.cwd ?? process.cwd(), dir);
  const files = scaffoldFiles(name, type, version);
  writeTreeAtomic(path, files, dir);
  return { dir, path, name, type, metallbVersion: version.raw, files: [...files.keys()], images: packImages(type, version) };
}
