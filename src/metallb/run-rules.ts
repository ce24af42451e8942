import type { Finding } from '../diagnostics/finding.js';
import type { RuleContext } from './model.js';
import type { Rule } from './rule.js';

/** Runs rules; attaches each rule's code and default severity to what it found. */
export function runRules(rules: readonly Rule[], ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    for (const f of rule.check(ctx)) {
      out.push({ ...f, code: f.code ?? rule.code, severity: f.severity ?? rule.severity });
    }
  }
  return out;
}
