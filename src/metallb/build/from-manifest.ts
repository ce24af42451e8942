import type { Path } from '../../diagnostics/diagnostic.js';
import type { Loc } from '../../diagnostics/finding.js';
import { isPlainObject } from '../../values/layers.js';
import type { MetalLBConfig, MObject } from '../model.js';

export const MANIFEST_PATH: Path = ['manifests', 'metallb'];
/** Names the lb-metallb pack gives the objects it renders from `addresses` (0.13+). */
export const MANIFEST_POOL_NAME = 'first-pool';
export const MANIFEST_L2_NAME = 'default';

/** spec field → values key of `manifests.metallb` */
const FIELD_MAP: Record<string, string> = { addresses: 'addresses', avoidBuggyIPs: 'avoidBuggyIps' };

/**
 * lb-metallb values (`manifests.metallb.addresses`, `avoidBuggyIps`) → one layer2 pool and the
 * L2Advertisement that announces it, exactly what the pack deploys.
 */
export function configFromManifestValues(values: unknown, locate: (path: Path) => Loc): MetalLBConfig {
  let block: unknown = values;
  for (const seg of MANIFEST_PATH) block = isPlainObject(block) ? block[String(seg)] : undefined;
  const m = isPlainObject(block) ? block : {};
  const namespace = typeof m['namespace'] === 'string' ? m['namespace'] : 'metallb-system';
  const config: MetalLBConfig = { form: 'manifest', objects: [], secrets: [], nodes: [], namespace };
  if (!isPlainObject(block)) return config;
  const spec: Record<string, unknown> = {};
  if (m['addresses'] !== undefined) spec['addresses'] = m['addresses'] ?? [];
  if (m['avoidBuggyIps'] !== undefined) spec['avoidBuggyIPs'] = m['avoidBuggyIps'];
  const mapPath = (sub: (string | number)[]): Path => {
    const [head, ...rest] = sub;
    const key = head === undefined ? undefined : FIELD_MAP[String(head)];
    return key ? [...MANIFEST_PATH, key, ...rest] : [...MANIFEST_PATH];
  };
  const pool: MObject = {
    kind: 'IPAddressPool',
    apiVersion: 'metallb.io/v1beta1',
    name: MANIFEST_POOL_NAME,
    namespace,
    labels: {},
    spec,
    loc: locate([...MANIFEST_PATH]),
    nameLoc: locate([...MANIFEST_PATH]),
    at: (...sub) => locate(mapPath(sub)),
    synthetic: true,
  };
  const l2: MObject = {
    kind: 'L2Advertisement',
    apiVersion: 'metallb.io/v1beta1',
    name: MANIFEST_L2_NAME,
    namespace,
    labels: {},
    spec: { ipAddressPools: [MANIFEST_POOL_NAME] },
    loc: locate([...MANIFEST_PATH]),
    nameLoc: locate([...MANIFEST_PATH]),
    at: () => locate([...MANIFEST_PATH]),
    synthetic: true,
  };
  config.objects.push(pool, l2);
  return config;
}
