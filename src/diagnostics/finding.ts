import type { Path, Range, Severity } from './diagnostic.js';

/**
 * Where something is, before it is turned into line:column.
 * `file` is the display path; `document` the 0-based YAML document in a multi-document file.
 */
export interface Loc {
  file: string;
  document?: number;
  path: Path;
}

/**
 * What a check reports: a message at a location. The runner attaches the rule's code
 * and default severity; the position resolver turns `loc` into a range.
 */
export interface Finding {
  message: string;
  loc: Loc;
  /** point at the mapping key instead of its value (unknown keys, duplicate keys) */
  target?: 'key' | 'value';
  /** overrides the rule's default severity (e.g. info for a Palette macro) */
  severity?: Severity;
  /** overrides the rule's code for a sub-case; rarely needed */
  code?: string;
  /** other places worth seeing ("first defined here"); `range` when already known */
  related?: { loc: Loc; message: string; target?: 'key' | 'value'; range?: Range }[];
  /** an already known range (parse errors); skips path resolution */
  range?: Range;
}

export function at(loc: Loc, ...sub: Path): Loc {
  return { file: loc.file, document: loc.document, path: [...loc.path, ...sub] };
}
