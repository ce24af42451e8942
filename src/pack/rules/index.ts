import type { Finding } from '../../diagnostics/finding.js';
import type { Version } from '../../metallb/version.js';
import type { LayeredValues } from '../../values/layers.js';
import type { LoadedPack } from '../load.js';
import type { PackKind } from '../pack-kind.js';

export interface PackCheckInput {
  pack: LoadedPack;
  values: LayeredValues;
  packKind: PackKind;
  version: Version;
}

/** pack.json, schema.yaml constraints and presets.yaml checks. */
export function checkPack(_input: PackCheckInput): Finding[] {
  return [];
}
