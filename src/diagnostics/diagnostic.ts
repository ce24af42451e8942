/** The one shape every finding of every command takes. Imports nothing of the project. */
export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Path = (string | number)[];

export interface Related {
  file: string;
  range?: Range;
  message: string;
}

export interface Diagnostic {
  /** stable: 'metallb/pool-overlap', 'yaml/duplicate-key', 'schema/required' */
  code: string;
  severity: Severity;
  /** says what is wrong and, where it can, the fix */
  message: string;
  /** relative to the pack root (or as given on the command line) */
  file: string;
  /** into the values (for multi-document files, within `document`) */
  path: Path;
  /** 0-based index of the YAML document in a multi-document file */
  document?: number;
  range?: Range;
  related?: Related[];
}

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

export function severityRank(s: Severity): number {
  return RANK[s];
}

export function atLeast(s: Severity, threshold: Severity): boolean {
  return RANK[s] >= RANK[threshold];
}

/** Sort by file, then position, then code: the order every formatter prints in. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const al = a.range?.start.line ?? 0;
  const bl = b.range?.start.line ?? 0;
  if (al !== bl) return al - bl;
  const ac = a.range?.start.column ?? 0;
  const bc = b.range?.start.column ?? 0;
  if (ac !== bc) return ac - bc;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export function countBySeverity(diags: readonly Diagnostic[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diags) out[d.severity]++;
  return out;
}
