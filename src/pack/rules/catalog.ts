import type { Severity } from '../../diagnostics/diagnostic.js';

/** A pack check's code: default severity and the one-line description (README, SARIF). */
export interface PackCode {
  severity: Severity;
  description: string;
}

/** Every code the pack checks report (pack.json, files, schema.yaml, presets.yaml). Rules as data. */
export const packRuleCodes = {
  'pack/missing-file': { severity: 'error', description: 'pack.json or values.yaml is missing from the pack directory' },
  'pack/not-an-object': { severity: 'error', description: 'pack.json is not a JSON object' },
  'pack/required-field': { severity: 'error', description: 'pack.json lacks name, displayName, version or layer, or one of them is empty' },
  'pack/field-type': { severity: 'error', description: 'a pack.json field (or constraint) has the wrong type' },
  'pack/enum': { severity: 'error', description: 'layer, cloudTypes, a dependency type, a resource type or a scheduleType outside the allowed values' },
  'pack/version-prefix': { severity: 'error', description: 'pack.json version starts with "v"; Palette wants a bare X.Y.Z' },
  'pack/annotation-type': { severity: 'error', description: 'a pack.json annotation whose value is not a string' },
  'pack/missing-path': { severity: 'error', description: 'a charts[] or kubeManifests[] entry that is not in the pack (or points outside it)' },
  'pack/chart-from-source': { severity: 'info', description: 'a charts[] .tgz not built yet; `package` builds it from the chart folder under charts/ (info)' },
  'pack/missing-logo': { severity: 'error', description: 'logo.png is missing; every published pack has one' },
  'pack/missing-readme': { severity: 'error', description: 'README.md is missing; every published pack has one' },
  'pack/no-images': { severity: 'error', description: 'an add-on pack whose pack.content.images is missing or empty (air-gap mirroring needs it)' },
  'pack/chart-name-mismatch': { severity: 'error', description: 'a charts.<name> key of values.yaml that is not the name in any chart\'s Chart.yaml' },
  'pack/chart-unreadable': { severity: 'error', description: 'a chart whose Chart.yaml cannot be read (missing, broken YAML, no name)' },
  'pack/image-not-listed': { severity: 'error', description: 'an image the pack deploys (chart values or manifests) that pack.content.images does not list (package)' },
  'pack/chart-dependency-missing': { severity: 'error', description: 'a Chart.yaml dependency not vendored under the chart\'s charts/ (package; fix with `spectro-pack deps`)' },
  'pack/dir-name-mismatch': { severity: 'warning', description: 'the NAME-VERSION directory name disagrees with pack.json name/version' },
  'pack-schema/invalid-entry': { severity: 'error', description: 'a schema.yaml entry that is not `path: {schema: "{{ ... }}"}`' },
  'pack-schema/syntax': { severity: 'error', description: 'a schema expression or format that does not parse' },
  'pack-schema/unknown-function': { severity: 'error', description: 'a schema pipeline function other than required, readonly, format, hints' },
  'pack-schema/unknown-type': { severity: 'error', description: 'a format type other than string, number, boolean, password, list, ipv4, version' },
  'pack-schema/bad-regex': { severity: 'error', description: 'a ${string:/RE/} pattern that does not compile' },
  'pack-schema/required': { severity: 'error', description: 'a value marked required in schema.yaml is missing or empty' },
  'pack-schema/format': { severity: 'error', description: 'a value that does not match the format of its schema.yaml entry' },
  'pack-schema/readonly': { severity: 'info', description: 'a readonly value restated by a values layer with the pack default (info)' },
  'pack-schema/readonly-changed': { severity: 'error', description: 'a readonly value changed from the pack default' },
  'pack-schema/unknown-path': { severity: 'warning', description: 'a schema.yaml path that matches nothing in values.yaml' },
  'presets/invalid': { severity: 'error', description: 'presets.yaml is not `presets: [{name, displayName, group, remove, add}]`' },
  'presets/missing-field': { severity: 'error', description: 'a preset without name, displayName or group' },
  'presets/duplicate-name': { severity: 'error', description: 'two presets with one name' },
  'presets/add-syntax': { severity: 'error', description: 'a preset `add` block that is not valid YAML (or not a mapping)' },
  'presets/add-style': { severity: 'warning', description: 'a preset `add` block with odd indentation or other YAML warnings' },
  'presets/remove-path': { severity: 'error', description: 'a preset `remove` path that matches nothing in values.yaml' },
  'presets/invalid-values': { severity: 'error', description: 'a preset whose result (values.yaml with its remove and add applied) fails the values checks that values.yaml alone passes (its severity: error or warning)' },
  'presets/enabled-unknown': { severity: 'error', description: 'the enabled-presets line of values.yaml names a preset that does not exist' },
  'presets/group-conflict': { severity: 'error', description: 'the enabled-presets line enables two presets of one group (they are alternatives)' },
} satisfies Record<string, PackCode>;

export type PackRuleCode = keyof typeof packRuleCodes;

/** Codes reported by the pack checks (pack.json, schema.yaml, presets.yaml), with one-line descriptions. */
export const packCodes: Record<string, string> = Object.fromEntries(
  Object.entries(packRuleCodes).map(([code, c]) => [code, c.description]),
);
