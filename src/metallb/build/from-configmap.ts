import type { Path } from '../../diagnostics/diagnostic.js';
import type { Finding, Loc } from '../../diagnostics/finding.js';
import { at } from '../../diagnostics/finding.js';
import { isPlainObject } from '../../values/layers.js';
import type { SourceFile } from '../../values/source-file.js';
import { LEGACY_KEYS } from '../fields.js';
import type { Kind, MetalLBConfig, MObject } from '../model.js';
import { checkAdvertisementCommunity, legacyCommunityProblem } from '../rules/legacy/communities.js';
import { ADVERTISEMENT_KEYS, BFD_KEYS, EXPRESSION_KEYS, NODE_SELECTOR_KEYS, PEER_KEYS, POOL_KEYS, TOP_KEYS } from '../rules/legacy/keys.js';
import { strictList, strictMap, yaml11Bools, type Yaml11Bools } from '../rules/legacy/strict.js';
import { atLeastVersion, type Version } from '../version.js';

/** The name and namespace MetalLB ≤ 0.12 reads its configuration from. */
export const LEGACY_CONFIGMAP_NAME = 'config';
export const LEGACY_NAMESPACE = 'metallb-system';

const CAMEL: Record<string, string> = Object.fromEntries(Object.entries(LEGACY_KEYS).map(([camel, kebab]) => [kebab, camel]));

/** CRD spec path → legacy path (camelCase keys back to kebab-case; label keys untouched). */
function legacyPath(sub: Path): Path {
  return sub.map((seg, i) => (typeof seg === 'string' && sub[i - 1] !== 'matchLabels' ? (LEGACY_KEYS[seg] ?? seg) : seg));
}

/** Kubernetes names of converted objects: lowercase, `_` → `-`, at most 63 characters (MetalLB's converter). */
function dnsName(name: string): string {
  return name.toLowerCase().replace(/_/g, '-').slice(0, 63);
}

/** Decoded legacy keys → CRD spec fields. */
function toSpec(decoded: Record<string, unknown>): Record<string, unknown> {
  const spec: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(decoded)) if (CAMEL[k]) spec[CAMEL[k]!] = v;
  return spec;
}

class Builder {
  readonly objects: MObject[] = [];
  constructor(readonly base: Loc) {}

  add(kind: Kind, name: string, spec: Record<string, unknown>, where: Path, nameAt: Path, mapAt: (sub: Path) => Path, synthetic = false): MObject {
    const base = this.base;
    const obj: MObject = {
      kind,
      apiVersion: kind === 'BGPPeer' ? 'metallb.io/v1beta2' : 'metallb.io/v1beta1',
      name,
      namespace: LEGACY_NAMESPACE,
      labels: {},
      spec,
      loc: at(base, ...where),
      nameLoc: at(base, ...nameAt),
      at: (...sub) => at(base, ...mapAt(sub)),
      synthetic,
    };
    this.objects.push(obj);
    return obj;
  }
}

/** metadata.name must be `config` and the namespace MetalLB's, or MetalLB never reads it. */
function checkIdentity(doc: unknown, docLoc: Loc, namespace: string, out: Finding[]): void {
  const meta = isPlainObject(doc) ? doc['metadata'] : undefined;
  const name = isPlainObject(meta) ? meta['name'] : undefined;
  const ns = isPlainObject(meta) ? meta['namespace'] : undefined;
  if (name !== LEGACY_CONFIGMAP_NAME) {
    out.push({
      code: 'legacy/configmap-name',
      severity: 'warning',
      message: `MetalLB reads only the ConfigMap named "${LEGACY_CONFIGMAP_NAME}"; ${typeof name === 'string' ? `"${name}" is ignored: rename it` : 'set metadata.name: config'}`,
      loc: at(docLoc, 'metadata', 'name'),
    });
  }
  if (ns !== namespace) {
    out.push({
      code: 'legacy/configmap-name',
      severity: 'warning',
      message: `MetalLB reads its ConfigMap from namespace ${namespace}; ${typeof ns === 'string' ? `"${ns}" is not it` : 'none is given'}: set metadata.namespace: ${namespace}`,
      loc: at(docLoc, 'metadata', 'namespace'),
    });
  }
}

/**
 * The legacy ConfigMap `config` (MetalLB ≤ 0.12): parses the embedded `data.config` with positions
 * inside the block scalar, checks it strictly for the target version, and converts it to the model
 * so the shared rules apply.
 */
export function configFromConfigMap(source: SourceFile, document: number, version: Version): { config: MetalLBConfig; findings: Finding[] } {
  const namespace = LEGACY_NAMESPACE;
  const config: MetalLBConfig = { form: 'configmap', objects: [], secrets: [], nodes: [], namespace };
  const findings: Finding[] = [];
  const docLoc: Loc = { file: source.file, document, path: [] };
  checkIdentity(source.value(document), docLoc, namespace, findings);
  if (atLeastVersion(version, '0.13.0')) {
    findings.push({
      code: 'legacy/configmap-ignored',
      severity: 'error',
      message: `MetalLB ${version.raw} ignores the ConfigMap "config" (custom resources since 0.13); migrate to IPAddressPool/L2Advertisement/BGPAdvertisement/BGPPeer resources (spectro-pack convert) or target 0.12 (--metallb-version)`,
      loc: at(docLoc, 'kind'),
    });
  }
  const inner = source.embed(document, ['data', 'config']);
  if (!inner) return { config, findings };
  const base = at(docLoc, 'data', 'config');
  for (const f of inner.findings) findings.push({ ...f, loc: base });
  const value = inner.value(0);
  if (value === undefined) return { config, findings };
  const bools = yaml11Bools(inner.docs[0], value);
  const top = strictMap(value, base, [], TOP_KEYS, 'the MetalLB configuration', version, findings, bools);
  if (!top) return { config, findings };
  const b = new Builder(base);

  const aliases = convertCommunities(top['bgp-communities'], b, findings);
  for (const [i, p] of strictList(top['bfd-profiles'], base, ['bfd-profiles'], BFD_KEYS, 'a bfd profile', version, findings, bools)) {
    const where: Path = ['bfd-profiles', i];
    b.add('BFDProfile', typeof p['name'] === 'string' ? p['name'] : '', toSpec(p), where, [...where, 'name'], (sub) => [...where, ...legacyPath(sub)]);
  }
  convertPools(top['address-pools'], b, aliases, version, findings, bools);
  for (const [i, p] of strictList(top['peers'], base, ['peers'], PEER_KEYS, 'a peer', version, findings, bools)) {
    const where: Path = ['peers', i];
    const spec = toSpec(p);
    if (p['node-selectors'] !== undefined) {
      spec['nodeSelectors'] = strictList(p['node-selectors'], base, [...where, 'node-selectors'], NODE_SELECTOR_KEYS, 'a node selector', version, findings, bools).map(([k, sel]) => {
        const out: Record<string, unknown> = {};
        if (sel['match-labels'] !== undefined) out['matchLabels'] = sel['match-labels'];
        if (sel['match-expressions'] !== undefined) {
          const exprPath: Path = [...where, 'node-selectors', k, 'match-expressions'];
          out['matchExpressions'] = strictList(sel['match-expressions'], base, exprPath, EXPRESSION_KEYS, 'a match expression', version, findings, bools).map(([, e]) => e);
        }
        return out;
      });
    }
    b.add('BGPPeer', `peer${i + 1}`, spec, where, where, (sub) => [...where, ...legacyPath(sub)], true);
  }
  config.objects.push(...b.objects);
  return { config, findings };
}

/** bgp-communities (name → AA:NN) → one Community; returns the alias names. */
function convertCommunities(raw: unknown, b: Builder, findings: Finding[]): Set<string> {
  const aliases = new Set<string>();
  if (!isPlainObject(raw)) return aliases;
  const entries = Object.entries(raw).map(([name, v]) => [name, String(v)] as const);
  for (const [name, value] of entries) {
    aliases.add(name);
    const problem = legacyCommunityProblem(value);
    if (problem) findings.push({ code: 'legacy/community', severity: 'error', message: problem, loc: at(b.base, 'bgp-communities', name) });
  }
  if (entries.length === 0) return aliases;
  const where: Path = ['bgp-communities'];
  b.add('Community', 'bgp-communities', { communities: entries.map(([name, value]) => ({ name, value })) }, where, where, (sub) =>
    sub[0] === 'communities' && typeof sub[1] === 'number' && entries[sub[1]] ? [...where, entries[sub[1]]![0]] : where,
  true);
  return aliases;
}

/** address-pools → IPAddressPools, with an L2Advertisement or BGPAdvertisements for each (MetalLB's converter). */
function convertPools(raw: unknown, b: Builder, aliases: Set<string>, version: Version, findings: Finding[], bools: Yaml11Bools): void {
  let l2n = 0;
  let bgpn = 0;
  for (const [i, p] of strictList(raw, b.base, ['address-pools'], POOL_KEYS, 'an address pool', version, findings, bools)) {
    const where: Path = ['address-pools', i];
    const name = typeof p['name'] === 'string' ? dnsName(p['name']) : '';
    b.add('IPAddressPool', name, toSpec(p), where, [...where, 'name'], (sub) => [...where, ...legacyPath(sub)]);
    const protocol = p['protocol'];
    if (protocol === undefined) {
      findings.push({ code: 'legacy/protocol', severity: 'error', message: `address pool "${name}" has no protocol; MetalLB refuses the configuration and never announces the pool: add protocol: layer2 or protocol: bgp`, loc: at(b.base, ...where, 'protocol') });
    } else if (protocol !== 'layer2' && protocol !== 'bgp') {
      findings.push({ code: 'legacy/protocol', severity: 'error', message: `protocol "${String(protocol)}" is not known; use layer2 or bgp`, loc: at(b.base, ...where, 'protocol') });
    }
    if (protocol === 'layer2') {
      if (p['bgp-advertisements'] !== undefined) {
        findings.push({
          code: 'legacy/bgp-advertisements-layer2',
          severity: 'error',
          message: 'bgp-advertisements apply to protocol: bgp pools only; remove them or set protocol: bgp',
          loc: at(b.base, ...where, 'bgp-advertisements'),
          target: 'key',
        });
      }
      b.add('L2Advertisement', `l2advertisement${++l2n}`, { ipAddressPools: [name] }, where, [...where, 'name'], () => where, true);
    }
    if (protocol !== 'bgp') continue;
    const advPath: Path = [...where, 'bgp-advertisements'];
    const advs = strictList(p['bgp-advertisements'], b.base, advPath, ADVERTISEMENT_KEYS, 'a bgp advertisement', version, findings, bools);
    if (!Array.isArray(p['bgp-advertisements']) || p['bgp-advertisements'].length === 0) {
      b.add('BGPAdvertisement', `bgpadvertisement${++bgpn}`, { ipAddressPools: [name] }, where, [...where, 'name'], () => where, true);
      continue;
    }
    for (const [j, adv] of advs) {
      const advWhere: Path = [...advPath, j];
      const spec = toSpec(adv);
      const kept: number[] = [];
      if (Array.isArray(adv['communities'])) {
        const list = adv['communities'] as string[];
        list.forEach((c, k) => {
          const bad = checkAdvertisementCommunity(c, aliases, at(b.base, ...advWhere, 'communities', k));
          if (bad) findings.push(bad);
          else kept.push(k);
        });
        spec['communities'] = kept.map((k) => list[k]);
      }
      spec['ipAddressPools'] = [name];
      b.add('BGPAdvertisement', `bgpadvertisement${++bgpn}`, spec, advWhere, advWhere, (sub) => {
        if (sub[0] === 'ipAddressPools') return [...where, 'name'];
        if (sub[0] === 'communities' && typeof sub[1] === 'number') return [...advWhere, 'communities', kept[sub[1]] ?? sub[1], ...sub.slice(2)];
        return [...advWhere, ...legacyPath(sub)];
      }, true);
    }
  }
}
