import type { Loc } from '../diagnostics/finding.js';
import type { Version } from './version.js';

/** The six configuration kinds of MetalLB 0.13+ (group metallb.io). */
export const KINDS = ['IPAddressPool', 'L2Advertisement', 'BGPAdvertisement', 'BGPPeer', 'Community', 'BFDProfile'] as const;
export type Kind = (typeof KINDS)[number];

export type BgpMode = 'native' | 'frr' | 'frr-k8s';

/** Where the configuration came from; rules word their fixes for it. */
export type ConfigForm = 'crs' | 'helm' | 'manifest' | 'configmap';

/**
 * One MetalLB object, whatever form it was written in. `spec` uses the CRD's field names
 * (camelCase) even for the legacy ConfigMap; `at('addresses', 0)` maps a spec path back to
 * the place in the source file where it was written.
 */
export interface MObject {
  kind: Kind;
  apiVersion: string;
  name: string;
  namespace?: string;
  labels: Record<string, string>;
  spec: Record<string, unknown>;
  /** the object as a whole (its first line) */
  loc: Loc;
  /** where the name is written (metadata.name, the helm map key, the legacy `name`) */
  nameLoc: Loc;
  /** spec path → source location */
  at(...sub: (string | number)[]): Loc;
  /** true for objects the tool made up (the manifest pack's single pool); names are not the user's */
  synthetic?: boolean;
}

/** A Kubernetes Secret given beside the CRs (for BGPPeer.passwordSecret). */
export interface SecretDoc {
  name: string;
  namespace?: string;
  type?: string;
  keys: string[];
  loc: Loc;
}

/** A Kubernetes Node given beside the CRs (for nodeSelectors). */
export interface NodeDoc {
  name: string;
  labels: Record<string, string>;
  loc: Loc;
}

export interface MetalLBConfig {
  form: ConfigForm;
  objects: MObject[];
  secrets: SecretDoc[];
  nodes: NodeDoc[];
  /** the namespace MetalLB runs in (metallb-system unless the pack says otherwise) */
  namespace: string;
}

/** Everything a rule may look at. */
export interface RuleContext {
  config: MetalLBConfig;
  version: Version;
  mode: BgpMode;
  /** objects of one kind, in source order */
  ofKind(kind: Kind): MObject[];
}
