import { compareDiagnostics, countBySeverity, type Diagnostic } from '../diagnostic.js';
import type { Formatter, Style } from './types.js';

const LABEL = { error: 'error', warning: 'warning', info: 'info' } as const;

function label(d: Diagnostic, style: Style): string {
  const text = LABEL[d.severity].padEnd(7);
  if (d.severity === 'error') return style.red(text);
  if (d.severity === 'warning') return style.yellow(text);
  return style.blue(text);
}

function where(d: Diagnostic): string {
  const pos = d.range ? `:${d.range.start.line}:${d.range.start.column}` : '';
  return `${d.file}${pos}`;
}

/**
 * Text from the user's files as one terminal-safe line: line breaks become spaces, other control
 * characters (an ESC from a YAML string could recolour or clear the terminal) are shown escaped.
 */
export function terminalSafe(s: string): string {
  return s
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Human output, grouped by file: one line per finding as `file:line:col  severity  message  code`
 * (locations padded to one width per file so the columns line up), related places indented under
 * it, and a summary line.
 */
export const stylish: Formatter = (targets, { style }) => {
  const all = targets.flatMap((t) => [...t.diagnostics].sort(compareDiagnostics));
  const lines: string[] = [];
  const groups: Diagnostic[][] = [];
  for (const d of all) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.file === d.file) last.push(d);
    else groups.push([d]);
  }
  for (const group of groups) {
    if (lines.length) lines.push('');
    lines.push(style.underline(terminalSafe(group[0]!.file)));
    const width = Math.max(...group.map((d) => terminalSafe(where(d)).length));
    for (const d of group) {
      lines.push(`  ${style.dim(terminalSafe(where(d)).padEnd(width))}  ${label(d, style)}  ${terminalSafe(d.message)}  ${style.dim(d.code)}`);
      for (const r of d.related ?? []) {
        const rpos = r.range ? `:${r.range.start.line}:${r.range.start.column}` : '';
        lines.push(`  ${' '.repeat(width)}  ${style.dim(terminalSafe(`↳ ${r.file}${rpos}`))}  ${terminalSafe(r.message)}`);
      }
    }
  }
  const c = countBySeverity(all);
  const total = c.error + c.warning + c.info;
  if (total === 0) {
    const checked = terminalSafe(targets.map((t) => t.target).join(', '));
    lines.push(style.green(`✔ ${checked}: no problems`));
  } else {
    lines.push('');
    const parts = [plural(c.error, 'error'), plural(c.warning, 'warning')];
    if (c.info) parts.push(`${c.info} info`);
    const summary = `✖ ${plural(total, 'problem')} (${parts.join(', ')})`;
    lines.push(c.error ? style.bold(style.red(summary)) : c.warning ? style.bold(style.yellow(summary)) : summary);
  }
  return lines.join('\n') + '\n';
};
