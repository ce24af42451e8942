import type { Finding, Loc } from '../../diagnostics/finding.js';

/**
 * A field that must be an IP, a number or a duration holds a Palette macro: it is resolved at deploy
 * time, so it is reported as info (never as an error) and skipped by the check.
 */
export function deferred(loc: Loc, what: string): Finding {
  return {
    code: 'macro/deferred',
    severity: 'info',
    message: `holds a Palette macro; the ${what} is checked at deploy time when Palette resolves it`,
    loc,
  };
}
