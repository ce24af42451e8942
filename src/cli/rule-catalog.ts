import { convertCodes } from '../convert/catalog.js';
import { metallbExtraCodes } from '../metallb/catalog.js';
import { metallbRules } from '../metallb/rules/index.js';
import { legacyCodes } from '../metallb/rules/legacy/catalog.js';
import { packCodes } from '../pack/rules/catalog.js';
import { renderCodes } from '../render/catalog.js';
import { schemaCodes } from '../schema/catalog.js';
import { yamlCodes } from '../values/yaml-codes.js';

/** code → description of every stable code the tool reports (SARIF rules, README table). */
export function ruleDescriptions(): Record<string, string> {
  const out: Record<string, string> = { ...yamlCodes, ...packCodes, ...schemaCodes, ...metallbExtraCodes, ...legacyCodes, ...renderCodes, ...convertCodes };
  for (const r of metallbRules) out[r.code] = r.description;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
