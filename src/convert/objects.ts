import type { MObject } from '../metallb/model.js';
import type { SourceForm } from './source.js';

/** Kubernetes names of converted objects: lowercase, `_` → `-`, at most 63 characters (MetalLB's converter). */
export function dnsName(name: string): string {
  return name.toLowerCase().replace(/_/g, '-').slice(0, 63);
}

/**
 * The model's objects as they are converted. The legacy ConfigMap's objects already carry the
 * names MetalLB's converter gives them (pools made DNS-1123, `l2advertisementN`,
 * `bgpadvertisementN`, `peerN`, one Community); BFD profile names are made DNS-1123 here too, and
 * every peer's `bfdProfile` with them, so references still resolve.
 */
export function convertibleObjects(form: SourceForm, objects: readonly MObject[]): MObject[] {
  if (form !== 'configmap') return [...objects];
  return objects.map((o) => {
    if (o.kind === 'BFDProfile') return { ...o, name: dnsName(o.name) };
    if (o.kind === 'BGPPeer' && typeof o.spec['bfdProfile'] === 'string') return { ...o, spec: { ...o.spec, bfdProfile: dnsName(o.spec['bfdProfile']) } };
    return o;
  });
}
