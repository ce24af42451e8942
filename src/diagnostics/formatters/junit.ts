import { compareDiagnostics, type Diagnostic } from '../diagnostic.js';
import type { FormatTarget, Formatter } from './types.js';

/** XML text/attribute escaping; characters XML 1.0 cannot hold become U+FFFD. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Attribute values: also keep line breaks and tabs (a parser would turn raw ones into spaces). */
export function xmlAttr(s: string): string {
  return xmlEscape(s).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

function where(d: { file: string; range?: Diagnostic['range'] }): string {
  return d.range ? `${d.file}:${d.range.start.line}:${d.range.start.column}` : d.file;
}

function body(d: Diagnostic): string {
  const lines = [`${where(d)}: ${d.severity}: ${d.message} (${d.code})`];
  for (const r of d.related ?? []) lines.push(`  ${where(r)}: ${r.message}`);
  return lines.join('\n');
}

interface Case {
  name: string;
  failures: Diagnostic[];
  notes: Diagnostic[];
}

function casesOf(t: FormatTarget): Case[] {
  const byFile = new Map<string, Case>();
  for (const d of [...t.diagnostics].sort(compareDiagnostics)) {
    let c = byFile.get(d.file);
    if (!c) byFile.set(d.file, (c = { name: d.file, failures: [], notes: [] }));
    (d.severity === 'info' ? c.notes : c.failures).push(d);
  }
  // a target without findings is still a (passing) test case
  if (byFile.size === 0) return [{ name: t.target, failures: [], notes: [] }];
  return [...byFile.values()];
}

function testcase(suite: string, c: Case): string[] {
  const attrs = `classname="${xmlAttr(suite)}" name="${xmlAttr(c.name)}"`;
  if (!c.failures.length && !c.notes.length) return [`    <testcase ${attrs}/>`];
  const out = [`    <testcase ${attrs}>`];
  for (const d of c.failures) {
    out.push(`      <failure type="${xmlAttr(d.code)}" message="${xmlAttr(`${where(d)}: ${d.message}`)}">${xmlEscape(body(d))}</failure>`);
  }
  if (c.notes.length) out.push(`      <system-out>${xmlEscape(c.notes.map(body).join('\n'))}</system-out>`);
  out.push('    </testcase>');
  return out;
}

/**
 * JUnit XML for CI test reports: one `<testsuite>` per target (pack directory or file), one
 * `<testcase>` per file in it, one `<failure>` per error or warning; info goes to `<system-out>`.
 * Deterministic: no timestamps, durations or host names.
 */
export const junit: Formatter = (targets, opts) => {
  let tests = 0;
  let failures = 0;
  const suites: string[] = [];
  for (const t of targets) {
    const cases = casesOf(t);
    const failed = cases.filter((c) => c.failures.length > 0).length;
    tests += cases.length;
    failures += failed;
    suites.push(`  <testsuite name="${xmlAttr(t.target)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0">`);
    for (const c of cases) suites.push(...testcase(t.target, c));
    suites.push('  </testsuite>');
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlAttr(opts.tool.name)}" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
