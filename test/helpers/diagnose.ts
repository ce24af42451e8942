import { validateText, type ValidateOptions } from '../../src/actions/validate.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

/** Validate YAML text (values, CRs or ConfigMap) and return its diagnostics. */
export function diagnose(text: string, opts: ValidateOptions & { file?: string; layers?: [string, string][] } = {}): Diagnostic[] {
  return validateText(opts.file ?? 'input.yaml', text, opts).diagnostics;
}

/** `code@line:col` for each diagnostic whose code starts with one of `prefixes` (all if none). */
export function brief(diags: Diagnostic[], ...prefixes: string[]): string[] {
  return diags
    .filter((d) => prefixes.length === 0 || prefixes.some((p) => d.code.startsWith(p)))
    .map((d) => `${d.code}@${d.range?.start.line ?? 0}:${d.range?.start.column ?? 0}`);
}

/** Joins lines so a YAML case can be written inline without template-literal indentation issues. */
export function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}
