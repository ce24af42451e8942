import type { Finding } from '../../../diagnostics/finding.js';
import { isMacro } from '../../../values/macro.js';
import type { MObject } from '../../model.js';
import { deferred } from '../deferred.js';

/** What a spec field holds, for rules that need a number: absent, a Palette macro, a number, or something else. */
export type Read<T> = { kind: 'absent' } | { kind: 'macro' } | { kind: 'value'; value: T } | { kind: 'invalid' };

/** A set field: present, not null, not the empty string. */
export function isSet(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '';
}

/** An integer field (ASN, port, interval). Strings are left to the schema layer (invalid). */
export function readInt(obj: MObject, field: string): Read<number> {
  const v = obj.spec[field];
  if (!isSet(v)) return { kind: 'absent' };
  if (isMacro(v)) return { kind: 'macro' };
  if (typeof v === 'number' && Number.isInteger(v)) return { kind: 'value', value: v };
  return { kind: 'invalid' };
}

/** A string field (IP, duration, name). */
export function readStr(obj: MObject, field: string): Read<string> {
  const v = obj.spec[field];
  if (!isSet(v)) return { kind: 'absent' };
  if (isMacro(v)) return { kind: 'macro' };
  if (typeof v === 'string') return { kind: 'value', value: v };
  return { kind: 'invalid' };
}

/** The deferred-macro info for a field, when it holds one. */
export function deferIfMacro(obj: MObject, field: string, what: string): Finding[] {
  return isMacro(obj.spec[field]) ? [deferred(obj.at(field), what)] : [];
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** isMacro without narrowing (a non-macro string stays a string for the compiler). */
export function hasMacro(v: unknown): boolean {
  return isMacro(v);
}
