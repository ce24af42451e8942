import { metallbRules } from '../metallb/rules/index.js';

/** code → description of every rule with a stable code (for SARIF and the README). */
export function ruleDescriptions(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of metallbRules) out[r.code] = r.description;
  return out;
}
