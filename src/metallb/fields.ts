import type { Kind } from './model.js';
import { atLeastVersion, type Version } from './version.js';

/**
 * Which MetalLB release added (and, where any, removed or deprecated) each spec field of each kind.
 * Derived from the CRDs of v0.13.12, v0.14.9, v0.15.3 and v0.16.1 (test/rules/versions/fields-crds.test.ts
 * checks this table against them) and MetalLB's release notes for the versions in between.
 */
export interface FieldInfo {
  /** first release whose CRD has the field */
  since: string;
  /** first release whose CRD no longer has it */
  removed?: string;
  /** release that deprecated it, and what to use instead */
  deprecated?: string;
  instead?: string;
  /** BGPPeer only: the field also exists in the deprecated metallb.io/v1beta1 */
  v1beta1?: boolean;
}

/** First release configured by custom resources (0.13.0 and 0.13.1 were never published; 0.13.2 was). */
export const CRS_SINCE = '0.13.0';
/** MetalLB 0.13.10 accepts `large:A:B:C` communities. */
export const LARGE_COMMUNITIES_SINCE = '0.13.10';

const base: FieldInfo = { since: CRS_SINCE };
const b1: FieldInfo = { since: CRS_SINCE, v1beta1: true };

export const FIELDS: Record<Kind, Record<string, FieldInfo>> = {
  IPAddressPool: {
    addresses: base,
    autoAssign: base,
    avoidBuggyIPs: { since: '0.13.4' },
    serviceAllocation: { since: '0.13.9' },
  },
  L2Advertisement: {
    ipAddressPools: base,
    ipAddressPoolSelectors: base,
    nodeSelectors: base,
    interfaces: { since: '0.13.6' },
    serviceSelectors: { since: '0.16.0' },
  },
  BGPAdvertisement: {
    aggregationLength: base,
    aggregationLengthV6: base,
    localPref: base,
    communities: base,
    ipAddressPools: base,
    ipAddressPoolSelectors: base,
    nodeSelectors: base,
    peers: base,
    serviceSelectors: { since: '0.16.0' },
  },
  BGPPeer: {
    myASN: b1,
    peerASN: b1,
    peerAddress: b1,
    sourceAddress: b1,
    peerPort: b1,
    holdTime: b1,
    keepaliveTime: b1,
    routerID: b1,
    nodeSelectors: b1,
    password: b1,
    bfdProfile: b1,
    ebgpMultiHop: b1,
    passwordSecret: base,
    vrf: { since: '0.13.9' },
    connectTime: { since: '0.14.0' },
    disableMP: { since: '0.14.0', deprecated: '0.15.0', instead: 'dualStackAddressFamily' },
    enableGracefulRestart: { since: '0.14.0' },
    dynamicASN: { since: '0.14.9' },
    interface: { since: '0.15.0' },
    dualStackAddressFamily: { since: '0.15.0' },
    localASN: { since: '0.16.0' },
  },
  Community: {
    communities: base,
  },
  BFDProfile: {
    receiveInterval: base,
    transmitInterval: base,
    detectMultiplier: base,
    echoInterval: base,
    echoMode: base,
    passiveMode: base,
    minimumTtl: base,
  },
};

/** apiVersions of each kind (group metallb.io), with the releases that serve them. */
export const API_VERSIONS: Record<Kind, Record<string, { since: string; deprecated?: string }>> = {
  IPAddressPool: { v1beta1: base },
  L2Advertisement: { v1beta1: base },
  BGPAdvertisement: { v1beta1: base },
  BGPPeer: { v1beta1: { since: CRS_SINCE, deprecated: '0.14.0' }, v1beta2: base },
  Community: { v1beta1: base },
  BFDProfile: { v1beta1: base },
};

/** Kinds MetalLB once had: the old AddressPool (with `protocol`) was removed in 0.14.3. */
export const REMOVED_KIND_VERSIONS: Record<string, { since: string; removed: string; instead: string }> = {
  AddressPool: { since: CRS_SINCE, removed: '0.14.3', instead: 'an IPAddressPool plus an L2Advertisement or BGPAdvertisement' },
};

/** Whether a field exists for this kind/apiVersion in `version`. */
export type Availability =
  | { ok: true }
  | { ok: false; reason: 'unknown' }
  | { ok: false; reason: 'too-old'; since: string }
  | { ok: false; reason: 'removed'; removed: string }
  | { ok: false; reason: 'not-in-api-version' };

export function fieldAvailability(kind: Kind, apiVersion: string, field: string, version: Version): Availability {
  const info = FIELDS[kind][field];
  if (!info) return { ok: false, reason: 'unknown' };
  if (kind === 'BGPPeer' && apiVersion.endsWith('/v1beta1') && !info.v1beta1) return { ok: false, reason: 'not-in-api-version' };
  if (!atLeastVersion(version, info.since)) return { ok: false, reason: 'too-old', since: info.since };
  if (info.removed && atLeastVersion(version, info.removed)) return { ok: false, reason: 'removed', removed: info.removed };
  return { ok: true };
}

/** The spec fields of a kind (and apiVersion, for BGPPeer) that `version` knows. */
export function fieldsAt(kind: Kind, apiVersion: string, version: Version): string[] {
  return Object.keys(FIELDS[kind]).filter((f) => fieldAvailability(kind, apiVersion, f, version).ok);
}


/** CRD field (camelCase) → key of the legacy ConfigMap (MetalLB ≤ 0.12), for mapping and messages. */
export const LEGACY_KEYS: Record<string, string> = {
  addresses: 'addresses',
  autoAssign: 'auto-assign',
  avoidBuggyIPs: 'avoid-buggy-ips',
  aggregationLength: 'aggregation-length',
  aggregationLengthV6: 'aggregation-length-v6',
  localPref: 'localpref',
  communities: 'communities',
  myASN: 'my-asn',
  peerASN: 'peer-asn',
  peerAddress: 'peer-address',
  peerPort: 'peer-port',
  holdTime: 'hold-time',
  keepaliveTime: 'keepalive-time',
  routerID: 'router-id',
  sourceAddress: 'source-address',
  nodeSelectors: 'node-selectors',
  matchLabels: 'match-labels',
  matchExpressions: 'match-expressions',
  password: 'password',
  bfdProfile: 'bfd-profile',
  ebgpMultiHop: 'ebgp-multihop',
  receiveInterval: 'receive-interval',
  transmitInterval: 'transmit-interval',
  detectMultiplier: 'detect-multiplier',
  echoInterval: 'echo-interval',
  echoMode: 'echo-mode',
  passiveMode: 'passive-mode',
  minimumTtl: 'minimum-ttl',
};
