import { LEGACY_KEYS } from '../fields.js';
import type { Kind, MObject, RuleContext } from '../model.js';

/**
 * Words for messages in the user's own terms. Rules see CRD field names (camelCase) and kinds
 * whatever the input form; for the legacy ConfigMap (MetalLB ≤ 0.12) a message must name the
 * kebab-case keys and the lists the user wrote (`hold-time`, a `bfd-profiles` entry), never a CR.
 */

/** A spec field as the user wrote it: the legacy kebab-case key for the ConfigMap, else the CRD name. */
export function fieldName(ctx: Pick<RuleContext, 'config'>, field: string): string {
  return ctx.config.form === 'configmap' ? (LEGACY_KEYS[field] ?? field) : field;
}

/** Where the legacy ConfigMap defines each kind: the list (or map) holding it. */
const LEGACY_DEFINE: Record<Kind, string> = {
  IPAddressPool: 'an `address-pools` entry',
  L2Advertisement: 'a `protocol: layer2` address pool',
  BGPAdvertisement: 'a `bgp-advertisements` entry',
  BGPPeer: 'a `peers` entry',
  Community: 'a `bgp-communities` alias',
  BFDProfile: 'a `bfd-profiles` entry',
};

function article(kind: Kind): string {
  return /^[AEIOU]/.test(kind) ? 'an' : 'a';
}

/** "a BFDProfile" / "a `bfd-profiles` entry": what to add to define an object of `kind`. */
export function kindToDefine(ctx: Pick<RuleContext, 'config'>, kind: Kind): string {
  return ctx.config.form === 'configmap' ? LEGACY_DEFINE[kind] : `${article(kind)} ${kind}`;
}

/**
 * How a message names one object: `BGPPeer "r"`; for the ConfigMap `peer 2` (its peers carry no
 * name: the converter's `peer2`), `bfd profile "x"`, `address pool "a"`.
 */
export function objectName(ctx: Pick<RuleContext, 'config'>, obj: MObject): string {
  if (ctx.config.form !== 'configmap') return `${obj.kind} "${obj.name}"`;
  switch (obj.kind) {
    case 'BGPPeer':
      return obj.name.replace(/^peer(\d+)$/, 'peer $1');
    case 'BFDProfile':
      return `bfd profile "${obj.name}"`;
    case 'IPAddressPool':
      return `address pool "${obj.name}"`;
    case 'BGPAdvertisement':
      return 'the bgp advertisement';
    default:
      return `${obj.kind} "${obj.name}"`;
  }
}
