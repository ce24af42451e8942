import { atLeastVersion, type Version } from '../metallb/version.js';
import { controllerImage, frrImagesFor, metallbTag, packImages, speakerImage, splitImage, type PackType } from './versions.js';

/**
 * What the templates of templates/init/<type>/ see. Strings reach the output only through the YAML
 * helpers; booleans only steer `{{#if}}` blocks. Every field is always present (templates compile
 * in strict mode, so a missing one is an error, not an empty string).
 */
export interface InitContext {
  name: string;
  type: PackType;
  /** MetalLB release, X.Y.Z: also the pack version and (Helm) the chart versions */
  version: string;
  /** the image tag of the release, `vX.Y.Z` */
  tag: string;
  controllerImage: string;
  speakerImage: string;
  controllerRepository: string;
  speakerRepository: string;
  /** pack.content.images, in order */
  images: string[];
  // manifest packs
  /** MetalLB ≤ 0.12: configured by the ConfigMap `config` */
  configMapEra: boolean;
  /** MetalLB ≥ 0.9: the speakers form a memberlist cluster (port 7946, shared secret) */
  memberlist: boolean;
  /** MetalLB 0.9.x: the memberlist secret is created by hand (0.10 made the controller create it) */
  memberlistManualSecret: boolean;
  /** MetalLB ≥ 0.10: the controller creates the memberlist secret */
  controllerCreatesSecret: boolean;
  /** `--log-level=info` on the command lines (0.12+) */
  logLevelArg: boolean;
  /** MetalLB < 0.10: the speaker adds NET_ADMIN and SYS_ADMIN to NET_RAW */
  speakerLegacyCapabilities: boolean;
  /** CR-era release after 0.13: the manifests keep 0.13's layout (the README and header say so) */
  crLayoutOf013: boolean;
  // Helm packs
  /** the upstream chart has `frrk8s` (0.14+) */
  frrk8sKey: boolean;
  /** frr-k8s is the default BGP backend and FRR mode is deprecated (0.16+) */
  frrk8sDefault: boolean;
  /** IPAddressPool `avoidBuggyIPs` exists (0.13.4+) */
  avoidBuggyIPs: boolean;
  /** the addresses of the default pool and of the presets' BGP pool: whole /24s with avoidBuggyIPs,
   *  else the same /24 without its .0 and .255 (which some clients drop) */
  firstPoolAddresses: string;
  bgpPoolAddresses: string;
  metricsPort: number;
  frrRepository: string;
  frrTag: string;
}

export function buildContext(name: string, type: PackType, v: Version): InitContext {
  const controller = controllerImage(v);
  const speaker = speakerImage(v);
  const frr = type === 'helm' ? splitImage(frrImagesFor(v).frr) : { repository: '', tag: '' };
  const crs = atLeastVersion(v, '0.13.0');
  const memberlist = atLeastVersion(v, '0.9.0');
  return {
    name,
    type,
    version: v.raw,
    tag: metallbTag(v),
    controllerImage: controller,
    speakerImage: speaker,
    controllerRepository: splitImage(controller).repository,
    speakerRepository: splitImage(speaker).repository,
    images: packImages(type, v),
    configMapEra: !crs,
    memberlist,
    memberlistManualSecret: memberlist && !atLeastVersion(v, '0.10.0'),
    controllerCreatesSecret: atLeastVersion(v, '0.10.0'),
    logLevelArg: atLeastVersion(v, '0.12.0'),
    speakerLegacyCapabilities: !atLeastVersion(v, '0.10.0'),
    crLayoutOf013: atLeastVersion(v, '0.14.0'),
    frrk8sKey: atLeastVersion(v, '0.14.0'),
    frrk8sDefault: atLeastVersion(v, '0.16.0'),
    avoidBuggyIPs: atLeastVersion(v, '0.13.4'),
    firstPoolAddresses: atLeastVersion(v, '0.13.4') ? '192.168.10.0/24' : '192.168.10.1-192.168.10.254',
    bgpPoolAddresses: atLeastVersion(v, '0.13.4') ? '192.168.20.0/24' : '192.168.20.1-192.168.20.254',
    metricsPort: atLeastVersion(v, '0.16.0') ? 9120 : 7472,
    frrRepository: frr.repository,
    frrTag: frr.tag,
  };
}
