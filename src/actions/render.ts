import { isDirectory } from '../core/is-directory.js';
import { resolve } from 'node:path';
import { usageError } from '../core/errors.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Finding } from '../diagnostics/finding.js';
import type { BgpMode } from '../metallb/model.js';
import { NEWEST_SUPPORTED, parseVersion } from '../metallb/version.js';
import { loadPack, type LoadedPack } from '../pack/load.js';
import { detectPackKind } from '../pack/pack-kind.js';
import { joinDocuments } from '../render/files.js';
import { parseMacroFlags, type LocatedMacroEvent, type MacroValues } from '../render/macros.js';
import { isConfigMapDoc, renderConfigMap, renderCrFile } from '../render/render-documents.js';
import { renderValues } from '../render/render-values.js';
import { parseSetFlags, setLayer } from '../render/set-values.js';
import { chooseTarget, type RenderInput, type RenderTarget } from '../render/targets.js';
import { toYamlText } from '../render/yaml-emit.js';
import { LayeredValues, isPlainObject } from '../values/layers.js';
import { readTextFile } from '../values/read-text.js';
import { resolveFindings } from '../values/resolve.js';
import { SourceFile } from '../values/source-file.js';
import { validateSources, validateText } from './validate.js';

export type { RenderTarget } from '../render/targets.js';
export { RENDER_TARGETS } from '../render/targets.js';

export interface RenderOptions {
  /** default: crs for MetalLB ≥ 0.13 and helm packs, configmap for ≤ 0.12 */
  target?: RenderTarget;
  metallbVersion?: string;
  /** BGP implementation, for validation (default: from chart values; native otherwise) */
  bgpMode?: BgpMode;
  /** values files layered over the pack values (later wins) */
  values?: string[];
  /** `path=value`, applied after every values file */
  set?: string[];
  /** `name=value` for `{{ .spectro.name }}` */
  macros?: string[];
  cwd?: string;
}

export interface RenderResult {
  /** the path as given */
  target: string;
  renderTarget?: RenderTarget;
  metallbVersion: string;
  /** false when rendering was refused; `diagnostics` then hold the errors */
  ok: boolean;
  diagnostics: Diagnostic[];
  /** file name → YAML text, in output order (empty when refused) */
  files: Map<string, string>;
}

/** Display name of the values layer that `--set` makes. */
export const SET_LAYER_NAME = '--set';

interface Inputs {
  display: string;
  /** absolute path of a file input on disk (none for text held in memory) */
  abs?: string;
  pack?: LoadedPack;
  /** the file given (file input) or the pack's values.yaml */
  main?: SourceFile;
  extra: SourceFile[];
  setSource?: SourceFile;
}

/** Validates, then renders a pack directory, values file, CR file or ConfigMap. Never prints, never exits. */
export function renderPath(path: string, opts: RenderOptions = {}): RenderResult {
  const cwd = opts.cwd ?? process.cwd();
  const macros = parseMacroFlags(opts.macros ?? []);
  const sets = parseSetFlags(opts.set ?? []);
  const abs = resolve(cwd, path);
  const extra = (opts.values ?? []).map((f) => SourceFile.parse(f, readTextFile(resolve(cwd, f), f)));
  const isDir = isDirectory(abs, path);
  if (!isDir) {
    const main = SourceFile.parse(path, readTextFile(abs, path));
    return renderLoaded({ display: path, abs, main, extra }, sets, macros, opts);
  }
  const pack = loadPack(abs, path);
  return renderLoaded({ display: path, pack, main: pack.values, extra }, sets, macros, opts);
}

/** Like renderPath for YAML text held in memory (tests, editors); `layers` are extra values files. */
export function renderText(display: string, text: string, opts: RenderOptions & { layers?: [string, string][] } = {}): RenderResult {
  const macros = parseMacroFlags(opts.macros ?? []);
  const sets = parseSetFlags(opts.set ?? []);
  const extra = (opts.layers ?? []).map(([name, t]) => SourceFile.parse(name, t));
  return renderLoaded({ display, main: SourceFile.parse(display, text), extra }, sets, macros, opts);
}

function fileForm(src: SourceFile): 'crs' | 'configmap' | 'values' {
  const docs = Array.from({ length: src.documentCount }, (_, i) => src.value(i));
  if (docs.some(isConfigMapDoc)) return 'configmap';
  if (docs.some((d) => isPlainObject(d) && typeof d['apiVersion'] === 'string' && d['apiVersion'].startsWith('metallb.io/'))) return 'crs';
  return 'values';
}


/**
 * Validates the sources already parsed (the same objects are then rendered: nothing is read or
 * parsed twice), then renders them.
 */
function renderLoaded(inputs: Inputs, sets: ReturnType<typeof parseSetFlags>, macros: MacroValues, opts: RenderOptions): RenderResult {
  const form = inputs.pack ? 'values' : fileForm(inputs.main!);
  if (form !== 'values' && (sets.length || inputs.extra.length)) {
    throw usageError(`--values and --set apply to pack values, not to ${form === 'crs' ? 'custom resources' : 'a ConfigMap'} (${inputs.display})`, 'edit the file, or render the pack instead');
  }
  if (form !== 'values') {
    // flag combinations that can never render are usage errors before any validation
    const early = parseVersion(opts.metallbVersion ?? (form === 'configmap' ? '0.12.1' : NEWEST_SUPPORTED));
    if (early) chooseTarget({ form }, early, opts.target);
  }
  const baseLayers = [...(inputs.main ? [inputs.main] : []), ...inputs.extra];
  let setText: string | undefined;
  if (form === 'values' && sets.length) {
    setText = toYamlText(setLayer(new LayeredValues(baseLayers).value, sets));
    inputs.setSource = SourceFile.parse(SET_LAYER_NAME, setText);
  }
  // a file on disk: validate infers its MetalLB version (pack.json beside it, else the controller image tag) as `validate FILE` does
  const validation = validateSources(
    inputs.pack ? { pack: inputs.pack } : { file: inputs.main! },
    [...inputs.extra, ...(inputs.setSource ? [inputs.setSource] : [])],
    { metallbVersion: opts.metallbVersion, bgpMode: opts.bgpMode },
    inputs.pack ? undefined : inputs.abs,
  );
  const version = parseVersion(validation.metallbVersion)!;
  const refused = (diagnostics: Diagnostic[]): RenderResult => ({ target: inputs.display, metallbVersion: version.raw, ok: false, diagnostics, files: new Map() });
  if (validation.diagnostics.some((d) => d.severity === 'error')) return refused(validation.diagnostics);

  const input: RenderInput = form === 'values' ? { form, packKind: detectPackKind(packName(inputs.pack), new LayeredValues(baseLayers).value) } : { form };
  const target = chooseTarget(input, version, opts.target);
  const findings: Finding[] = [];
  const sources: SourceFile[] = [...baseLayers, ...(inputs.setSource ? [inputs.setSource] : [])];
  const events: LocatedMacroEvent[] = [];
  let files: Map<string, string>;
  if (form === 'crs') files = renderCrFile(inputs.main!, version, macros, events);
  else if (form === 'configmap') files = renderConfigMap(inputs.main!, version, macros, events);
  else files = renderValues(inputs.pack, input.form === 'values' ? input.packKind : 'other', sources, target, version, macros, events, findings);

  for (const { event, loc } of events) {
    if (event.kind === 'unresolved') {
      findings.push({ code: 'render/unresolved-macro', severity: 'info', message: `${event.macro} is left for Palette to resolve: ${event.reason}`, loc });
    } else if (event.kind === 'default') {
      findings.push({ code: 'render/macro-default', severity: 'info', message: `${event.macro} has no --macro value; its default was used`, loc });
    }
  }
  const own = resolveFindings(findings, sources);
  const validated = withoutSubstitutedDeferrals(validation.diagnostics, events);
  if (events.some((e) => e.event.kind !== 'unresolved') && target !== 'helm-values') {
    // values that came from macros were not seen by validation: check what a cluster receives
    const again = validateText('rendered output', joinDocuments(files), { metallbVersion: version.raw, bgpMode: validation.bgpMode }).diagnostics.filter((d) => d.severity === 'error');
    if (again.length) return refused([...validated, ...own, ...again].sort(compareDiagnostics));
  }
  return {
    target: inputs.display,
    renderTarget: target,
    metallbVersion: version.raw,
    ok: true,
    diagnostics: [...validated, ...own].sort(compareDiagnostics),
    files,
  };
}

/**
 * Validation's `macro/deferred` ("checked at deploy time") is stale where --macro or a default has
 * replaced every macro of the value: the rendered output is checked instead. Those are dropped;
 * a place that still holds an unresolved macro keeps its deferral.
 */
function withoutSubstitutedDeferrals(diagnostics: Diagnostic[], events: readonly LocatedMacroEvent[]): Diagnostic[] {
  if (!events.length) return diagnostics;
  const same = (d: Diagnostic, e: LocatedMacroEvent) =>
    d.file === e.loc.file &&
    (d.document === undefined || e.loc.document === undefined || d.document === e.loc.document) &&
    d.path !== undefined &&
    d.path.length === e.loc.path.length &&
    d.path.every((seg, i) => String(seg) === String(e.loc.path[i]));
  return diagnostics.filter(
    (d) => d.code !== 'macro/deferred' || !events.some((e) => e.event.kind !== 'unresolved' && same(d, e)) || events.some((e) => e.event.kind === 'unresolved' && same(d, e)),
  );
}

function packName(pack: LoadedPack | undefined): string | undefined {
  const pj = pack?.packJson?.value(0);
  return isPlainObject(pj) && typeof pj['name'] === 'string' ? pj['name'] : undefined;
}
