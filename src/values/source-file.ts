import { Composer, Document, LineCounter, Parser, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Node as YamlNode, Pair, Scalar } from 'yaml';
import type { Path, Position, Range } from '../diagnostics/diagnostic.js';
import type { Finding, Loc } from '../diagnostics/finding.js';
import { runtimeError } from '../core/errors.js';
import { splittingAllowed, startPart } from './parallel-parse.js';

/** Aliases expanded per document before it is called a YAML bomb. */
export const MAX_ALIAS_COUNT = 100;
/** Collections nested deeper than this are refused (exit 2): no MetalLB config needs more than ~12. */
export const MAX_DEPTH = 64;

const YAML_CODES: Record<string, string> = {
  DUPLICATE_KEY: 'yaml/duplicate-key',
  TAB_AS_INDENT: 'yaml/tab',
};

/**
 * Texts up to this size keep their parsed documents for positions; larger ones (a file of thousands
 * of MetalLB objects) are streamed: each document is checked and converted as it is parsed and then
 * dropped, and re-parsed only if a position inside it is asked for (a finding). Retaining 10 000
 * documents' node trees made every young-generation GC copy them: ~20 % of such a run.
 */
export const KEEP_DOCUMENTS_BELOW = 256 * 1024;

/**
 * A streamed text at least this long, with a document boundary past its middle, is parsed in two
 * parts at once: the second on a worker thread (parallel-parse.ts), the first here. YAML parsing
 * is most of the time validate spends on a file of thousands of objects, and the machine has
 * another core.
 */
export const SPLIT_ABOVE = 1024 * 1024;

export interface ParseOptions {
  /** keep the parsed documents (default: for texts up to KEEP_DOCUMENTS_BELOW characters) */
  keepDocuments?: boolean;
  /**
   * parse a streamed text in two parts (default: from SPLIT_ABOVE characters, unless
   * SPECTRO_PACK_PARSE_WORKER=off); the second part runs on a worker thread where one can be
   * started (the bundled CLI), else after the first
   */
  split?: boolean;
}

/** What parsing one part of a text yields: plain data, so that a worker thread can send it. */
export interface PartResult {
  /** the part's first document has no parse error */
  firstClean: boolean;
  count: number;
  values: unknown[];
  /** positions are the whole text's; `loc.document` counts from the part's first document */
  findings: Finding[];
  /** offsets in the whole text */
  spans: DocSpan[];
  /** lines whose tab the parser reported */
  tabLines: number[];
}

/**
 * The worker thread starts parsing ~50 ms after the main thread (a Node start and the bundle's
 * load). The main thread takes this much more than half of the text so that both parts end at
 * about the same time (measured with bench/run.mjs on the 2 MiB file: with an even cut the main
 * thread waited ~45 ms on average; each 1 KB moved shifts both ends by ~0.5 ms).
 */
const HEAD_START = 96 * 1024;

/** See parseStreamed. */
interface PartEdges {
  firstClean: boolean;
  lastClean: boolean;
}

/**
 * Where to cut a text into two parts that parse as the whole does: the start of a `---` line
 * (always a document boundary: a line starting with `---` ends any scalar or collection) at or
 * after the middle (plus HEAD_START, for texts long enough). None when the text has directives
 * (`%YAML`, `%TAG` apply to the documents after them).
 */
export function splitPoint(text: string, hasDirectives = /^%/m.test(text)): number | undefined {
  if (hasDirectives) return undefined;
  const marker = /\n---(?=[ \t\r\n]|$)/g;
  marker.lastIndex = (text.length >> 1) + (text.length >= SPLIT_ABOVE ? HEAD_START : 0);
  const m = marker.exec(text);
  return m ? m.index + 1 : undefined;
}

/** A streamed document that was dropped: where its text is, to parse it again for positions. */
export interface DocSpan {
  start: number;
  end: number;
  /** it parsed without errors (only then does its text alone parse as it did in the stream) */
  clean: boolean;
}

/** Maps positions of an embedded document (a YAML string inside a YAML value) back to the outer file. */
type Placement = { kind: 'offset'; line: number; column: number } | { kind: 'collapse'; range: Range };

/**
 * A YAML (or JSON) file with source positions: parse findings, one JS value per document, and
 * `rangeOf(loc)` that walks a path to line:column, falling back to the closest existing ancestor.
 */
export class SourceFile {
  readonly file: string;
  readonly text: string;
  readonly findings: Finding[] = [];
  /** toJS() of each document; undefined where the document could not be converted (alias bomb) */
  readonly values: unknown[] = [];
  private lines: LineCounter;
  private readonly placement?: Placement;
  private readonly embeds: { document: number; path: Path; inner: SourceFile }[] = [];
  /** the parsed documents, when kept (else see `spans`) */
  private kept?: Document.Parsed[];
  /** streamed documents: where each one's text is */
  private spans?: DocSpan[];
  /** documents parsed again for positions (streamed files only), by index */
  private reparsed?: Map<number, { doc: Document.Parsed; base: number }>;
  private count = 0;

  private constructor(file: string, text: string, placement?: Placement) {
    this.file = file;
    this.text = text;
    this.placement = placement;
    this.lines = new LineCounter();
  }

  /** logLevel 'error': yaml's warnings are findings (yaml/warning), never printed by the library */
  private static readonly options = { merge: true, prettyErrors: false, logLevel: 'error' } as const;

  /** parseAllDocuments of the whole text; `lines` gets its line starts */
  private parseAll(lines: LineCounter): Document.Parsed[] {
    try {
      const docs = parseAllDocuments(this.text, { ...SourceFile.options, lineCounter: lines }) as unknown as Document.Parsed[] | Document.Parsed;
      return Array.isArray(docs) ? docs : [docs];
    } catch (e) {
      if (e instanceof RangeError) throw runtimeError(this.file, 'YAML is nested too deeply to parse');
      throw e;
    }
  }

  private parseKept(): void {
    this.kept = this.parseAll(this.lines);
    this.count = this.kept.length;
    this.kept.forEach((doc, i) => this.analyseDocument(doc, i));
  }

  /**
   * The documents of parseAllDocuments for text[0, end), one at a time: each is analysed, then
   * only its span is kept. Returns what parseInParts needs to know about the first and last
   * documents to trust a cut at `end`.
   */
  private parseStreamed(end = this.text.length): PartEdges {
    const composer = new Composer(SourceFile.options);
    const spans: DocSpan[] = (this.spans = []);
    const text = end === this.text.length ? this.text : this.text.slice(0, end);
    const edges: PartEdges = { firstClean: true, lastClean: true };
    try {
      for (const doc of composer.compose(new Parser(this.lines.addNewLine).parse(text))) {
        const d = doc as Document.Parsed;
        const clean = d.errors.length === 0;
        // from where the document starts (its `---`, or its first content) to where its last node
        // ends: parsed alone, that text gives the same nodes with the same ranges (text after it,
        // such as a trailing comment, could stretch the last collection's range)
        spans.push({ start: d.range[0], end: d.range[2], clean });
        if (spans.length === 1) edges.firstClean = clean;
        // a document after the first one that has no `---` of its own follows a `...`: what ends up
        // in it depends on text on both sides of the cut
        edges.lastClean = clean && (spans.length === 1 || d.directives?.docStart === true);
        this.analyseDocument(d, this.count++);
      }
    } catch (e) {
      if (e instanceof RangeError) throw runtimeError(this.file, 'YAML is nested too deeply to parse');
      throw e;
    }
    return edges;
  }

  /**
   * Parses `text` (the part of a file from offset `start`, which begins a line: line `lineBase + 1`)
   * as parse() streams a file: findings carry the whole file's positions. For a worker thread.
   */
  static parsePart(file: string, text: string, start: number, lineBase: number): PartResult {
    const sf = new SourceFile(file, text, { kind: 'offset', line: lineBase, column: 0 });
    const edges = sf.parseStreamed();
    return {
      firstClean: edges.firstClean,
      count: sf.count,
      values: sf.values,
      findings: sf.findings,
      spans: sf.spans!.map((s) => ({ ...s, start: s.start + start, end: s.end + start })),
      tabLines: [...sf.tabLines],
    };
  }

  /** Parse a file. Throws (exit 2) only for input that cannot be processed at all (too deep). */
  static parse(file: string, text: string, options: ParseOptions = {}): SourceFile {
    const sf = new SourceFile(file, text);
    if (options.keepDocuments ?? text.length <= KEEP_DOCUMENTS_BELOW) sf.parseKept();
    else sf.parseInParts(options.split ?? (text.length >= SPLIT_ABOVE && splittingAllowed()));
    sf.checkTabs();
    return sf;
  }

  /** Streams the text, in two parts at once when `split` and a cut exists (see SPLIT_ABOVE). */
  private parseInParts(split: boolean): void {
    const cut = split ? splitPoint(this.text, this.hasDirectives()) : undefined;
    if (cut === undefined) {
      this.parseStreamed();
      return;
    }
    let lineBase = 0;
    for (let i = this.text.indexOf('\n'); i !== -1 && i < cut; i = this.text.indexOf('\n', i + 1)) lineBase++;
    const rest = this.text.slice(cut);
    const pending = startPart(this.file, rest, cut, lineBase);
    let part: PartResult | undefined;
    try {
      const started = Date.now();
      const edges = this.parseStreamed(cut);
      // the cut is trusted only where the whole text's documents surely meet: the first part ends
      // in a well-formed document that a `---` started, and its parser saw every line start (yaml's
      // line counter can miss one in broken input, and the second part's lines are counted here)
      if (edges.lastClean && this.lines.lineStarts.length === lineBase + 1) {
        part = pending?.wait(Date.now() - started) ?? SourceFile.parsePart(this.file, rest, cut, lineBase);
        // ... and the second part starts with a well-formed document
        if (!part.firstClean) part = undefined;
      }
    } finally {
      pending?.cancel();
    }
    if (!part) {
      // parse the whole text as one instead
      this.restart();
      this.parseStreamed();
      return;
    }
    // the first part's parser counted its lines; the second part's line starts, for positions
    for (let i = this.text.indexOf('\n', cut); i !== -1; i = this.text.indexOf('\n', i + 1)) this.lines.addNewLine(i + 1);
    this.mergePart(part);
  }

  private directives?: boolean;

  /** whether the text has `%` directive lines (they change how the documents after them parse) */
  private hasDirectives(): boolean {
    return (this.directives ??= /^%/m.test(this.text));
  }

  private restart(): void {
    this.findings.length = 0;
    this.values.length = 0;
    this.tabLines.clear();
    this.count = 0;
    this.lines = new LineCounter();
  }

  /** appends the documents of a part parsed elsewhere (parsePart) */
  private mergePart(part: PartResult): void {
    const first = this.count;
    const shift = <T extends { document?: number }>(loc: T): T => (loc.document === undefined ? loc : { ...loc, document: loc.document + first });
    for (const f of part.findings) {
      this.findings.push({ ...f, loc: shift(f.loc), ...(f.related ? { related: f.related.map((r) => ({ ...r, loc: shift(r.loc) })) } : {}) });
    }
    for (const v of part.values) this.values.push(v);
    for (const s of part.spans) this.spans!.push(s);
    for (const l of part.tabLines) this.tabLines.add(l);
    this.count += part.count;
  }

  get documentCount(): number {
    return this.count;
  }

  /**
   * The parsed documents, as parseAllDocuments returns them (positions are offsets into `text`).
   * A streamed file is parsed again, whole, on first use.
   */
  get docs(): Document.Parsed[] {
    // the documents only: their findings and values are known, and `lines` has every line start
    this.kept ??= this.parseAll(new LineCounter());
    return this.kept;
  }

  /**
   * Document `i` for positions, and the offset its node ranges are relative to. For a streamed
   * file, the document's own text is parsed again (once): offsets then start at its span. Where
   * the stream has directives (`%YAML`, `%TAG`, which change how later text parses), or the
   * document had parse errors, the whole text is parsed again instead (once).
   */
  private documentAt(i: number): { doc: Document.Parsed; base: number } | undefined {
    if (this.kept) {
      const doc = this.kept[i];
      return doc && { doc, base: 0 };
    }
    const span = this.spans?.[i];
    if (!span) return undefined;
    this.reparsed ??= new Map();
    let hit = this.reparsed.get(i);
    if (!hit) {
      if (this.hasDirectives() || !span.clean) {
        // a broken document may have taken in text past its span, or lost some: the whole text, once
        hit = { doc: this.docs[i]!, base: 0 };
      } else {
        const docs = parseAllDocuments(this.text.slice(span.start, span.end), SourceFile.options) as unknown as Document.Parsed[] | Document.Parsed;
        hit = { doc: Array.isArray(docs) ? docs[0]! : docs, base: span.start };
      }
      this.reparsed.set(i, hit);
    }
    return hit;
  }

  /** The JS value of document `i` (0 by default). */
  value(i = 0): unknown {
    return this.values[i];
  }

  /**
   * Parse the string at `path` of document `document` as YAML of its own (the legacy ConfigMap's
   * `config` key), with positions mapped into this file. Returns undefined when the value is not a string.
   * The same path gives the same SourceFile (parsed once).
   */
  embed(document: number, path: Path): SourceFile | undefined {
    // several checks read the same block (presets' `add`): parse it once
    const prior = this.embeds.find((e) => e.document === document && e.path.length === path.length && startsWith(path, e.path));
    if (prior) return prior.inner;
    const found = this.walk(document, path);
    if (!found.complete || !isScalar(found.node) || typeof found.node.value !== 'string') return undefined;
    const scalar = found.node as Scalar<string>;
    const placement = this.placementOf(scalar, found.base);
    const inner = new SourceFile(this.file, scalar.value, placement);
    inner.parseKept();
    inner.checkTabs();
    this.embeds.push({ document, path, inner });
    return inner;
  }

  /** line:column of a location in this file; undefined if the document does not exist. */
  rangeOf(loc: Pick<Loc, 'document' | 'path'>, target: 'key' | 'value' = 'value'): Range | undefined {
    const document = loc.document ?? 0;
    for (const e of this.embeds) {
      if (e.document === document && startsWith(loc.path, e.path)) {
        return e.inner.rangeOf({ path: loc.path.slice(e.path.length) }, target);
      }
    }
    const found = this.walk(document, loc.path);
    if (!found.doc) return undefined;
    const base = found.base;
    if (found.complete) {
      if (target === 'key' && found.pair && isNode(found.pair.key)) return this.nodeRange(found.pair.key, base);
      if (found.node && isNode(found.node) && found.node.range) return this.nodeRange(found.node, base);
      if (found.pair && isNode(found.pair.key)) return this.nodeRange(found.pair.key, base);
    } else {
      // closest existing ancestor: the key that holds it, else the node itself
      if (found.pair && isNode(found.pair.key)) return this.nodeRange(found.pair.key, base);
      if (found.node && isNode(found.node) && found.node.range) return this.nodeRange(found.node, base);
    }
    const contents = found.doc.contents;
    if (contents && isNode(contents) && contents.range) return this.nodeRange(contents, base);
    return this.toRange(0, 0);
  }

  private walk(document: number, path: Path): { doc?: Document.Parsed; base: number; node?: unknown; pair?: Pair; complete: boolean } {
    const at = this.documentAt(document);
    if (!at) return { base: 0, complete: false };
    const { doc, base } = at;
    let node: unknown = doc.contents;
    let pair: Pair | undefined;
    for (const seg of path) {
      if (isAlias(node)) node = node.resolve(doc);
      if (isMap(node)) {
        const p = node.items.find((it) => keyOf(it.key) === String(seg));
        if (!p) return { doc, base, node, pair, complete: false };
        pair = p as Pair;
        node = p.value;
      } else if (isSeq(node) && typeof seg === 'number' && seg >= 0 && seg < node.items.length) {
        pair = undefined;
        node = node.items[seg];
      } else {
        return { doc, base, node, pair, complete: false };
      }
    }
    if (isAlias(node)) node = node.resolve(doc) ?? node;
    return { doc, base, node, pair, complete: true };
  }

  /** `base`: what the node's offsets are relative to (a re-parsed document's span) */
  private nodeRange(node: YamlNode, base = 0): Range {
    const r = node.range!;
    return this.toRange(r[0] + base, r[1] + base);
  }

  private toRange(startOffset: number, endOffset: number): Range {
    return { start: this.position(startOffset), end: this.position(Math.max(startOffset, endOffset)) };
  }

  private position(offset: number): Position {
    const p = this.lines.linePos(offset);
    const pl = this.placement;
    if (!pl) return { line: p.line, column: p.col };
    if (pl.kind === 'collapse') return { ...pl.range.start };
    return { line: p.line + pl.line, column: p.col + pl.column };
  }

  /** Where the text of a string scalar starts in this file, for positions inside it. */
  private placementOf(scalar: Scalar<string>, base: number): Placement {
    const r = scalar.range!.map((o) => o + base);
    if (scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED') {
      const header = this.position(r[0]);
      const headerEnd = this.text.indexOf('\n', r[0]);
      const body = headerEnd === -1 ? '' : this.text.slice(headerEnd + 1, r[1]);
      const explicit = /^[|>][+-]?([1-9])|^[|>][1-9]?[+-]?/.exec(this.text.slice(r[0], r[0] + 3));
      const digit = explicit ? /[1-9]/.exec(explicit[0]) : null;
      let indent = 0;
      if (digit) {
        // the indentation indicator counts from the parent node's indentation: the header's line
        const raw = this.lines.linePos(r[0]);
        const lineStart = this.lines.lineStarts[raw.line - 1] ?? 0;
        const parentIndent = /^ */.exec(this.text.slice(lineStart, r[0]))![0].length;
        indent = Number(digit[0]) + parentIndent + (header.column - raw.col);
      } else {
        const first = body.split('\n').find((l) => l.trim() !== '');
        indent = first ? first.length - first.trimStart().length : 0;
      }
      if (scalar.type === 'BLOCK_LITERAL') return { kind: 'offset', line: header.line, column: indent };
    }
    return { kind: 'collapse', range: this.toRange(r[0], r[1]) };
  }

  /** Where a document's content starts (after `---`), for findings about the document as a whole. */
  private documentStart(doc: Document.Parsed): Range {
    const c = doc.contents as { range?: [number, number, number] | null } | null;
    const at = c?.range ? c.range[0] : (doc.range?.[0] ?? 0);
    return this.toRange(at, at);
  }

  /** The repeated key's text and where it was first written, for the duplicate-key message. */
  private duplicateKey(doc: Document.Parsed, offset: number): { key: string; first?: Range } | undefined {
    let out: { key: string; first?: Range } | undefined;
    const walk = (node: unknown): void => {
      if (out) return;
      if (isMap(node)) {
        const hit = node.items.find((p) => isNodeAt(p.key, offset));
        if (hit) {
          const key = String(isScalar(hit.key) ? hit.key.value : hit.key);
          const first = node.items.find((p) => p !== hit && keyOf(p.key) === key && isNode(p.key));
          out = { key, first: first && isNode(first.key) && first.key.range ? this.nodeRange(first.key) : undefined };
          return;
        }
        for (const p of node.items) walk(p.value);
      } else if (isSeq(node)) for (const it of node.items) walk(it);
    };
    walk(doc.contents);
    return out;
  }

  /** lines whose tab the parser already reported (checkTabs skips them) */
  private readonly tabLines = new Set<number>();

  /** Parse errors, indentation, depth and alias bombs of document `i` → findings; its JS value. */
  private analyseDocument(doc: Document.Parsed, i: number): void {
    for (const err of doc.errors) {
      const code = YAML_CODES[err.code] ?? 'yaml/syntax';
      const line = this.position(err.pos[0]).line;
      if (code === 'yaml/tab') this.tabLines.add(line);
      const dup = err.code === 'DUPLICATE_KEY' ? this.duplicateKey(doc, err.pos[0]) : undefined;
      this.findings.push({
        code,
        severity: 'error',
        message: dup
          ? `key \`${dup.key}\` is repeated in this mapping; remove or rename one (the last one would win silently)`
          : yamlMessage(err.code, err.message),
        loc: { file: this.file, document: i, path: [] },
        range: this.toRange(err.pos[0], err.pos[1]),
        ...(dup?.first ? { related: [{ loc: { file: this.file, document: i, path: [] }, message: `\`${dup.key}\` first written here`, range: dup.first }] } : {}),
      });
    }
    for (const w of doc.warnings) {
      this.findings.push({
        code: 'yaml/warning',
        severity: 'warning',
        message: w.message.split('\n')[0]!,
        loc: { file: this.file, document: i, path: [] },
        range: this.toRange(w.pos[0], w.pos[1]),
      });
    }
    this.checkShape(doc, i);
    // a repeated key is reported, and the document still means something (the last one wins)
    if (doc.errors.some((e) => e.code !== 'DUPLICATE_KEY')) {
      this.values.push(undefined);
      return;
    }
    try {
      this.values.push(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
    } catch (e) {
      this.values.push(undefined);
      this.findings.push({
        code: 'yaml/alias-bomb',
        severity: 'error',
        message: `aliases expand to more than ${MAX_ALIAS_COUNT} nodes (${(e as Error).message.split('\n')[0]}); replace the anchors with plain values`,
        loc: { file: this.file, document: i, path: [] },
        range: this.documentStart(doc),
      });
    }
  }

  /**
   * Depth limit and indentation that is not a multiple of two (Palette's pack CI rejects it), in one
   * walk of the document in `visit` order (a collection before its items, a key before its value).
   * Too deep: a sequence inside more than MAX_DEPTH collections, or a pair inside more than MAX_DEPTH.
   */
  private checkShape(doc: Document.Parsed, i: number): void {
    const walk = (node: unknown, outer: number): void => {
      if (isMap(node)) {
        this.checkCollection(node, i);
        if (outer + 1 > MAX_DEPTH && node.items.length) this.tooDeep();
        for (const p of node.items) {
          walk(p.key, outer + 1);
          walk(p.value, outer + 1);
        }
      } else if (isSeq(node)) {
        if (outer > MAX_DEPTH) this.tooDeep();
        this.checkCollection(node, i);
        for (const it of node.items) walk(it, outer + 1);
      } else if (isPair(node)) {
        // a pair outside a map (in a flow sequence: `[a: b]`)
        if (outer > MAX_DEPTH) this.tooDeep();
        walk(node.key, outer);
        walk(node.value, outer);
      }
    };
    walk(doc.contents, 0);
  }

  private tooDeep(): never {
    throw runtimeError(this.file, `YAML is nested more than ${MAX_DEPTH} levels deep`, 'flatten the document');
  }

  private checkCollection(node: { flow?: boolean; range?: [number, number, number] | null }, i: number): void {
    if (!node.flow && node.range) this.checkIndent(node.range[0], i);
  }

  private checkIndent(offset: number, i: number): void {
    const col = this.lines.linePos(offset).col - 1;
    if (col % 2 !== 0) {
      this.findings.push({
        code: 'yaml/indent',
        severity: 'warning',
        message: `indented by ${col} space${col === 1 ? '' : 's'}; indent by multiples of two`,
        loc: { file: this.file, document: i, path: [] },
        range: this.toRange(offset, offset),
      });
    }
  }

  /** tabs in indentation that the parser did not report itself (after all documents are analysed) */
  private checkTabs(): void {
    const reported = this.tabLines;
    if (this.text.indexOf('\t') === -1) return;
    const lines = this.text.split('\n');
    lines.forEach((l, idx) => {
      const lead = /^[ \t]*/.exec(l)![0];
      const tab = lead.indexOf('\t');
      if (tab === -1 || l.trim() === '') return;
      const pos = this.position(this.lines.lineStarts[idx]! + tab);
      if (reported.has(pos.line)) return;
      this.findings.push({
        code: 'yaml/tab',
        severity: 'error',
        message: 'tab in indentation; indent with spaces (two per level)',
        loc: { file: this.file, path: [] },
        range: { start: pos, end: { line: pos.line, column: pos.column + 1 } },
      });
    });
  }
}

function isNodeAt(x: unknown, offset: number): boolean {
  return isNode(x) && Array.isArray(x.range) && x.range[0] === offset;
}

function isNode(x: unknown): x is YamlNode {
  return typeof x === 'object' && x !== null && 'range' in x;
}

function keyOf(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  if (typeof key === 'string' || typeof key === 'number') return String(key);
  return undefined;
}

function startsWith(path: Path, prefix: Path): boolean {
  if (prefix.length > path.length) return false;
  return prefix.every((p, i) => String(p) === String(path[i]));
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return `${first}: remove or rename the repeated key (the last one would win silently)`;
  if (code === 'TAB_AS_INDENT') return 'tab in indentation; indent with spaces (two per level)';
  return first;
}

