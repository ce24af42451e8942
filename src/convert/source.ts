import { isDirectory } from '../core/is-directory.js';
import { resolve } from 'node:path';
import { runtimeError } from '../core/errors.js';
import type { Path } from '../diagnostics/diagnostic.js';
import type { Loc } from '../diagnostics/finding.js';
import { configFromConfigMap } from '../metallb/build/from-configmap.js';
import { configFromCrs } from '../metallb/build/from-crs.js';
import { configFromHelmValues } from '../metallb/build/from-helm.js';
import { configFromManifestValues } from '../metallb/build/from-manifest.js';
import type { MetalLBConfig } from '../metallb/model.js';
import { parseVersion, type Version } from '../metallb/version.js';
import { loadPack } from '../pack/load.js';
import { detectPackKind, type PackKind } from '../pack/pack-kind.js';
import { LayeredValues, isPlainObject } from '../values/layers.js';
import { readTextFile } from '../values/read-text.js';
import { SourceFile } from '../values/source-file.js';
import type { BgpMode } from '../metallb/model.js';
import { validatePaths, validateText, type ValidateResult } from '../actions/validate.js';

/** The input form, as convert and inspect name it. */
/** `unknown`: the input could not be read as any of them and validation says why (errors). */
export type SourceForm = 'configmap' | 'crs' | 'lb-metallb' | 'lb-metallb-helm' | 'unknown';

/**
 * An input (pack directory, values file, CR file or legacy ConfigMap) validated and turned into
 * the model. `values` are the pack values (merged layers) for the two pack forms.
 */
export interface ConfigSource {
  display: string;
  form: SourceForm;
  validation: ValidateResult;
  config: MetalLBConfig;
  /** the version the input was validated at */
  version: Version;
  mode: BgpMode;
  /** pack values (pack dirs and values files) */
  values?: unknown;
  /** pack.json name and version, for pack directories */
  pack?: { name?: string; version?: string };
  /** the parsed input files, for resolving findings to line:column */
  sources: SourceFile[];
}

export interface SourceOptions {
  metallbVersion?: string;
  bgpMode?: BgpMode;
  cwd?: string;
}

function isConfigMap(d: unknown): boolean {
  return isPlainObject(d) && d['kind'] === 'ConfigMap' && isPlainObject(d['data']) && typeof d['data']['config'] === 'string';
}

function isCr(d: unknown): boolean {
  return isPlainObject(d) && typeof d['apiVersion'] === 'string' && d['apiVersion'].startsWith('metallb.io/');
}

/** Validates `path` (as `spectro-pack validate` would) and builds the model from it. Never prints. */
export function loadConfigSource(path: string, opts: SourceOptions = {}): ConfigSource {
  const cwd = opts.cwd ?? process.cwd();
  const abs = resolve(cwd, path);
  const isDir = isDirectory(abs, path);
  const [validation] = validatePaths([path], { cwd, metallbVersion: opts.metallbVersion, bgpMode: opts.bgpMode });
  if (isDir) {
    const pack = loadPack(abs, path);
    const pj = pack.packJson?.value(0);
    const meta = isPlainObject(pj)
      ? { name: typeof pj['name'] === 'string' ? pj['name'] : undefined, version: typeof pj['version'] === 'string' ? pj['version'] : undefined }
      : {};
    return fromValues(path, pack.values ? [pack.values] : [], meta.name, validation!, meta);
  }
  return fromFile(SourceFile.parse(path, readTextFile(abs, path)), validation!);
}

/** Like loadConfigSource for YAML text held in memory (tests). */
export function loadConfigText(display: string, text: string, opts: SourceOptions = {}): ConfigSource {
  const validation = validateText(display, text, { metallbVersion: opts.metallbVersion, bgpMode: opts.bgpMode });
  return fromFile(SourceFile.parse(display, text), validation);
}

function fromFile(src: SourceFile, validation: ValidateResult): ConfigSource {
  const version = parseVersion(validation.metallbVersion)!;
  const docs = Array.from({ length: src.documentCount }, (_, i) => src.value(i));
  const base = { display: src.file, validation, version, mode: validation.bgpMode, sources: [src] };
  const cm = docs.findIndex(isConfigMap);
  if (cm >= 0) return { ...base, form: 'configmap', config: configFromConfigMap(src, cm, version).config };
  if (docs.some(isCr)) return { ...base, form: 'crs', config: configFromCrs(src, version).config };
  return fromValues(src.file, [src], undefined, validation);
}

function fromValues(display: string, layers: SourceFile[], packName: string | undefined, validation: ValidateResult, pack?: ConfigSource['pack']): ConfigSource {
  const version = parseVersion(validation.metallbVersion)!;
  const values = layers.length ? new LayeredValues(layers) : undefined;
  const merged = values?.value ?? {};
  const locate = (p: Path): Loc => (values ? values.locate(p) : { file: display, path: p });
  const kind: PackKind = detectPackKind(packName, merged);
  const base = { display, validation, version, mode: validation.bgpMode, values: merged, pack, sources: layers };
  if (kind === 'lb-metallb-helm') {
    const ns = isPlainObject(merged) && isPlainObject(merged['pack']) ? merged['pack']['namespace'] : undefined;
    return { ...base, form: 'lb-metallb-helm', config: configFromHelmValues(merged, locate, typeof ns === 'string' && ns ? ns : 'metallb-system') };
  }
  if (kind === 'lb-metallb') return { ...base, form: 'lb-metallb', config: configFromManifestValues(merged, locate) };
  if (validation.diagnostics.some((d) => d.severity === 'error')) {
    return { ...base, form: 'unknown', config: { form: 'crs', objects: [], secrets: [], nodes: [], namespace: 'metallb-system' } };
  }
  throw runtimeError(
    display,
    'is not a MetalLB pack, values file, custom resources or legacy ConfigMap',
    'pass a pack directory, a values.yaml with manifests.metallb or charts.metallb-full, MetalLB CRs, or the ConfigMap "config"',
  );
}
