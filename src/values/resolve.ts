import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { Finding } from '../diagnostics/finding.js';
import type { SourceFile } from './source-file.js';

/**
 * Turns findings (paths) into diagnostics (line:column): the one place positions are resolved.
 * `defaults` supplies code and severity for findings that do not carry their own.
 */
export function resolveFindings(
  findings: Finding[],
  sources: readonly SourceFile[],
  defaults: { code: string; severity: Severity } = { code: 'internal/unknown', severity: 'error' },
): Diagnostic[] {
  const byFile = new Map<string, SourceFile>();
  for (const s of sources) if (!byFile.has(s.file)) byFile.set(s.file, s);
  return findings.map((f) => {
    const src = byFile.get(f.loc.file);
    const d: Diagnostic = {
      code: f.code ?? defaults.code,
      severity: f.severity ?? defaults.severity,
      message: f.message,
      file: f.loc.file,
      path: f.loc.path,
    };
    if (f.loc.document !== undefined && src && src.documentCount > 1) d.document = f.loc.document;
    const range = f.range ?? src?.rangeOf(f.loc, f.target);
    if (range) d.range = range;
    if (f.related?.length) {
      d.related = f.related.map((r) => {
        const rs = byFile.get(r.loc.file);
        const rr = r.range ?? rs?.rangeOf(r.loc, r.target);
        return rr ? { file: r.loc.file, range: rr, message: r.message } : { file: r.loc.file, message: r.message };
      });
    }
    return d;
  });
}
