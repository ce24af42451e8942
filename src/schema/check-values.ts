import type { Path } from '../diagnostics/diagnostic.js';
import type { Finding, Loc } from '../diagnostics/finding.js';
import { HELM_CONFIG_KEYS } from '../metallb/build/from-helm.js';
import { FIELDS } from '../metallb/fields.js';
import type { Version } from '../metallb/version.js';
import type { PackKind } from '../pack/pack-kind.js';
import { isPlainObject } from '../values/layers.js';
import { findConfigInline, isConfigInlineKey } from './config-inline.js';
import { getValidator } from './load-validators.js';
import { pathText } from './path-text.js';
import { runSchema } from './to-findings.js';
import { chartValidatorName, type ValidatorName } from './validator-set.js';

export interface ValuesSchemaInput {
  packKind: PackKind;
  /** merged values (values.yaml + --values layers) */
  values: unknown;
  locate(path: Path): Loc;
  version: Version;
}

const PACK: Path = ['pack'];
const MANIFEST: Path = ['manifests', 'metallb'];
const HELM: Path = ['charts', 'metallb-full'];
const CHART: Path = [...HELM, 'metallb'];

function getIn(v: unknown, path: Path): unknown {
  let cur = v;
  for (const seg of path) cur = isPlainObject(cur) ? cur[String(seg)] : undefined;
  return cur;
}

/**
 * `configuration.ipaddresspools.p.addresses`: a spec field of that kind written without its `spec:`
 * level (rel is relative to charts.metallb-full).
 */
function specFieldHint(rel: Path, key: string): string | undefined {
  if (rel.length !== 3 || rel[0] !== 'configuration') return undefined;
  const kind = HELM_CONFIG_KEYS[String(rel[1])];
  if (!kind || !Object.prototype.hasOwnProperty.call(FIELDS[kind], key)) return undefined;
  return `${code(key)} is a field of the ${kind} spec: move it under \`spec:\` (${String(rel[2])}: {spec: {${key}: …}})`;
}

function code(s: string): string {
  return `\`${s}\``;
}

interface Section {
  validator: ValidatorName;
  base: Path;
  unknownHint(rel: Path): string;
  misplacedHint?(rel: Path, key: string): string | undefined;
  nullDeletes?: boolean;
  reportDeferred?: boolean;
  skipKey?: (key: string) => boolean;
}

/**
 * JSON-Schema checks of a pack's values (schemas/, precompiled ajv validators): the `pack` section
 * always; `manifests.metallb` for lb-metallb; `charts.metallb-full` (wrapper + configuration) and
 * the upstream chart's values of the target version's chart family for lb-metallb-helm.
 */
export function checkValuesSchema(input: ValuesSchemaInput): Finding[] {
  const { values, locate } = input;
  if (!isPlainObject(values)) return [];
  const sections: Section[] = [{ validator: 'pack', base: PACK, unknownHint: () => 'Palette does not read it: remove it', reportDeferred: true }];
  if (input.packKind === 'lb-metallb') {
    sections.push({ validator: 'manifest', base: MANIFEST, unknownHint: () => 'the lb-metallb pack does not read it: remove it', reportDeferred: true });
  }
  const findings: Finding[] = [];
  if (input.packKind === 'lb-metallb-helm') {
    const family = chartValidatorName(input.version);
    const familyText = `0.${family.slice(-2)}`;
    sections.push({
      validator: 'helm',
      base: HELM,
      unknownHint: (rel) =>
        rel.includes('spec') ? 'MetalLB has no such field: remove it' : rel.length ? 'the metallb-full chart does not read it: remove it' : 'the metallb-full chart reads only `configuration` and `metallb`',
      misplacedHint: specFieldHint,
      skipKey: isConfigInlineKey,
    });
    sections.push({
      validator: family,
      base: CHART,
      unknownHint: () => `the metallb ${familyText} chart has no such value and Helm ignores it: remove it or fix its place`,
      nullDeletes: true,
      reportDeferred: true,
      skipKey: isConfigInlineKey,
    });
    findings.push(...findConfigInline(getIn(values, HELM), HELM, locate, false));
    findings.push(...findConfigInline(getIn(values, CHART), CHART, locate, true));
  }
  for (const s of sections) {
    const data = getIn(values, s.base);
    if (data === undefined || data === null) continue;
    findings.push(
      ...runSchema({
        validator: getValidator(s.validator),
        data,
        locate: (rel) => locate([...s.base, ...rel]),
        describe: (rel) => pathText([...s.base, ...rel]),
        unknownHint: s.unknownHint,
        misplacedHint: s.misplacedHint,
        nullDeletes: s.nullDeletes,
        reportDeferred: s.reportDeferred,
        skipKey: s.skipKey,
      }),
    );
  }
  return findings;
}
