import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument, type Document } from 'yaml';
import { readTarEntryText } from '../archive/read-entry.js';
import { runtimeError } from '../core/errors.js';
import type { LoadedPack } from '../pack/load.js';
import { isPlainObject } from '../values/layers.js';

/** values.yaml files larger than this are refused (the upstream metallb chart's is ~15 KiB) */
const MAX_VALUES_BYTES = 4 * 1024 * 1024;

/** The default values of a subchart vendored as `charts/<chart>/charts/<name>-<version>.tgz`. */
export interface SubchartDefaults {
  /** the subchart's name: its values sit under this key of the parent's values */
  name: string;
  /** pack-relative path of the archive */
  archive: string;
  doc: Document;
}

function dependencyVersion(pack: LoadedPack, chartDir: string, name: string): string | undefined {
  try {
    const meta = parse(readFileSync(join(pack.dir, chartDir, 'Chart.yaml'), 'utf8')) as unknown;
    const deps = isPlainObject(meta) ? meta['dependencies'] : undefined;
    if (!Array.isArray(deps)) return undefined;
    const dep = deps.find((d) => isPlainObject(d) && d['name'] === name);
    return isPlainObject(dep) && (typeof dep['version'] === 'string' || typeof dep['version'] === 'number') ? String(dep['version']) : undefined;
  } catch {
    return undefined;
  }
}

/** Pack-relative path of the vendored `name` chart archive of `chartDir`, the one Chart.yaml asks for first. */
export function findVendoredSubchart(pack: LoadedPack, chartDir: string, name: string): string | undefined {
  const prefix = `${chartDir}/charts/${name}-`;
  const found = [...pack.files].filter((f) => f.startsWith(prefix) && /^\d[^/]*\.tgz$/.test(f.slice(prefix.length))).sort();
  if (found.length <= 1) return found[0];
  const want = dependencyVersion(pack, chartDir, name);
  return found.find((f) => f === `${prefix}${want}.tgz`) ?? found.at(-1);
}

/**
 * The `<name>/values.yaml` of a packaged chart (helm package layout), parsed with its comments.
 * `tar` is loaded only here, when an archive is actually there.
 */
export function readSubchartDefaults(pack: LoadedPack, archive: string, name: string): SubchartDefaults {
  const abs = join(pack.dir, archive);
  let text: string | undefined;
  let tooBig: boolean | undefined;
  try {
    if (!statSync(abs).isFile()) throw new Error('not a file');
    // <chart>/values.yaml at depth one; the subchart's own subcharts live deeper
    ({ text, tooBig } = readTarEntryText(abs, /^[^/]+\/values\.yaml$/, MAX_VALUES_BYTES));
  } catch (e) {
    throw runtimeError(archive, `cannot read as a chart archive: ${(e as Error).message.split('\n')[0]}`, 'vendor it again with `spectro-pack deps`');
  }
  if (tooBig) throw runtimeError(archive, `values.yaml is larger than ${MAX_VALUES_BYTES} bytes`);
  const doc = parseDocument(text ?? '', { uniqueKeys: false });
  if (doc.errors.length) throw runtimeError(archive, `values.yaml does not parse: ${doc.errors[0]!.message.split('\n')[0]}`, 'vendor it again with `spectro-pack deps`');
  return { name, archive, doc };
}
