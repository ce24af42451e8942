import { Document, isScalar, parse, visit, type DocumentOptions, type SchemaOptions, type ToStringOptions } from 'yaml';

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

/** A new document for emitting, with the options above. */
export function emitDocument(value: unknown): Document {
  return new Document(value, EMIT_DOC_OPTIONS);
}

/**
 * false when `s`, written plain, would read back as something else under YAML 1.2 or 1.1 (`0o17`
 * is an int in 1.2 only, `yes` a bool in 1.1 only). Multi-line strings are left to the library,
 * which writes them as literal blocks or quoted.
 */
function plainIsString(s: string): boolean {
  if (s.includes('\n') || s.includes('\r')) return true;
  try {
    return parse(s, { version: '1.2', logLevel: 'silent' }) === s && parse(s, { version: '1.1', logLevel: 'silent' }) === s;
  } catch {
    return false;
  }
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

/** A JS value as YAML text (no trailing newline handling: ends with one newline). */
export function toYamlText(value: unknown): string {
  const doc = emitDocument(value);
  return stringifyDocument(normaliseDocument(doc));
}

/**
 * One scalar on one line, to follow `key: ` or `- ` in a template. Throws for collections and
 * undefined: the template must use `field`/`block` for those.
 */
export function yamlScalar(value: unknown): string {
  if (value === undefined) throw new TypeError('scalar: value is undefined');
  if (value !== null && typeof value === 'object') throw new TypeError('scalar: value is a collection; use the field or block helper');
  if (typeof value === 'function' || typeof value === 'symbol') throw new TypeError(`scalar: cannot write a ${typeof value}`);
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
  return indentLines(toYamlText(value), indent);
}

/**
 * `key: value` at `indent` spaces: scalars and empty collections on the key's line, others as
 * an indented block below it; multi-line strings as literal blocks. The key is quoted as needed.
 */
export function yamlField(key: string, value: unknown, indent = 0): string {
  if (value === undefined) throw new TypeError(`field ${key}: value is undefined`);
  return indentLines(toYamlText({ [key]: value }), indent);
}
