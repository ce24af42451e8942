import { compareDiagnostics, type Diagnostic, type Range, type Severity } from '../diagnostic.js';
import type { Formatter } from './types.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * A file path as a SARIF artifact URI: relative paths stay relative with forward slashes (resolved
 * against the directory the tool ran in); absolute paths become `file:` URIs. Segments are
 * percent-encoded so spaces and `#` survive.
 */
export function toArtifactUri(file: string): string {
  const slashed = file.replace(/\\/g, '/');
  const drive = /^[A-Za-z]:\//.test(slashed);
  const absolute = slashed.startsWith('/') || drive;
  const body = slashed
    .replace(/^\.\/+/, '')
    .split('/')
    .map((seg, i) => (drive && i === 0 ? seg : encodeURIComponent(seg)))
    .join('/');
  if (!absolute) return body;
  return drive ? `file:///${body}` : `file://${body}`;
}

function region(range: Range | undefined): Record<string, number> | undefined {
  if (!range) return undefined;
  return {
    startLine: range.start.line,
    startColumn: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
  };
}

function physicalLocation(file: string, range: Range | undefined): Record<string, unknown> {
  const r = region(range);
  return { artifactLocation: { uri: toArtifactUri(file) }, ...(r ? { region: r } : {}) };
}

/**
 * SARIF 2.1.0 (GitHub code scanning, VS Code's SARIF viewer): one run, the rule catalog as
 * `tool.driver.rules`, one result per diagnostic with its location and related locations.
 * Deterministic: no timestamps, no absolute paths unless given.
 */
export const sarif: Formatter = (targets, opts) => {
  const diags: Diagnostic[] = targets.flatMap((t) => t.diagnostics).sort(compareDiagnostics);
  const catalog: Record<string, string> = { ...(opts.rules ?? {}) };
  for (const d of diags) if (!(d.code in catalog)) catalog[d.code] = d.code;
  const ids = Object.keys(catalog).sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => ({ id, shortDescription: { text: catalog[id]! } }));
  const results = diags.map((d) => {
    const related = (d.related ?? []).map((r, i) => ({
      id: i + 1,
      physicalLocation: physicalLocation(r.file, r.range),
      message: { text: r.message },
    }));
    return {
      ruleId: d.code,
      ruleIndex: index.get(d.code)!,
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: physicalLocation(d.file, d.range) }],
      ...(related.length ? { relatedLocations: related } : {}),
    };
  });
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: opts.tool.name,
            version: opts.tool.version,
            informationUri: opts.tool.informationUri ?? `https://www.npmjs.com/package/${encodeURIComponent(opts.tool.name)}`,
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
