import type { Finding, Loc } from '../../../diagnostics/finding.js';
import { hasMacro } from '../peers/read.js';

const STANDARD = /^(\d+):(\d+)$/;

/** Why a legacy community literal is invalid (legacy MetalLB knows only AA:NN), or undefined when it is fine. */
export function legacyCommunityProblem(value: string): string | undefined {
  if (hasMacro(value)) return undefined; // metallb/community-invalid reports it as deferred
  const v = value.trim();
  if (/^large\s*:/i.test(v)) return `"${value}" is a large community; MetalLB ≤ 0.12 knows only standard AA:NN communities (large ones need 0.13.10+ custom resources)`;
  const m = STANDARD.exec(v);
  if (!m) return `"${value}" is not a community; write AA:NN with two numbers 0..65535 (e.g. 64512:100)`;
  if (Number(m[1]) > 65535 || Number(m[2]) > 65535) return `"${value}" is out of range; both parts of AA:NN are 0..65535`;
  return undefined;
}

/**
 * An advertisement's `communities` entry: a literal AA:NN or a name from bgp-communities. Returns the
 * finding for a bad entry (code legacy/community).
 */
export function checkAdvertisementCommunity(value: string, aliases: ReadonlySet<string>, loc: Loc): Finding | undefined {
  if (aliases.has(value) || hasMacro(value)) return undefined;
  const looksLiteral = /[:]/.test(value);
  if (!looksLiteral) {
    const known = [...aliases];
    return {
      code: 'legacy/community',
      severity: 'error',
      message: `community "${value}" is neither AA:NN nor defined in bgp-communities${known.length ? ` (defined: ${known.join(', ')})` : ''}; define it under bgp-communities or write AA:NN`,
      loc,
    };
  }
  const problem = legacyCommunityProblem(value);
  return problem ? { code: 'legacy/community', severity: 'error', message: problem, loc } : undefined;
}
