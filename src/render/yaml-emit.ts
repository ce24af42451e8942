import { Document, isScalar, parse, visit, type DocumentOptions, type SchemaOptions, type ToStringOptions } from 'yaml';
import { setOwn } from './own.js';

/**
 * Safe YAML text for values of unknown origin. Everything goes through the yaml library's own
 * scalar stringification, with the YAML 1.1 schema so that strings a 1.1 reader (Kubernetes,
 * Helm: sigs.k8s.io/yaml) would take for something else (`yes`, `on`, `12:30`, `0777`) are quoted
 * too; 1.2 readers see the same values. Characters neither spec lets stand raw in a scalar (C0/C1
 * controls, DEL, NEL, LS, PS, BOM, lone surrogates, U+FFFE/U+FFFF) force a double-quoted scalar
 * and are written as escapes.
 */

/** Characters that must be escaped: not c-printable, or a line break in YAML 1.1 (NEL, LS, PS), or the BOM. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSAFE_G = new RegExp(UNSAFE.source, 'g');
/** Strings that are plain-safe in 1.2 but special to 1.1 readers as keys or values. */
const SPECIAL_11 = new Set(['<<', '=']);

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  if (c === '\u0085') return '\\N';
  if (c === '\u2028') return '\\L';
  if (c === '\u2029') return '\\P';
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0').toUpperCase()}`;
  return `\\u${code.toString(16).padStart(4, '0').toUpperCase()}`;
}

/** true when a string cannot be written by the library as is (see above). */
export function needsEscapes(s: string): boolean {
  return UNSAFE.test(s);
}

/**
 * YAML 1.1 core tags without the merge key: `<<` is written quoted (normaliseDocument forces it),
 * never as a merge key that a 1.1 reader would expand.
 */
export const EMIT_DOC_OPTIONS: DocumentOptions & SchemaOptions = {
  version: '1.1',
  merge: false,
  customTags: (tags) => tags.filter((t) => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:merge'),
};

/** A document with the options above, cloned for every new document (a clone copies the schema; building one anew re-runs customTags). */
let protoDoc: Document | undefined;

/** A new document for emitting, with the options above. */
export function emitDocument(value: unknown): Document {
  protoDoc ??= new Document(undefined, EMIT_DOC_OPTIONS);
  const doc = protoDoc.clone();
  if (value !== undefined) doc.contents = doc.createNode(value) as never;
  return doc;
}

/**
 * Strings made only of these characters, not starting with `-` or `.`, are read back as the same
 * string by the YAML lexer when written plain: no indicator, no space, no `:` or `#`, no document
 * marker. Whether a YAML 1.2 or 1.1 reader then resolves them as something else (`true`, `yes`,
 * `0x1F`, `1e3`, `2024-01-01`) is down to the schemas' implicit tags alone.
 */
const LEXICALLY_PLAIN = /^[A-Za-z0-9_/][A-Za-z0-9._/-]*$/;

/**
 * One regular expression matching what any implicitly resolved (default) tag but str matches, in
 * YAML 1.2 core and YAML 1.1: the tags' own tests, taken from the library.
 */
let implicitTest: RegExp | undefined;
function implicitTagTest(): RegExp {
  if (!implicitTest) {
    const sources = new Set<string>();
    for (const version of ['1.2', '1.1'] as const) {
      for (const tag of new Document(null, { version }).schema.tags) {
        if (!tag.default || tag.tag === 'tag:yaml.org,2002:str' || !tag.test) continue;
        if (tag.test.flags.replace(/[gy]/g, '') !== '') throw new Error(`yaml-emit: tag ${tag.tag} has a test with flags`);
        sources.add(tag.test.source);
      }
    }
    implicitTest = new RegExp([...sources].map((src) => `(?:${src})`).join('|'));
  }
  return implicitTest;
}

/** plainIsString answers for strings outside the fast path, which re-parses them. */
const plainIsStringCache = new Map<string, boolean>();

/**
 * false when `s`, written plain, would read back as something else under YAML 1.2 or 1.1 (`0o17`
 * is an int in 1.2 only, `yes` a bool in 1.1 only). Multi-line strings are left to the library,
 * which writes them as literal blocks or quoted.
 * Fast path: a lexically plain string that no implicit tag matches is a string in both versions;
 * anything else is decided by parsing it (once per distinct string).
 */
export function plainIsString(s: string): boolean {
  if (s.includes('\n') || s.includes('\r')) return true;
  if (LEXICALLY_PLAIN.test(s) && !implicitTagTest().test(s)) return true;
  let known = plainIsStringCache.get(s);
  if (known === undefined) {
    try {
      known = parse(s, { version: '1.2', logLevel: 'silent' }) === s && parse(s, { version: '1.1', logLevel: 'silent' }) === s;
    } catch {
      known = false;
    }
    plainIsStringCache.set(s, known);
  }
  return known;
}

/** true when the library writes `s` plain and unchanged, as a key or a value, at any depth: the common case, decided without the library. */
function plainVerbatim(s: string): boolean {
  return s.length <= 1024 && LEXICALLY_PLAIN.test(s) && !implicitTagTest().test(s);
}

const BASE_OPTIONS: ToStringOptions = {
  indent: 2,
  lineWidth: 0,
  minContentWidth: 0,
  blockQuote: 'literal',
  defaultKeyType: 'PLAIN',
  nullStr: 'null',
  trueStr: 'true',
  falseStr: 'false',
};

/**
 * Marks string scalars that need escapes (keys included) as double-quoted, drops anchors,
 * number formats (hex/octal print as decimal) and flow style (but for empty collections), so
 * the output is canonical.
 * Returns the document for chaining. Comments are kept but made free of unsafe characters.
 */
export function normaliseDocument(doc: Document, opts: { singleLineStrings?: boolean } = {}): Document {
  visit(doc, {
    Node(_key, node) {
      if ('anchor' in node) delete (node as { anchor?: string }).anchor;
      if (node.commentBefore) node.commentBefore = node.commentBefore.replace(UNSAFE_G, '?');
      if (node.comment) node.comment = node.comment.replace(UNSAFE_G, '?');
      if (isScalar(node)) {
        delete node.format;
        delete (node as { source?: string }).source;
        if (typeof node.value === 'string') {
          const s = node.value;
          if (needsEscapes(s) || SPECIAL_11.has(s) || (opts.singleLineStrings && /[\n\r]/.test(s)) || !plainIsString(s)) node.type = 'QUOTE_DOUBLE';
          else delete node.type;
        } else {
          delete node.type;
        }
      } else if ('items' in node) {
        // block style, except empty collections, which only flow style can write (`{}`, `[]`)
        (node as { flow?: boolean }).flow = (node as { items: unknown[] }).items.length === 0;
      }
    },
  });
  if (doc.commentBefore) doc.commentBefore = doc.commentBefore.replace(UNSAFE_G, '?');
  if (doc.comment) doc.comment = doc.comment.replace(UNSAFE_G, '?');
  return doc;
}

/**
 * Stringifies a normalised document. Unsafe characters can only be inside double-quoted scalars
 * at this point (normaliseDocument forced the style and cleaned comments), where an escape means
 * the same character.
 */
export function stringifyDocument(doc: Document): string {
  return doc.toString(BASE_OPTIONS).replace(UNSAFE_G, escapeChar);
}

/** A value through the library: document, normalisation, stringification. */
function libraryText(value: unknown): string {
  return stringifyDocument(normaliseDocument(emitDocument(value)));
}

/*
 * The direct writer. Plain objects, arrays, and scalars whose YAML text is one line and does not
 * depend on where they stand are written here, byte for byte as the library writes them (block
 * style, two-space indent, sequences indented under their key, empty collections as `{}`/`[]`).
 * Anything else (multi-line strings, document-marker strings, keys over 1024 characters, shared
 * or circular references, undefined, class instances, Dates, bigints) makes the whole value go
 * through the library. Scalars that are not verbatim-plain are asked of the library once each.
 */

/** Lines that a YAML 1.1 reader could take for a directive or document marker: the library writes these depending on depth. */
const DOC_MARKER = /^(%|---|\.\.\.)/m;

/** value text of non-verbatim strings / numbers (null: the library writes it over several lines or depending on context) */
const stringTokens = new Map<string, string | null>();
const numberTokens = new Map<string, string | null>();
/** implicit-key text of non-verbatim keys */
const keyTokens = new Map<string, string | null>();

function askValueToken(v: string | number): string | null {
  if (typeof v === 'string' && DOC_MARKER.test(v)) return null;
  const text = libraryText({ k: v });
  const token = text.slice(3, -1);
  return text.startsWith('k: ') && text.endsWith('\n') && !token.includes('\n') ? token : null;
}

/** A scalar's text after `key: ` or `- `; undefined when it is not a scalar this writer knows. */
function scalarToken(v: unknown): string | undefined {
  if (v === null) return 'null';
  let token: string | null | undefined;
  if (typeof v === 'string') {
    if (plainVerbatim(v)) return v;
    token = stringTokens.get(v);
    if (token === undefined) stringTokens.set(v, (token = askValueToken(v)));
  } else if (typeof v === 'number') {
    if (Number.isSafeInteger(v) && !Object.is(v, -0)) return String(v);
    const id = Object.is(v, -0) ? '-0' : String(v);
    token = numberTokens.get(id);
    if (token === undefined) numberTokens.set(id, (token = askValueToken(v)));
  } else if (typeof v === 'boolean') {
    return v ? 'true' : 'false';
  }
  return token ?? undefined;
}

/** A map key's text before `: `; undefined when the library would write it another way (explicit `? key`, depth-dependent). */
function keyToken(k: string): string | undefined {
  if (plainVerbatim(k)) return k;
  let token = keyTokens.get(k);
  if (token === undefined) {
    token = null;
    if (!DOC_MARKER.test(k)) {
      const probe: Record<string, unknown> = {};
      setOwn(probe, k, null);
      const text = libraryText(probe);
      const t = text.slice(0, -': null\n'.length);
      if (text.endsWith(': null\n') && !t.includes('\n')) token = t;
    }
    keyTokens.set(k, token);
  }
  return token ?? undefined;
}

function isEmptyCollection(v: object): boolean {
  return Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0;
}

/**
 * A collection as the library writes it with `indent` as its context indentation: items joined by
 * newline + `indent`, the first line without it. undefined: not for this writer.
 */
function writeCollection(v: object, indent: string, seen: Set<object>): string | undefined {
  if (seen.has(v)) return undefined; // the library would write an alias
  seen.add(v);
  const inner = indent + '  ';
  let out = '';
  if (Array.isArray(v)) {
    if (Object.getPrototypeOf(v) !== Array.prototype) return undefined;
    if (v.length === 0) return '[]';
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) return undefined;
      const item: unknown = v[i];
      let text: string | undefined;
      if (item !== null && typeof item === 'object') text = writeCollection(item, inner, seen);
      else text = scalarToken(item);
      if (text === undefined) return undefined;
      out += i === 0 ? `- ${text}` : `\n${indent}- ${text}`;
    }
    return out;
  }
  const proto: unknown = Object.getPrototypeOf(v);
  if ((proto !== Object.prototype && proto !== null) || typeof (v as { toJSON?: unknown }).toJSON === 'function' || Symbol.iterator in v) return undefined;
  const keys = Object.keys(v);
  if (keys.length === 0) return '{}';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const value: unknown = (v as Record<string, unknown>)[k];
    const key = keyToken(k);
    if (key === undefined || value === undefined) return undefined;
    let line: string;
    if (value !== null && typeof value === 'object') {
      const text = writeCollection(value, inner, seen);
      if (text === undefined) return undefined;
      line = isEmptyCollection(value) ? `${key}: ${text}` : `${key}:\n${inner}${text}`;
    } else {
      const text = scalarToken(value);
      if (text === undefined) return undefined;
      line = `${key}: ${text}`;
    }
    out += i === 0 ? line : `\n${indent}${line}`;
  }
  return out;
}

/** A root collection written directly with every line prefixed by `pad`, no final newline; undefined: use the library. */
function writeRoot(value: unknown, pad: string): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const text = writeCollection(value, pad, new Set());
  return text === undefined ? undefined : pad + text;
}

/** A JS value as YAML text (no trailing newline handling: ends with one newline). */
export function toYamlText(value: unknown): string {
  const direct = writeRoot(value, '');
  return direct === undefined ? libraryText(value) : `${direct}\n`;
}

/**
 * One scalar on one line, to follow `key: ` or `- ` in a template. Throws for collections and
 * undefined: the template must use `field`/`block` for those.
 */
export function yamlScalar(value: unknown): string {
  if (value === undefined) throw new TypeError('scalar: value is undefined');
  if (value !== null && typeof value === 'object') throw new TypeError('scalar: value is a collection; use the field or block helper');
  if (typeof value === 'function' || typeof value === 'symbol') throw new TypeError(`scalar: cannot write a ${typeof value}`);
  if (value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0))) return scalarToken(value)!;
  if (typeof value === 'string' && plainVerbatim(value)) return value;
  // written as the value of a one-key map: a root scalar could pick up document markers (`--- "---"`)
  const doc = normaliseDocument(emitDocument({ k: value }), { singleLineStrings: true });
  const text = stringifyDocument(doc).replace(/\n$/, '');
  if (!text.startsWith('k: ') || text.includes('\n')) throw new Error('scalar: internal error, value spans lines');
  return text.slice(3);
}

/** Prefixes every non-empty line of `text` with `indent` spaces and drops the final newline. */
export function indentLines(text: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => (l === '' ? l : pad + l))
    .join('\n');
}

/** A collection (or scalar) as a YAML block at `indent` spaces, without the final newline. */
export function yamlBlock(value: unknown, indent = 0): string {
  if (value === undefined) throw new TypeError('block: value is undefined');
  return writeRoot(value, ' '.repeat(indent)) ?? indentLines(libraryText(value), indent);
}

/**
 * `key: value` at `indent` spaces: scalars and empty collections on the key's line, others as
 * an indented block below it; multi-line strings as literal blocks. The key is quoted as needed.
 */
export function yamlField(key: string, value: unknown, indent = 0): string {
  if (value === undefined) throw new TypeError(`field ${key}: value is undefined`);
  const one = { [key]: value };
  return writeRoot(one, ' '.repeat(indent)) ?? indentLines(libraryText(one), indent);
}
