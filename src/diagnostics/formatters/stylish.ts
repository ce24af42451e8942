import { countBySeverity, type Diagnostic } from '../diagnostic.js';
import type { Formatter, Style } from './types.js';

function label(d: Diagnostic, style: Style): string {
  if (d.severity === 'error') return style.red('error  ');
  if (d.severity === 'warning') return style.yellow('warning');
  return style.blue('info   ');
}

function where(d: Diagnostic): string {
  const pos = d.range ? `:${d.range.start.line}:${d.range.start.column}` : '';
  return `${d.file}${pos}`;
}

/** Human output, one line per finding as `file:line:col  severity  message  code`, grouped by file. */
export const stylish: Formatter = (targets, { style }) => {
  const all = targets.flatMap((t) => t.diagnostics);
  const lines: string[] = [];
  let lastFile: string | undefined;
  for (const d of all) {
    if (d.file !== lastFile) {
      if (lastFile !== undefined) lines.push('');
      lines.push(style.underline(d.file));
      lastFile = d.file;
    }
    lines.push(`  ${style.dim(where(d))}  ${label(d, style)}  ${d.message}  ${style.dim(d.code)}`);
    for (const r of d.related ?? []) {
      const rpos = r.range ? `:${r.range.start.line}:${r.range.start.column}` : '';
      lines.push(`      ${style.dim(`↳ ${r.file}${rpos}`)}  ${r.message}`);
    }
  }
  const c = countBySeverity(all);
  const total = c.error + c.warning + c.info;
  const checked = targets.map((t) => t.target).join(', ');
  if (total === 0) {
    lines.push(style.green(`✔ ${checked}: no problems`));
  } else {
    if (lines.length) lines.push('');
    const parts = [`${c.error} error${c.error === 1 ? '' : 's'}`, `${c.warning} warning${c.warning === 1 ? '' : 's'}`];
    if (c.info) parts.push(`${c.info} info`);
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')})`;
    lines.push(c.error ? style.bold(style.red(summary)) : c.warning ? style.bold(style.yellow(summary)) : summary);
  }
  return lines.join('\n') + '\n';
};
