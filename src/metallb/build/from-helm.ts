import type { Path } from '../../diagnostics/diagnostic.js';
import type { Loc } from '../../diagnostics/finding.js';
import { isPlainObject } from '../../values/layers.js';
import type { Kind, MetalLBConfig, MObject } from '../model.js';

/** The keys of `charts.metallb-full.configuration` and the kind each renders. */
export const HELM_CONFIG_KEYS: Record<string, Kind> = {
  ipaddresspools: 'IPAddressPool',
  l2advertisements: 'L2Advertisement',
  bgpadvertisements: 'BGPAdvertisement',
  bgppeers: 'BGPPeer',
  communities: 'Community',
  bfdprofiles: 'BFDProfile',
};

export const HELM_CONFIG_PATH: Path = ['charts', 'metallb-full', 'configuration'];

/** apiVersion each kind renders with in the metallb-full chart */
export function apiVersionFor(kind: Kind): string {
  return kind === 'BGPPeer' ? 'metallb.io/v1beta2' : 'metallb.io/v1beta1';
}

/**
 * lb-metallb-helm values → the model: each `configuration.<kind>.<name>.spec` is one object.
 * `locate` maps a values path to the file it came from (values.yaml or a --values layer).
 */
export function configFromHelmValues(values: unknown, locate: (path: Path) => Loc, namespace = 'metallb-system'): MetalLBConfig {
  const config: MetalLBConfig = { form: 'helm', objects: [], secrets: [], nodes: [], namespace };
  let cfg: unknown = values;
  for (const seg of HELM_CONFIG_PATH) cfg = isPlainObject(cfg) ? cfg[String(seg)] : undefined;
  if (!isPlainObject(cfg)) return config;
  for (const [key, kind] of Object.entries(HELM_CONFIG_KEYS)) {
    const group = cfg[key];
    if (!isPlainObject(group)) continue;
    for (const [name, entry] of Object.entries(group)) {
      // Helm drops null entries when it coalesces values; the chart renders nothing for them
      if (entry === null || entry === undefined) continue;
      const base: Path = [...HELM_CONFIG_PATH, key, name];
      const spec = isPlainObject(entry) && isPlainObject(entry['spec']) ? entry['spec'] : {};
      const meta = isPlainObject(entry) ? entry['metadata'] : undefined;
      const labels = isPlainObject(meta) && isPlainObject(meta['labels']) ? meta['labels'] : {};
      const obj: MObject = {
        kind,
        apiVersion: apiVersionFor(kind),
        name,
        namespace,
        labels: Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, String(v)])),
        spec,
        loc: locate(base),
        nameLoc: locate(base),
        at: (...sub) => locate([...base, 'spec', ...sub]),
      };
      config.objects.push(obj);
    }
  }
  return config;
}
