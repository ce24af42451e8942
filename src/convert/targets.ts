import { usageError } from '../core/errors.js';
import { NEWEST_SUPPORTED, OLDEST_SUPPORTED, isSupported, parseVersion, usesConfigMap, type Version } from '../metallb/version.js';
import { chooseHelmPackVersion } from './helm-pack.js';

/**
 * - `crs`: MetalLB custom resources, one file per object
 * - `helm-values`: only `charts.metallb-full.configuration` (to layer over an lb-metallb-helm pack)
 * - `lb-metallb-helm`: the whole values.yaml of an lb-metallb-helm pack
 */
export const CONVERT_TARGETS = ['crs', 'helm-values', 'lb-metallb-helm'] as const;
export type ConvertTarget = (typeof CONVERT_TARGETS)[number];

/**
 * The MetalLB version the output is written (and validated) for: `--metallb-version` when given;
 * else the input pack's own version when it is configured by CRs (0.13+), else the newest. For
 * `lb-metallb-helm` it must be a published pack version (default: the smallest upgrade).
 */
export function chooseConvertVersion(to: ConvertTarget, asked: string | undefined, inputVersion: string | undefined): Version {
  if (!(CONVERT_TARGETS as readonly string[]).includes(to)) throw usageError(`--to ${String(to)} is not a conversion target`, `use one of ${CONVERT_TARGETS.join(', ')}`);
  const from = inputVersion === undefined ? undefined : parseVersion(inputVersion);
  if (to === 'lb-metallb-helm') return chooseHelmPackVersion(asked, from);
  if (asked !== undefined) {
    const v = parseVersion(asked);
    if (!v || !isSupported(v)) throw usageError(`--metallb-version ${asked} is not a supported version`, `use X.Y.Z between 0.13.0 and ${NEWEST_SUPPORTED}`);
    if (usesConfigMap(v)) {
      throw usageError(`MetalLB ${v.raw} is configured by the ConfigMap "config", not by custom resources`, `convert targets MetalLB 0.13.0 or newer (supported: ${OLDEST_SUPPORTED}-${NEWEST_SUPPORTED}); render the ConfigMap instead`);
    }
    return v;
  }
  if (from && isSupported(from) && !usesConfigMap(from)) return from;
  return parseVersion(NEWEST_SUPPORTED)!;
}
