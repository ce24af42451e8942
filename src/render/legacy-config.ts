import { isPlainObject } from '../values/layers.js';
import { atLeastVersion, type Version } from '../metallb/version.js';

/** The pool name the lb-metallb pack gives its single layer2 pool in the legacy ConfigMap. */
export const LEGACY_POOL_NAME = 'default';
export const LEGACY_CONFIGMAP_NAME = 'config';

type Shape = { [key: string]: Shape | 'scalar' | 'list' | { each: Shape } };

/**
 * The keys MetalLB's strict ConfigMap parser knows, per version, in the order they are written.
 * 0.8–0.10 share one format; 0.11 adds `source-address` on peers; 0.12 adds keepalive-time,
 * bfd-profile, ebgp-multihop, aggregation-length-v6 and bfd-profiles.
 */
export function legacyShape(version: Version): Shape {
  const v11 = atLeastVersion(version, '0.11.0');
  const v12 = atLeastVersion(version, '0.12.0');
  const selector: Shape = {
    'match-labels': 'scalar',
    'match-expressions': { each: { key: 'scalar', operator: 'scalar', values: 'list' } },
  };
  const peer: Shape = {
    'peer-address': 'scalar',
    'peer-asn': 'scalar',
    'my-asn': 'scalar',
    'peer-port': 'scalar',
    ...(v11 ? { 'source-address': 'scalar' } : {}),
    'hold-time': 'scalar',
    ...(v12 ? { 'keepalive-time': 'scalar' } : {}),
    'router-id': 'scalar',
    password: 'scalar',
    ...(v12 ? { 'bfd-profile': 'scalar', 'ebgp-multihop': 'scalar' } : {}),
    'node-selectors': { each: selector },
  };
  const advertisement: Shape = {
    'aggregation-length': 'scalar',
    ...(v12 ? { 'aggregation-length-v6': 'scalar' } : {}),
    localpref: 'scalar',
    communities: 'list',
  };
  const pool: Shape = {
    name: 'scalar',
    protocol: 'scalar',
    addresses: 'list',
    'avoid-buggy-ips': 'scalar',
    'auto-assign': 'scalar',
    'bgp-advertisements': { each: advertisement },
  };
  const bfd: Shape = {
    name: 'scalar',
    'receive-interval': 'scalar',
    'transmit-interval': 'scalar',
    'detect-multiplier': 'scalar',
    'echo-interval': 'scalar',
    'echo-mode': 'scalar',
    'passive-mode': 'scalar',
    'minimum-ttl': 'scalar',
  };
  return {
    peers: { each: peer },
    'bgp-communities': 'scalar',
    'address-pools': { each: pool },
    ...(v12 ? { 'bfd-profiles': { each: bfd } } : {}),
  };
}

function project(value: unknown, shape: Shape | 'scalar' | 'list' | { each: Shape }): unknown {
  if (shape === 'scalar' || shape === 'list') return value;
  if ('each' in shape && isPlainObject(shape['each']) && Object.keys(shape).length === 1) {
    const each = shape['each'] as Shape;
    return Array.isArray(value) ? value.map((v) => project(v, each)) : value;
  }
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(shape as Shape)) {
    if (Object.prototype.hasOwnProperty.call(value, key) && value[key] !== undefined) out[key] = project(value[key], sub);
  }
  return out;
}

/**
 * A legacy configuration with only the keys `version` knows, in canonical order. Validation runs
 * first and reports unknown keys as errors, so nothing the user meant is dropped silently.
 */
export function normaliseLegacyConfig(config: unknown, version: Version): Record<string, unknown> {
  const out = project(config, legacyShape(version));
  return isPlainObject(out) ? out : {};
}

/** lb-metallb values (addresses, avoidBuggyIps) → the legacy configuration of one layer2 pool. */
export function legacyFromManifest(spec: Record<string, unknown>, version: Version): Record<string, unknown> {
  const pool: Record<string, unknown> = { name: LEGACY_POOL_NAME, protocol: 'layer2', addresses: spec['addresses'] ?? [] };
  if (spec['avoidBuggyIPs'] !== undefined) pool['avoid-buggy-ips'] = spec['avoidBuggyIPs'];
  if (spec['autoAssign'] !== undefined) pool['auto-assign'] = spec['autoAssign'];
  return normaliseLegacyConfig({ 'address-pools': [pool] }, version);
}
