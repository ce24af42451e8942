import type { Path } from '../diagnostics/diagnostic.js';
import type { Loc } from '../diagnostics/finding.js';
import { usageError } from '../core/errors.js';
import { isPlainObject } from '../values/layers.js';
import { setOwn } from './own.js';

/**
 * Palette macros `{{ .spectro.<name> }}` with an optional `| default "x"` pipe. Values come from
 * `--macro name=value`; a macro with no value uses its default; one with neither (or with a pipe
 * other than default) stays verbatim and is reported.
 */
const MACRO = /\{\{(-?)\s*\.spectro\.([A-Za-z0-9_][A-Za-z0-9_.-]*)\s*((?:\|[^}]*)?)(-?)\}\}/g;
const DEFAULT_PIPE = /^\|\s*default\s+(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`)\s*$/;

export type MacroValues = ReadonlyMap<string, string>;

/** A macro event with the place in the user's files it came from. */
export interface LocatedMacroEvent {
  event: MacroEvent;
  loc: Loc;
}

export interface MacroEvent {
  path: Path;
  macro: string;
  /** resolved: replaced by a --macro value; default: by its `| default` value; unresolved: left verbatim */
  kind: 'resolved' | 'unresolved' | 'default';
  reason?: string;
}

/** `--macro system.cluster.name=prod` (repeatable) → name → value. The `spectro.` prefix is optional. */
export function parseMacroFlags(flags: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of flags) {
    const eq = f.indexOf('=');
    let name = eq === -1 ? '' : f.slice(0, eq).trim();
    if (name.startsWith('.')) name = name.slice(1);
    if (name.startsWith('spectro.')) name = name.slice('spectro.'.length);
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(name)) {
      throw usageError(`--macro "${f}" is not name=value`, 'write e.g. --macro system.cluster.name=prod for {{ .spectro.system.cluster.name }}');
    }
    out.set(name, f.slice(eq + 1));
  }
  return out;
}

function decodeGoString(body: string): string {
  try {
    return JSON.parse(`"${body}"`) as string;
  } catch {
    return body;
  }
}

/** Substitutes the macros of one string; `report` hears of each macro and what became of it. */
export function substituteString(s: string, macros: MacroValues, report: (macro: string, kind: MacroEvent['kind'], reason?: string) => void): string {
  if (!s.includes('{{')) return s;
  return s.replace(MACRO, (whole: string, _l: string, name: string, pipe: string) => {
    const trimmedPipe = pipe.trim();
    const def = trimmedPipe ? DEFAULT_PIPE.exec(trimmedPipe) : null;
    if (trimmedPipe && !def) {
      report(whole, 'unresolved', `the pipe "${trimmedPipe}" is not supported by render`);
      return whole;
    }
    const given = macros.get(name);
    if (given !== undefined) {
      report(whole, 'resolved');
      return given;
    }
    if (def) {
      report(whole, 'default');
      return def[1] !== undefined ? decodeGoString(def[1]) : def[2]!;
    }
    report(whole, 'unresolved', `no value given; pass --macro ${name}=VALUE`);
    return whole;
  });
}

/** A copy of `value` with macros substituted in every string (not in keys); events carry the path. */
export function substituteMacros(value: unknown, macros: MacroValues, events: MacroEvent[], path: Path = []): unknown {
  return substituteAt(value, macros, events, [...path]);
}

/** substituteMacros with one path stack for the whole walk: an event takes a copy of it. */
function substituteAt(value: unknown, macros: MacroValues, events: MacroEvent[], path: (string | number)[]): unknown {
  if (typeof value === 'string') {
    if (!value.includes('{{')) return value;
    return substituteString(value, macros, (macro, kind, reason) => events.push({ path: [...path], macro, kind, reason }));
  }
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) continue; // a hole stays a hole, as with map()
      path.push(i);
      out[i] = substituteAt(value[i], macros, events, path);
      path.pop();
    }
    return out;
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      path.push(k);
      setOwn(out, k, substituteAt(value[k], macros, events, path));
      path.pop();
    }
    return out;
  }
  return value;
}

/** true when some string in `value` (keys aside) could hold a macro: one with `{{`. Without one, substituteMacros changes nothing but the identity of the objects. */
export function mayHoldMacros(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('{{');
  if (value === null || typeof value !== 'object') return false;
  if (depth > 1000) return true; // not worth a deeper look: substitute
  if (Array.isArray(value)) {
    for (const v of value) if (mayHoldMacros(v, depth + 1)) return true;
    return false;
  }
  for (const k of Object.keys(value)) if (mayHoldMacros((value as Record<string, unknown>)[k], depth + 1)) return true;
  return false;
}
