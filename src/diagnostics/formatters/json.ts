import { countBySeverity } from '../diagnostic.js';
import type { Formatter } from './types.js';

/** Machine output: every target with its diagnostics and counts; stable key order. */
export const json: Formatter = (targets) => {
  const all = targets.flatMap((t) => t.diagnostics);
  const out = {
    results: targets.map((t) => ({ target: t.target, summary: countBySeverity(t.diagnostics), diagnostics: t.diagnostics })),
    summary: countBySeverity(all),
  };
  return JSON.stringify(out, null, 2) + '\n';
};
