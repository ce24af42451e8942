import type { Finding } from '../../diagnostics/finding.js';
import { checkChartNames } from './chart-names.js';
import { checkDirName } from './dir-name.js';
import { checkEnabledPresets } from './enabled-presets.js';
import type { PackCheckInput } from './input.js';
import { checkPackFiles } from './pack-files.js';
import { checkPackImages } from './pack-images.js';
import { checkPackJson } from './pack-json.js';
import { checkPresetsAdd } from './presets-add.js';
import { checkPresetsRemove } from './presets-remove.js';
import { checkPresetsStructure } from './presets-structure.js';
import { checkPresetsValues } from './presets-values.js';
import { checkSchemaYaml } from './schema-yaml.js';

export type { PackCheckInput } from './input.js';

/** The pack checks, one concern each; every finding carries its own code and severity. */
export const packChecks: readonly ((input: PackCheckInput) => Finding[])[] = [
  checkPackJson,
  checkPackFiles,
  checkDirName,
  checkPackImages,
  checkChartNames,
  checkSchemaYaml,
  checkPresetsStructure,
  checkPresetsAdd,
  checkPresetsRemove,
  checkPresetsValues,
  checkEnabledPresets,
];

/** pack.json, schema.yaml constraints and presets.yaml checks. */
export function checkPack(input: PackCheckInput): Finding[] {
  return packChecks.flatMap((check) => check(input));
}
