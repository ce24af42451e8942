import type { Path } from '../diagnostics/diagnostic.js';
import type { Finding, Loc } from '../diagnostics/finding.js';
import type { Version } from '../metallb/version.js';
import type { PackKind } from '../pack/pack-kind.js';

export interface ValuesSchemaInput {
  packKind: PackKind;
  /** merged values (values.yaml + --values layers) */
  values: unknown;
  locate(path: Path): Loc;
  version: Version;
}

/** JSON-Schema checks of a MetalLB pack's values (schemas/, precompiled ajv validators). */
export function checkValuesSchema(_input: ValuesSchemaInput): Finding[] {
  return [];
}
