import { Document, LineCounter, isAlias, isMap, isScalar, isSeq, parseAllDocuments, visit } from 'yaml';
import type { Node as YamlNode, Pair, Scalar } from 'yaml';
import type { Path, Position, Range } from '../diagnostics/diagnostic.js';
import type { Finding, Loc } from '../diagnostics/finding.js';
import { runtimeError } from '../core/errors.js';

/** Aliases expanded per document before it is called a YAML bomb. */
export const MAX_ALIAS_COUNT = 100;
/** Collections nested deeper than this are refused (exit 2): no MetalLB config needs more than ~12. */
export const MAX_DEPTH = 64;

const YAML_CODES: Record<string, string> = {
  DUPLICATE_KEY: 'yaml/duplicate-key',
  TAB_AS_INDENT: 'yaml/tab',
};

/** Maps positions of an embedded document (a YAML string inside a YAML value) back to the outer file. */
type Placement = { kind: 'offset'; line: number; column: number } | { kind: 'collapse'; range: Range };

/**
 * A YAML (or JSON) file with source positions: parse findings, one JS value per document, and
 * `rangeOf(loc)` that walks a path to line:column, falling back to the closest existing ancestor.
 */
export class SourceFile {
  readonly file: string;
  readonly text: string;
  readonly docs: Document.Parsed[];
  readonly findings: Finding[] = [];
  /** toJS() of each document; undefined where the document could not be converted (alias bomb) */
  readonly values: unknown[] = [];
  private readonly lines: LineCounter;
  private readonly placement?: Placement;
  private readonly embeds: { document: number; path: Path; inner: SourceFile }[] = [];

  private constructor(file: string, text: string, placement?: Placement) {
    this.file = file;
    this.text = text;
    this.placement = placement;
    this.lines = new LineCounter();
    try {
      this.docs = parseAllDocuments(text, { lineCounter: this.lines, merge: true, prettyErrors: false }) as unknown as Document.Parsed[];
    } catch (e) {
      if (e instanceof RangeError) throw runtimeError(file, 'YAML is nested too deeply to parse');
      throw e;
    }
    if (!Array.isArray(this.docs)) this.docs = [this.docs as unknown as Document.Parsed];
  }

  /** Parse a file. Throws (exit 2) only for input that cannot be processed at all (too deep). */
  static parse(file: string, text: string): SourceFile {
    const sf = new SourceFile(file, text);
    sf.analyse();
    return sf;
  }

  get documentCount(): number {
    return this.docs.length;
  }

  /** The JS value of document `i` (0 by default). */
  value(i = 0): unknown {
    return this.values[i];
  }

  /**
   * Parse the string at `path` of document `document` as YAML of its own (the legacy ConfigMap's
   * `config` key), with positions mapped into this file. Returns undefined when the value is not a string.
   */
  embed(document: number, path: Path): SourceFile | undefined {
    const found = this.walk(document, path);
    if (!found.complete || !isScalar(found.node) || typeof found.node.value !== 'string') return undefined;
    const scalar = found.node as Scalar<string>;
    const placement = this.placementOf(scalar);
    const inner = new SourceFile(this.file, scalar.value, placement);
    inner.analyse();
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
    if (found.complete) {
      if (target === 'key' && found.pair && isNode(found.pair.key)) return this.nodeRange(found.pair.key);
      if (found.node && isNode(found.node) && found.node.range) return this.nodeRange(found.node);
      if (found.pair && isNode(found.pair.key)) return this.nodeRange(found.pair.key);
    } else {
      // closest existing ancestor: the key that holds it, else the node itself
      if (found.pair && isNode(found.pair.key)) return this.nodeRange(found.pair.key);
      if (found.node && isNode(found.node) && found.node.range) return this.nodeRange(found.node);
    }
    const contents = found.doc.contents;
    if (contents && isNode(contents) && contents.range) return this.nodeRange(contents);
    return this.toRange(0, 0);
  }

  private walk(document: number, path: Path): { doc?: Document.Parsed; node?: unknown; pair?: Pair; complete: boolean } {
    const doc = this.docs[document];
    if (!doc) return { complete: false };
    let node: unknown = doc.contents;
    let pair: Pair | undefined;
    for (const seg of path) {
      if (isAlias(node)) node = node.resolve(doc);
      if (isMap(node)) {
        const p = node.items.find((it) => keyOf(it.key) === String(seg));
        if (!p) return { doc, node, pair, complete: false };
        pair = p as Pair;
        node = p.value;
      } else if (isSeq(node) && typeof seg === 'number' && seg >= 0 && seg < node.items.length) {
        pair = undefined;
        node = node.items[seg];
      } else {
        return { doc, node, pair, complete: false };
      }
    }
    if (isAlias(node)) node = node.resolve(doc) ?? node;
    return { doc, node, pair, complete: true };
  }

  private nodeRange(node: YamlNode): Range {
    const r = node.range!;
    return this.toRange(r[0], r[1]);
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
  private placementOf(scalar: Scalar<string>): Placement {
    const r = scalar.range!;
    if (scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED') {
      const header = this.position(r[0]);
      const headerEnd = this.text.indexOf('\n', r[0]);
      const body = headerEnd === -1 ? '' : this.text.slice(headerEnd + 1, r[1]);
      const explicit = /^[|>][+-]?([1-9])/.exec(this.text.slice(r[0], r[0] + 3));
      let indent = 0;
      if (explicit) {
        indent = Number(explicit[1]) + (header.column - 1);
      } else {
        const first = body.split('\n').find((l) => l.trim() !== '');
        indent = first ? first.length - first.trimStart().length : 0;
      }
      if (scalar.type === 'BLOCK_LITERAL') return { kind: 'offset', line: header.line, column: indent };
    }
    return { kind: 'collapse', range: this.toRange(r[0], r[1]) };
  }

  /** Parse errors, tabs, indentation, depth and alias bombs → findings; documents → JS values. */
  private analyse(): void {
    const reported = new Set<number>();
    this.docs.forEach((doc, i) => {
      for (const err of doc.errors) {
        const code = YAML_CODES[err.code] ?? 'yaml/syntax';
        const line = this.position(err.pos[0]).line;
        if (code === 'yaml/tab') reported.add(line);
        this.findings.push({
          code,
          severity: 'error',
          message: yamlMessage(err.code, err.message),
          loc: { file: this.file, document: i, path: [] },
          range: this.toRange(err.pos[0], err.pos[1]),
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
      if (doc.errors.length > 0) {
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
          range: this.toRange(0, 0),
        });
      }
    });
    this.checkTabs(reported);
  }

  /** Depth limit and indentation that is not a multiple of two (Palette's pack CI rejects it). */
  private checkShape(doc: Document.Parsed, i: number): void {
    // collections on the path are never more than the path's length: count only when it could matter
    const depthOf = (path: readonly unknown[]) => (path.length <= MAX_DEPTH ? 0 : path.filter((p) => isMap(p) || isSeq(p)).length);
    let tooDeep = false;
    visit(doc, {
      Map: (_k, node) => this.checkIndent(node, i),
      Seq: (_k, node, path) => {
        if (depthOf(path) > MAX_DEPTH) tooDeep = true;
        return this.checkIndent(node, i);
      },
      Pair: (_k, _n, path) => {
        if (depthOf(path) > MAX_DEPTH) {
          tooDeep = true;
          return visit.BREAK;
        }
        return undefined;
      },
    });
    if (tooDeep) throw runtimeError(this.file, `YAML is nested more than ${MAX_DEPTH} levels deep`, 'flatten the document');
  }

  private checkIndent(node: { flow?: boolean; range?: [number, number, number] | null }, i: number): void {
    if (node.flow || !node.range) return;
    const col = this.lines.linePos(node.range[0]).col - 1;
    if (col % 2 !== 0) {
      this.findings.push({
        code: 'yaml/indent',
        severity: 'warning',
        message: `indented by ${col} space${col === 1 ? '' : 's'}; indent by multiples of two`,
        loc: { file: this.file, document: i, path: [] },
        range: this.toRange(node.range[0], node.range[0]),
      });
    }
  }

  private checkTabs(reported: Set<number>): void {
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

