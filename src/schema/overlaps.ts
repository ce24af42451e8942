import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Schema codes a semantic MetalLB rule may report at the very same place, with a more specific message. */
const YIELDING = new Set(['schema/range', 'schema/pattern', 'schema/required', 'schema/enum', 'schema/type']);

/**
 * Drops a schema finding when a `metallb/…` error lands at the same file and position (e.g.
 * `schema/range` and `metallb/peer-port` on one peerPort; `schema/required` and
 * `metallb/pool-no-addresses` on one pool): the rule's message is the more specific one.
 * Unknown keys and config-inline always stay.
 */
export function withoutSchemaOverlaps(diags: Diagnostic[]): Diagnostic[] {
  const at = (d: Diagnostic) => `${d.file}\0${d.document ?? 0}\0${d.range?.start.line}:${d.range?.start.column}`;
  const ruled = new Set(diags.filter((d) => d.code.startsWith('metallb/') && d.severity === 'error' && d.range).map(at));
  return diags.filter((d) => !(YIELDING.has(d.code) && d.range && ruled.has(at(d))));
}
