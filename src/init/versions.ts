import { usageError } from '../core/errors.js';
import { NEWEST_SUPPORTED, OLDEST_SUPPORTED, atLeastVersion, isSupported, parseVersion, type Version } from '../metallb/version.js';

/** The two pack styles `init` scaffolds: lb-metallb (manifests) and lb-metallb-helm (wrapper chart). */
export const PACK_TYPES = ['manifest', 'helm'] as const;
export type PackType = (typeof PACK_TYPES)[number];

/** The oldest MetalLB a Helm pack is made for: the wrapper chart writes custom resources (0.13+). */
export const OLDEST_HELM = '0.13.0';

/** A DNS-1123 label: what Palette accepts as a pack name (and what a namespace-safe name is). */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Throws a usage error unless `name` is a DNS-1123 label (lower-case alphanumerics and '-', ≤ 63). */
export function checkPackName(name: string): void {
  if (name.length > 63 || !DNS_LABEL.test(name)) {
    const why = name === '' ? 'is empty' : name.length > 63 ? `is ${name.length} characters long (at most 63)` : 'is not a DNS-1123 label';
    throw usageError(
      `pack name ${JSON.stringify(name)} ${why}`,
      'use lower-case letters, digits and "-", starting and ending with a letter or digit, e.g. lb-metallb',
    );
  }
}

/**
 * The MetalLB version for a scaffold: X.Y.Z (a leading `v` is accepted and dropped), within the
 * supported range of the pack type. Defaults to the newest supported release.
 */
export function chooseInitVersion(type: PackType, raw: string | undefined): Version {
  const text = raw ?? NEWEST_SUPPORTED;
  const v = /^v?\d+\.\d+\.\d+$/.test(text.trim()) ? parseVersion(text) : undefined;
  const oldest = type === 'helm' ? OLDEST_HELM : OLDEST_SUPPORTED;
  const range = `between ${oldest} and ${NEWEST_SUPPORTED}`;
  if (!v) throw usageError(`--metallb-version ${JSON.stringify(text)} is not a version`, `use X.Y.Z ${range}`);
  if (!isSupported(v)) throw usageError(`--metallb-version ${v.raw} is not supported`, `use a version ${range}`);
  if (type === 'helm' && !atLeastVersion(v, OLDEST_HELM)) {
    throw usageError(
      `--metallb-version ${v.raw} is too old for a Helm pack: the metallb-full chart writes custom resources, which MetalLB has from 0.13`,
      `use a version ${range}, or --type manifest for MetalLB ${v.raw} (ConfigMap configuration)`,
    );
  }
  return v;
}

/** `major.minor` of a version: the release family (`0.14`). */
export function familyOf(v: Version): string {
  return `${v.major}.${v.minor}`;
}

/**
 * FRR images of the upstream metallb chart: the default `speaker.frr.image` (FRR mode) and, from
 * 0.16, the frr-k8s image of the bundled frr-k8s sub-chart (the default BGP backend there).
 * Exact entries are releases whose chart defaults are known (the bundled packs, the upstream
 * chart values kept for tests); any other release takes its family's entry, as the bundled pack of
 * that family does.
 */
interface FrrImages {
  frr: string;
  frrK8s?: string;
}

const FRR_EXACT: Record<string, FrrImages> = {
  '0.13.7': { frr: 'quay.io/frrouting/frr:7.5.1' },
  '0.13.12': { frr: 'quay.io/frrouting/frr:8.5.2' },
  '0.14.9': { frr: 'quay.io/frrouting/frr:9.1.0' },
  '0.15.3': { frr: 'quay.io/frrouting/frr:10.4.1' },
  '0.16.1': { frr: 'quay.io/frrouting/frr:10.5.3', frrK8s: 'quay.io/metallb/frr-k8s:v0.0.25' },
};

const FRR_FAMILY: Record<string, FrrImages> = {
  '0.13': FRR_EXACT['0.13.7']!,
  '0.14': FRR_EXACT['0.14.9']!,
  '0.15': FRR_EXACT['0.15.3']!,
  '0.16': FRR_EXACT['0.16.1']!,
};

export function frrImagesFor(v: Version): FrrImages {
  const images = FRR_EXACT[v.raw] ?? FRR_FAMILY[familyOf(v)];
  if (!images) throw new Error(`internal error: no FRR images known for MetalLB ${v.raw}`);
  return images;
}

/** The image tag MetalLB publishes for a release: `v0.16.1`. */
export function metallbTag(v: Version): string {
  return `v${v.raw}`;
}

export function controllerImage(v: Version): string {
  return `quay.io/metallb/controller:${metallbTag(v)}`;
}

export function speakerImage(v: Version): string {
  return `quay.io/metallb/speaker:${metallbTag(v)}`;
}

/** Split `registry/repository:tag` at the tag's colon. */
export function splitImage(image: string): { repository: string; tag: string } {
  const i = image.lastIndexOf(':');
  if (i <= image.lastIndexOf('/')) throw new Error(`internal error: image ${image} has no tag`);
  return { repository: image.slice(0, i), tag: image.slice(i + 1) };
}

/**
 * Every image a scaffolded pack can deploy, for `pack.content.images`: controller and speaker for
 * a manifest pack (its manifests run no FRR); a Helm pack adds FRR (FRR mode) and, from 0.16,
 * frr-k8s (the default backend), as the bundled lb-metallb-helm packs list them.
 */
export function packImages(type: PackType, v: Version): string[] {
  const images = [controllerImage(v), speakerImage(v)];
  if (type === 'helm') {
    const frr = frrImagesFor(v);
    images.push(frr.frr);
    if (frr.frrK8s) images.push(frr.frrK8s);
  }
  return images;
}
