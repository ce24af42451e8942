import { describe, expect, it } from 'vitest';
import type { ValidateOptions } from '../../../src/actions/validate.js';
import { brief, diagnose, yaml } from '../../helpers/diagnose.js';

/** One table case: YAML text, options, and the exact `code@line:col` list for the codes under test. */
export interface Case {
  name: string;
  text: string;
  opts?: ValidateOptions;
  want: string[];
  /** codes to look at (default: the rule's code); e.g. add 'macro/deferred'; 'legacy/' for a whole area */
  codes?: string[];
}

/** Runs a table of cases for one rule code. Findings of other codes (other rules, schema) are ignored. */
export function table(code: string, cases: Case[]): void {
  describe(code, () => {
    it.each(cases)('$name', (c) => {
      const codes = c.codes ?? [code];
      const got = brief(diagnose(c.text, c.opts), ...codes).filter((b) => codes.some((k) => (k.endsWith('/') ? b.startsWith(k) : b.slice(0, b.indexOf('@')) === k)));
      expect(got).toEqual(c.want);
    });
  });
}

/** A BGPPeer CR: spec lines start at line 6 (line 5 is `spec:`), each indented by two. */
export function peer(name: string, ...spec: string[]): string[] {
  return ['apiVersion: metallb.io/v1beta2', 'kind: BGPPeer', 'metadata:', `  name: ${name}`, 'spec:', ...spec.map((l) => `  ${l}`)];
}

/** Any MetalLB CR of `kind` (v1beta1 unless BGPPeer): spec lines start at line 6. */
export function cr(kind: string, name: string, ...spec: string[]): string[] {
  const api = kind === 'BGPPeer' ? 'metallb.io/v1beta2' : 'metallb.io/v1beta1';
  return [`apiVersion: ${api}`, 'kind: ' + kind, 'metadata:', `  name: ${name}`, 'spec:', ...spec.map((l) => `  ${l}`)];
}

/** Documents joined by `---` lines. */
export function docs(...parts: string[][]): string {
  return yaml(...parts.flatMap((p, i) => (i === 0 ? p : ['---', ...p])));
}

/** lb-metallb-helm values with `configuration` lines (indented under it); they start at line 4. */
export function helm(...config: string[]): string {
  return yaml('charts:', '  metallb-full:', '    configuration:', ...config.map((l) => `      ${l}`));
}

/** The legacy ConfigMap with `config` lines in a block scalar; they start at line 8, column 5. */
export function configMap(...config: string[]): string {
  return yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: config', '  namespace: metallb-system', 'data:', '  config: |', ...config.map((l) => `    ${l}`));
}
