import type { Diagnostic, Path } from '../../diagnostics/diagnostic.js';
import type { Finding, Loc } from '../../diagnostics/finding.js';
import { modeFromChartValues } from '../../metallb/bgp-mode.js';
import { configFromHelmValues } from '../../metallb/build/from-helm.js';
import { configFromManifestValues } from '../../metallb/build/from-manifest.js';
import { makeContext } from '../../metallb/context.js';
import type { BgpMode, MetalLBConfig } from '../../metallb/model.js';
import { metallbRules } from '../../metallb/rules/index.js';
import { runRules } from '../../metallb/run-rules.js';
import type { Version } from '../../metallb/version.js';
import { checkValuesSchema } from '../../schema/check-values.js';
import { withoutSchemaOverlaps } from '../../schema/overlaps.js';
import { isPlainObject, mergeValues } from '../../values/layers.js';
import type { PackKind } from '../pack-kind.js';
import { applyPreset } from '../presets/apply.js';
import { readPresets, type Preset } from '../presets/model.js';
import { resolveDotted } from '../schema-yaml/dotted-path.js';
import { report, type PackCheckInput } from './input.js';

/**
 * The checks `validate` runs on merged values (JSON schema of the pack/chart sections, the BGP
 * backend switches, the MetalLB model and its rules), on a plain values object. Each finding's
 * `loc` is `locate(path)` of the value path it is about. The same steps as validate.ts's
 * validateValues, without the pack checks (pack/rules may not import src/actions: cycle).
 */
export function checkValuesContent(values: unknown, packKind: PackKind, version: Version, locate: (path: Path) => Loc): Finding[] {
  const findings = checkValuesSchema({ packKind, values, locate, version });
  let mode: BgpMode = 'native';
  let config: MetalLBConfig | undefined;
  if (packKind === 'lb-metallb-helm') {
    const derived = modeFromChartValues(values, version, locate);
    findings.push(...derived.findings);
    mode = derived.mode;
    config = configFromHelmValues(values, locate);
  } else if (packKind === 'lb-metallb') {
    config = configFromManifestValues(values, locate);
  }
  if (config) findings.push(...runRules(metallbRules, makeContext(config, version, mode)));
  return findings;
}

/** Findings that matter here: errors and warnings (a deferred macro is info, never a problem). */
function problems(findings: Finding[]): Map<string, Finding> {
  const out = new Map<string, Finding>();
  for (const f of findings) {
    if (f.severity !== 'error' && f.severity !== 'warning') continue;
    const key = `${f.code}\0${JSON.stringify(f.loc.path)}\0${f.message}`;
    if (!out.has(key)) out.set(key, f);
  }
  return out;
}

function isPrefix(prefix: Path, path: Path): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => String(p) === String(path[i]));
}

/** How many leading segments of `path` exist in `value`. */
function depthIn(value: unknown, path: Path): number {
  let cur = value;
  let i = 0;
  for (; i < path.length; i++) {
    const seg = path[i]!;
    if (Array.isArray(cur) && typeof seg === 'number' && seg < cur.length) cur = cur[seg];
    else if (isPlainObject(cur) && Object.prototype.hasOwnProperty.call(cur, String(seg))) cur = cur[String(seg)];
    else return i;
  }
  return i;
}

/**
 * Where in presets.yaml a problem at value path `path` comes from: the `remove` entry that deleted
 * (an ancestor of, or something under) that path, when it is more specific than what `add` writes;
 * else inside the `add` block at the deepest part of the path it writes; else the `add` key, else
 * the preset entry.
 */
function placeOf(p: Preset, add: unknown, defaults: unknown, path: Path): Path {
  const addDepth = add !== undefined ? depthIn(add, path) : 0;
  let best: Path | undefined;
  let bestDepth = addDepth;
  for (const r of p.remove) {
    for (const m of resolveDotted(defaults, r.path).matches) {
      const d = isPrefix(m, path) ? m.length : isPrefix(path, m) ? path.length : 0;
      if (d > bestDepth) {
        best = r.at;
        bestDepth = d;
      }
    }
  }
  if (best) return best;
  if (addDepth > 0) return [...p.path, 'add', ...path];
  return p.add !== undefined ? [...p.path, 'add'] : p.path;
}

/**
 * Each preset applied to values.yaml (remove, then merge `add`) must leave valid values: every error
 * or warning of the values checks that the preset introduces (absent from values.yaml alone) is
 * reported as presets/invalid-values, in the preset's `add` block where it writes the value.
 * A preset whose presets.yaml or `add` does not parse is left to presets/invalid and presets/add-syntax.
 */
export function checkPresetsValues({ pack, packKind, version }: PackCheckInput): Finding[] {
  const src = pack.presets;
  if (!src || src.findings.some((f) => f.severity === 'error')) return [];
  const presets = readPresets(src);
  if (!presets?.length) return [];
  const defaults = pack.values?.value(0) ?? {};
  if (!isPlainObject(defaults) || pack.values?.findings.some((f) => f.severity === 'error')) return [];
  const locate = (path: Path): Loc => ({ file: '', path });
  const before = problems(checkValuesContent(defaults, packKind, version, locate));
  const out: Finding[] = [];
  for (const p of presets) {
    let add: unknown;
    if (p.add !== undefined) {
      // embedding maps positions under `add` into the block scalar (also done by presets-add.ts)
      const inner = src.embed(0, [...p.path, 'add']);
      if (!inner || inner.findings.some((f) => f.severity === 'error')) continue;
      add = inner.value(0);
      if (add !== null && add !== undefined && !isPlainObject(add)) continue;
    }
    // applyPreset parses `add` itself (and the yaml library would print its warnings): merge the parsed value here
    const applied = mergeValues(applyPreset(defaults, { remove: p.remove.map((r) => r.path) }), add ?? {});
    const after = problems(checkValuesContent(applied, packKind, version, locate));
    const name = p.name ?? `#${p.index + 1}`;
    // placed in presets.yaml, then, as validate does, a schema finding yields to a metallb/ error at the same place
    const placed: Diagnostic[] = [];
    for (const [key, f] of after) {
      if (before.has(key)) continue;
      const path = placeOf(p, add, defaults, f.loc.path);
      const range = src.rangeOf({ path }, f.target);
      placed.push({ code: f.code ?? 'internal/unknown', severity: f.severity === 'warning' ? 'warning' : 'error', message: f.message, file: src.file, path, ...(range ? { range } : {}) });
    }
    for (const d of withoutSchemaOverlaps(placed)) {
      out.push(report('presets/invalid-values', `preset "${name}" introduces ${d.code}: ${d.message}`, { file: src.file, path: d.path }, { severity: d.severity, range: d.range }));
    }
  }
  return out;
}
