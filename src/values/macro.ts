/**
 * Palette macros such as `{{ .spectro.system.cluster.name }}` or `{{ .spectro.var.X | default "y" }}`
 * are resolved at deploy time. A string holding one cannot be checked as an IP or a number here.
 */
const MACRO = /\{\{-?\s*\.spectro\.[^}]*\}\}/;

export function isMacro(value: unknown): value is string {
  return typeof value === 'string' && MACRO.test(value);
}

/** The macro expressions inside a string, verbatim. */
export function macrosIn(value: string): string[] {
  return value.match(/\{\{-?\s*\.spectro\.[^}]*\}\}/g) ?? [];
}
