import { isDirectory } from '../core/is-directory.js';
import { resolve } from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Finding } from '../diagnostics/finding.js';
import { runtimeError, usageError } from '../core/errors.js';
import { configFromConfigMap } from '../metallb/build/from-configmap.js';
import { configFromCrs } from '../metallb/build/from-crs.js';
import { configFromHelmValues } from '../metallb/build/from-helm.js';
import { configFromManifestValues } from '../metallb/build/from-manifest.js';
import { modeFromChartValues } from '../metallb/bgp-mode.js';
import { makeContext } from '../metallb/context.js';
import type { BgpMode, MetalLBConfig } from '../metallb/model.js';
import { metallbRules } from '../metallb/rules/index.js';
import { runRules } from '../metallb/run-rules.js';
import { NEWEST_SUPPORTED, OLDEST_SUPPORTED, isSupported, parseVersion, type Version } from '../metallb/version.js';
import { displayJoin, loadPack, type LoadedPack } from '../pack/load.js';
import { inferValuesVersion } from '../pack/infer-version.js';
import { detectPackKind, type PackKind } from '../pack/pack-kind.js';
import { checkPack } from '../pack/rules/index.js';
import { checkCrSchemas } from '../schema/check-crs.js';
import { withoutSchemaOverlaps } from '../schema/overlaps.js';
import { checkValuesSchema } from '../schema/check-values.js';
import { LayeredValues, isPlainObject } from '../values/layers.js';
import { readTextFile } from '../values/read-text.js';
import { resolveFindings } from '../values/resolve.js';
import { SourceFile } from '../values/source-file.js';

export interface ValidateOptions {
  /** target MetalLB version; default: the pack's version for MetalLB packs, else the newest supported */
  metallbVersion?: string;
  bgpMode?: BgpMode;
  /** extra values files layered over the pack's values (later wins) */
  values?: string[];
  cwd?: string;
}

export type InputForm = 'pack' | 'values' | 'crs' | 'configmap';

export interface ValidateResult {
  /** the path as given */
  target: string;
  form: InputForm;
  packKind: PackKind;
  metallbVersion: string;
  bgpMode: BgpMode;
  diagnostics: Diagnostic[];
}

/** The newest version that reads a legacy ConfigMap. */
const LAST_CONFIGMAP_VERSION = '0.12.1';

function chooseVersion(explicit: string | undefined, fallback: string): Version {
  const raw = explicit ?? fallback;
  const v = parseVersion(raw);
  if (!v) {
    if (explicit !== undefined) throw usageError(`--metallb-version "${explicit}" is not a version`, `use X.Y.Z between ${OLDEST_SUPPORTED} and ${NEWEST_SUPPORTED}`);
    return parseVersion(NEWEST_SUPPORTED)!;
  }
  if (!isSupported(v)) {
    if (explicit !== undefined) throw usageError(`--metallb-version ${explicit} is not supported`, `use a version between ${OLDEST_SUPPORTED} and ${NEWEST_SUPPORTED}`);
    return parseVersion(NEWEST_SUPPORTED)!;
  }
  return v;
}

function readSource(abs: string, display: string): SourceFile {
  return SourceFile.parse(display, readTextFile(abs, display));
}

/** Validates each path (pack directory, values file, CRs, ConfigMap). Never prints, never exits. */
export function validatePaths(paths: string[], opts: ValidateOptions = {}): ValidateResult[] {
  const cwd = opts.cwd ?? process.cwd();
  const extra = (opts.values ?? []).map((f) => readSource(resolve(cwd, f), f));
  return (paths.length ? paths : ['.']).map((p) => validateOne(p, resolve(cwd, p), extra, opts));
}

/**
 * Validates YAML text as if it were a file of that name (values, CRs or ConfigMap), with optional
 * extra value layers given as [name, text] pairs. For tests and for editors that hold unsaved text.
 */
export function validateText(display: string, text: string, opts: ValidateOptions & { layers?: [string, string][] } = {}): ValidateResult {
  const extra = (opts.layers ?? []).map(([name, t]) => SourceFile.parse(name, t));
  return validateFile(SourceFile.parse(display, text), extra, opts);
}

function validateOne(display: string, abs: string, extra: SourceFile[], opts: ValidateOptions): ValidateResult {
  const isDir = isDirectory(abs, display);
  if (isDir) return validatePack(loadPack(abs, display), extra, opts);
  return validateFile(readSource(abs, display), extra, opts, abs);
}

function detectFileForm(src: SourceFile): InputForm | undefined {
  const docs = Array.from({ length: src.documentCount }, (_, i) => src.value(i));
  if (docs.some((d) => isPlainObject(d) && d['kind'] === 'ConfigMap' && isPlainObject(d['data']) && typeof d['data']['config'] === 'string')) return 'configmap';
  if (docs.some((d) => isPlainObject(d) && typeof d['apiVersion'] === 'string' && d['apiVersion'].startsWith('metallb.io/'))) return 'crs';
  if (detectPackKind(undefined, docs[0]) !== 'other') return 'values';
  return undefined;
}

/** `abs`: where the file is on disk, when it is (a pack.json beside a values file sets the version) */
function validateFile(src: SourceFile, extra: SourceFile[], opts: ValidateOptions, abs?: string): ValidateResult {
  const form = detectFileForm(src);
  if (!form) {
    if (src.findings.some((f) => f.severity === 'error')) {
      return finish(src.file, 'values', 'other', parseVersion(NEWEST_SUPPORTED)!, opts.bgpMode ?? 'native', src.findings, [src]);
    }
    throw runtimeError(
      src.file,
      'is not a MetalLB pack values file, custom resources or legacy ConfigMap',
      'pass a pack directory, a values.yaml with manifests.metallb or charts.metallb-full, MetalLB CRs, or the ConfigMap "config"',
    );
  }
  if (form === 'values') return validateValues(src.file, [src, ...extra], undefined, { file: abs, sources: [] }, opts);
  const findings: Finding[] = [...src.findings];
  const sources = [src];
  let config: MetalLBConfig;
  let version: Version;
  if (form === 'configmap') {
    version = chooseVersion(opts.metallbVersion, LAST_CONFIGMAP_VERSION);
    const docIndex = Array.from({ length: src.documentCount }, (_, i) => src.value(i)).findIndex(
      (d) => isPlainObject(d) && d['kind'] === 'ConfigMap' && isPlainObject(d['data']) && typeof d['data']['config'] === 'string',
    );
    const built = configFromConfigMap(src, docIndex, version);
    config = built.config;
    findings.push(...built.findings);
  } else {
    version = chooseVersion(opts.metallbVersion, NEWEST_SUPPORTED);
    const built = configFromCrs(src, version);
    config = built.config;
    findings.push(...built.findings, ...checkCrSchemas(config, src));
  }
  const mode = opts.bgpMode ?? 'native';
  findings.push(...runRules(metallbRules, makeContext(config, version, mode)));
  return finish(src.file, form, 'other', version, mode, findings, sources);
}

function validatePack(pack: LoadedPack, extra: SourceFile[], opts: ValidateOptions): ValidateResult {
  const pj = pack.packJson?.value(0);
  const name = isPlainObject(pj) && typeof pj['name'] === 'string' ? pj['name'] : undefined;
  const version = isPlainObject(pj) && typeof pj['version'] === 'string' ? pj['version'] : undefined;
  // a missing values.yaml is reported (pack/missing-file); checks then see it as empty, located at its path
  const values = pack.values ?? SourceFile.parse(displayJoin(pack.display, 'values.yaml'), '');
  const layers = [values, ...extra];
  const packSources = [pack.packJson, pack.schema, pack.presets].filter((s): s is SourceFile => s !== undefined);
  return validateValues(pack.display, layers, pack, { name, version, sources: packSources }, opts);
}

function validateValues(
  target: string,
  layers: SourceFile[],
  pack: LoadedPack | undefined,
  meta: { name?: string; version?: string; file?: string; sources: SourceFile[] } | undefined,
  opts: ValidateOptions,
): ValidateResult {
  const values = new LayeredValues(layers);
  const packKind = detectPackKind(meta?.name, values.value);
  const packVersion = packKind === 'other' ? undefined : pack ? meta?.version : inferValuesVersion(meta?.file, values.value, packKind);
  const version = chooseVersion(opts.metallbVersion, packVersion ?? NEWEST_SUPPORTED);
  const findings: Finding[] = [...(pack?.findings ?? [])];
  const sources = [...layers, ...(meta?.sources ?? [])];
  for (const s of sources) findings.push(...s.findings);
  const locate = values.locate.bind(values);
  if (pack) findings.push(...checkPack({ pack, values, packKind, version }));
  findings.push(...checkValuesSchema({ packKind, values: values.value, locate, version }));
  let mode: BgpMode = opts.bgpMode ?? 'native';
  let config: MetalLBConfig | undefined;
  if (packKind === 'lb-metallb-helm') {
    const derived = modeFromChartValues(values.value, version, locate);
    findings.push(...derived.findings);
    if (!opts.bgpMode) mode = derived.mode;
    config = configFromHelmValues(values.value, locate);
  } else if (packKind === 'lb-metallb') {
    config = configFromManifestValues(values.value, locate);
  }
  if (config) findings.push(...runRules(metallbRules, makeContext(config, version, mode)));
  return finish(target, pack ? 'pack' : 'values', packKind, version, mode, findings, sources);
}

function finish(
  target: string,
  form: InputForm,
  packKind: PackKind,
  version: Version,
  mode: BgpMode,
  findings: Finding[],
  sources: SourceFile[],
): ValidateResult {
  const diagnostics = resolveFindings(findings, sources).sort(compareDiagnostics);
  return { target, form, packKind, metallbVersion: version.raw, bgpMode: mode, diagnostics: dedupe(withoutSchemaOverlaps(diagnostics)) };
}

function dedupe(diags: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diags.filter((d) => {
    // a deferred macro is one fact per place, whichever layer noticed it (schema or rule)
    const what = d.code === 'macro/deferred' ? '' : d.message;
    const key = `${d.file}\0${d.range?.start.line}:${d.range?.start.column}\0${d.code}\0${what}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Validates inputs already read and parsed: a loaded pack, or one file (values, CRs or ConfigMap),
 * with extra value layers (later wins). For render, which holds these sources and so neither reads
 * nor parses them a second time.
 */
export function validateSources(input: { pack: LoadedPack } | { file: SourceFile }, extra: SourceFile[], opts: ValidateOptions = {}, abs?: string): ValidateResult {
  // `abs`: where a file input is on disk, as validatePaths passes it (a pack.json beside a values file sets the version)
  return 'pack' in input ? validatePack(input.pack, extra, opts) : validateFile(input.file, extra, opts, abs);
}
