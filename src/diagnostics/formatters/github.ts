import { compareDiagnostics, type Diagnostic, type Severity } from '../diagnostic.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escaping of a workflow command's data (after `::`), as in @actions/core `escapeData`. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property value, as in @actions/core `escapeProperty`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function where(file: string, range: Diagnostic['range']): string {
  return range ? `${file}:${range.start.line}:${range.start.column}` : file;
}

function command(d: Diagnostic): string {
  const props: string[] = [`file=${escapeProperty(d.file.replace(/\\/g, '/'))}`];
  const r = d.range;
  if (r) {
    props.push(`line=${r.start.line}`, `col=${r.start.column}`, `endLine=${r.end.line}`);
    // GitHub only honours column spans within one line.
    if (r.end.line === r.start.line) props.push(`endColumn=${r.end.column}`);
  }
  props.push(`title=${escapeProperty(d.code)}`);
  let message = d.message;
  for (const rel of d.related ?? []) message += `\n↳ ${where(rel.file, rel.range)}: ${rel.message}`;
  return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(message)}`;
}

/**
 * GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…::message` line per
 * diagnostic; GitHub turns them into annotations on the pull request's diff.
 */
export const github: Formatter = (targets) => {
  const diags = targets.flatMap((t) => t.diagnostics).sort(compareDiagnostics);
  return diags.map((d) => command(d) + '\n').join('');
};
