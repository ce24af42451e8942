import type { Finding, Loc } from '../../../diagnostics/finding.js';
import type { ConfigForm, MObject } from '../../model.js';

/**
 * Where a finding about an object's name points. In helm values the name is the map key, so the
 * finding targets the key; elsewhere `nameLoc` is already the name's value (metadata.name).
 */
export function nameSite(form: ConfigForm, obj: MObject): { loc: Loc; target?: Finding['target'] } {
  return form === 'helm' ? { loc: obj.nameLoc, target: 'key' } : { loc: obj.nameLoc };
}

/** `IPAddressPool "prod"` for messages */
export function describeObject(obj: MObject): string {
  return `${obj.kind} "${obj.name}"`;
}
