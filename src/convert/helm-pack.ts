import { usageError } from '../core/errors.js';
import type { BgpMode } from '../metallb/model.js';
import { atLeastVersion, compareVersions, parseVersion, type Version } from '../metallb/version.js';

/** The upstream chart the lb-metallb-helm pack wraps. */
export const METALLB_CHART = { repo: 'https://metallb.github.io/metallb', name: 'metallb' } as const;

/**
 * The published lb-metallb-helm pack versions and every image each can deploy (controller,
 * speaker, the FRR sidecar image; frr-k8s where the chart enables it by default). The bundled packs
 * (packs/lb-metallb-helm-*) and the upstream chart defaults are checked against this table by
 * test/convert/helm-pack.test.ts.
 */
export const HELM_PACK_IMAGES: Readonly<Record<string, readonly string[]>> = {
  '0.13.7': ['quay.io/metallb/controller:v0.13.7', 'quay.io/metallb/speaker:v0.13.7', 'quay.io/frrouting/frr:7.5.1'],
  '0.14.9': ['quay.io/metallb/controller:v0.14.9', 'quay.io/metallb/speaker:v0.14.9', 'quay.io/frrouting/frr:9.1.0'],
  '0.15.3': ['quay.io/metallb/controller:v0.15.3', 'quay.io/metallb/speaker:v0.15.3', 'quay.io/frrouting/frr:10.4.1'],
  '0.16.1': ['quay.io/metallb/controller:v0.16.1', 'quay.io/metallb/speaker:v0.16.1', 'quay.io/frrouting/frr:10.5.3', 'quay.io/metallb/frr-k8s:v0.0.25'],
};

export const HELM_PACK_VERSIONS: readonly string[] = Object.keys(HELM_PACK_IMAGES);

/** The pod-security labels the speaker (host network, NET_RAW) needs on its namespace. */
export function privilegedNamespaceLabels(namespace: string): Record<string, string> {
  return {
    [namespace]: 'pod-security.kubernetes.io/enforce=privileged,pod-security.kubernetes.io/audit=privileged,pod-security.kubernetes.io/warn=privileged',
  };
}

/**
 * The lb-metallb-helm version to write: the one asked for (it must be a published pack version);
 * else the lowest pack version at or above `from` (the input's MetalLB version: the smallest
 * upgrade); else the newest.
 */
export function chooseHelmPackVersion(asked: string | undefined, from: Version | undefined): Version {
  if (asked !== undefined) {
    const v = parseVersion(asked);
    if (!v || !HELM_PACK_IMAGES[v.raw]) {
      throw usageError(`--metallb-version ${asked}: there is no lb-metallb-helm pack of that version`, `use one of ${HELM_PACK_VERSIONS.join(', ')}`);
    }
    return v;
  }
  const versions = HELM_PACK_VERSIONS.map((r) => parseVersion(r)!);
  return (from && versions.find((v) => compareVersions(v, from) >= 0)) ?? versions[versions.length - 1]!;
}

/** The BGP implementation the chart runs by default: FRR sidecar up to 0.15, frr-k8s from 0.16. */
export function chartDefaultMode(version: Version): BgpMode {
  return atLeastVersion(version, '0.16.0') ? 'frr-k8s' : 'frr';
}

/**
 * `charts.metallb-full.metallb`, minimal: only the switches that pick the BGP implementation
 * (`speaker.frr.enabled`, and `frrk8s.enabled` from 0.14, where the chart has it).
 */
export function chartModeValues(version: Version, mode: BgpMode): Record<string, unknown> {
  const hasFrrK8s = atLeastVersion(version, '0.14.0');
  if (mode === 'frr-k8s' && !hasFrrK8s) throw usageError(`--bgp-mode frr-k8s needs MetalLB 0.14 or newer (target ${version.raw})`, 'use --bgp-mode frr or native, or a newer --metallb-version');
  const out: Record<string, unknown> = { speaker: { frr: { enabled: mode === 'frr' } } };
  if (hasFrrK8s) out['frrk8s'] = { enabled: mode === 'frr-k8s' };
  return out;
}
