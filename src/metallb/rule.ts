import type { Severity } from '../diagnostics/diagnostic.js';
import type { Finding } from '../diagnostics/finding.js';
import type { RuleContext } from './model.js';

/**
 * A MetalLB rule: data (code, severity, description) plus one function that returns findings.
 * Rules never print and never throw on bad input: they report it.
 */
export interface Rule {
  /** stable, e.g. 'metallb/pool-overlap' */
  code: string;
  severity: Severity;
  /** one line for the README's rule table */
  description: string;
  check(ctx: RuleContext): Finding[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
