/**
 * The keys of the legacy ConfigMap's `config` document (MetalLB ≤ 0.12), per level, with the type
 * MetalLB's strict YAML decoder wants and the release that added each key (0.8.0 unless said).
 */
export type LegacyType = 'string' | 'int' | 'bool' | 'strings' | 'list' | 'stringmap';

export interface LegacyKey {
  type: LegacyType;
  since?: string;
}

export type LegacyTable = Record<string, LegacyKey>;

export const TOP_KEYS: LegacyTable = {
  peers: { type: 'list' },
  'bgp-communities': { type: 'stringmap' },
  'address-pools': { type: 'list' },
  'bfd-profiles': { type: 'list', since: '0.12.0' },
};

export const POOL_KEYS: LegacyTable = {
  name: { type: 'string' },
  protocol: { type: 'string' },
  addresses: { type: 'strings' },
  'avoid-buggy-ips': { type: 'bool' },
  'auto-assign': { type: 'bool' },
  'bgp-advertisements': { type: 'list' },
};

export const ADVERTISEMENT_KEYS: LegacyTable = {
  'aggregation-length': { type: 'int' },
  'aggregation-length-v6': { type: 'int', since: '0.12.0' },
  localpref: { type: 'int' },
  communities: { type: 'strings' },
};

export const PEER_KEYS: LegacyTable = {
  'my-asn': { type: 'int' },
  'peer-asn': { type: 'int' },
  'peer-address': { type: 'string' },
  'peer-port': { type: 'int' },
  'hold-time': { type: 'string' },
  'router-id': { type: 'string' },
  'node-selectors': { type: 'list' },
  password: { type: 'string' },
  'source-address': { type: 'string', since: '0.11.0' },
  'keepalive-time': { type: 'string', since: '0.12.0' },
  'bfd-profile': { type: 'string', since: '0.12.0' },
  'ebgp-multihop': { type: 'bool', since: '0.12.0' },
};

export const NODE_SELECTOR_KEYS: LegacyTable = {
  'match-labels': { type: 'stringmap' },
  'match-expressions': { type: 'list' },
};

export const EXPRESSION_KEYS: LegacyTable = {
  key: { type: 'string' },
  operator: { type: 'string' },
  values: { type: 'strings' },
};

export const BFD_KEYS: LegacyTable = {
  name: { type: 'string' },
  'receive-interval': { type: 'int' },
  'transmit-interval': { type: 'int' },
  'detect-multiplier': { type: 'int' },
  'echo-interval': { type: 'int' },
  'echo-mode': { type: 'bool' },
  'passive-mode': { type: 'bool' },
  'minimum-ttl': { type: 'int' },
};
