import { isAlias, isMap, isNode, isPair, isScalar, isSeq, Pair, Scalar, YAMLMap, type Document, type Node as YamlNode } from 'yaml';
import type { Path } from '../diagnostics/diagnostic.js';
import { emitDocument, normaliseDocument, stringifyDocument } from './yaml-emit.js';
import { substituteString, type MacroEvent, type MacroValues } from './macros.js';

/** A source of chart values: a parsed document and where in it the chart's values sit. */
export interface ValuesLayer {
  doc: Document;
  /** path of the chart's values inside the document ([] for a chart's own values.yaml) */
  at: Path;
  /**
   * Defaults of subcharts (a chart's own values.yaml layer): each document's values go under
   * `key` beneath this layer's, as Helm coalesces a subchart's values.yaml with its parent's.
   */
  subcharts?: { key: string; doc: Document }[];
}

function keyOf(node: unknown): string | undefined {
  if (isScalar(node)) return node.value === null ? 'null' : String(node.value);
  return typeof node === 'string' ? node : undefined;
}

function isNullNode(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

/** A copy of `node` with aliases replaced by copies of what they point at, so it can move between documents. */
function detach(node: unknown, doc: Document, depth = 0): unknown {
  if (depth > 200) throw new Error('values nested too deeply');
  if (isAlias(node)) return detach(node.resolve(doc), doc, depth + 1);
  if (isMap(node) || isSeq(node)) {
    const copy = node.clone() as YAMLMap | import('yaml').YAMLSeq;
    copy.items = (node.items as unknown[]).map((it) => {
      if (isPair(it)) {
        const p = new Pair(detach(it.key, doc, depth + 1), detach(it.value, doc, depth + 1));
        return p;
      }
      return detach(it, doc, depth + 1);
    }) as never;
    return copy;
  }
  if (isNode(node)) return node.clone();
  return node;
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => keyOf(p.key) === key) as Pair | undefined;
}

/**
 * Helm's coalescing on document nodes, so comments travel with the values: maps merge key by key,
 * anything else is replaced by the overriding node (with its comments; the base node's comments
 * stay where the override has none), and a null deletes the key.
 */
export function mergeNodes(base: unknown, over: unknown): unknown {
  if (isMap(base) && isMap(over)) {
    if (over.commentBefore) base.commentBefore = over.commentBefore;
    if (over.comment) base.comment = over.comment;
    for (const op of over.items) {
      const key = keyOf(op.key);
      if (key === undefined) continue;
      const bp = findPair(base, key);
      if (isNullNode(op.value)) {
        if (bp) base.items.splice(base.items.indexOf(bp), 1);
        continue;
      }
      if (bp) {
        const bk = bp.key as YamlNode | undefined;
        const ok = op.key as YamlNode | undefined;
        if (isNode(ok) && isNode(bk)) {
          if (ok.commentBefore) bk.commentBefore = ok.commentBefore;
          if (ok.spaceBefore) bk.spaceBefore = true;
        }
        bp.value = mergeNodes(bp.value, op.value);
      } else {
        base.items.push(new Pair(op.key, op.value));
      }
    }
    return base;
  }
  if (isNode(over) && isNode(base)) {
    if (!over.commentBefore && base.commentBefore) over.commentBefore = base.commentBefore;
    if (!over.comment && base.comment) over.comment = base.comment;
  }
  return over;
}

function nodeAt(doc: Document, path: Path): unknown {
  let node: unknown = doc.contents;
  for (const seg of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) node = findPair(node, String(seg))?.value;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return undefined;
  }
  return isAlias(node) ? node.resolve(doc) : node;
}

/** Substitutes macros in every string scalar under `node`; `path` is relative to the chart values. */
function substituteNodes(node: unknown, macros: MacroValues, events: MacroEvent[], path: Path): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string') {
      node.value = substituteString(node.value, macros, (macro, kind, reason) => events.push({ path, macro, kind, reason }));
    }
  } else if (isMap(node)) {
    for (const p of node.items) substituteNodes(p.value, macros, events, [...path, keyOf(p.key) ?? '']);
  } else if (isSeq(node)) {
    node.items.forEach((it, i) => substituteNodes(it, macros, events, [...path, i]));
  }
}

/**
 * `values` (a copy) with each subchart's defaults underneath its key: the parent's values for the
 * subchart win key by key and a null there deletes a default, as in Helm. The parent's key order
 * stays; a subchart the parent does not mention is appended.
 */
function withSubchartDefaults(values: unknown, subcharts: readonly { key: string; doc: Document }[]): unknown {
  const map = isMap(values) ? values : new YAMLMap();
  for (const sub of subcharts) {
    const defaults = sub.doc.contents;
    if (!isMap(defaults)) continue;
    const base = detach(defaults, sub.doc);
    const pair = findPair(map, sub.key);
    if (!pair) map.items.push(new Pair(new Scalar(sub.key), base));
    else if (isMap(pair.value)) pair.value = mergeNodes(base, pair.value);
    // a non-map value (or null) for the subchart replaces/deletes its defaults, as Helm does
  }
  return map;
}

/**
 * The chart's complete values: each layer's node at `layer.at` merged over the previous ones,
 * macros substituted (events carry paths relative to the chart values), normalised
 * (block style, canonical quoting, no anchors) with the comments the sources had.
 */
export function mergeChartValues(layers: readonly ValuesLayer[], macros: MacroValues, events: MacroEvent[]): string {
  let merged: unknown = undefined;
  for (const layer of layers) {
    let node = nodeAt(layer.doc, layer.at);
    if ((node === undefined || isNullNode(node)) && layer.subcharts?.length) node = new YAMLMap();
    if (node === undefined || isNullNode(node)) continue;
    let copy = detach(node, layer.doc);
    if (layer.subcharts?.length) copy = withSubchartDefaults(copy, layer.subcharts);
    merged = merged === undefined ? copy : mergeNodes(merged, copy);
  }
  if (merged === undefined) merged = new YAMLMap();
  substituteNodes(merged, macros, events, []);
  const out = emitDocument(null);
  out.contents = (isNode(merged) ? merged : new Scalar(merged)) as never;
  const head = layers[0] && nodeAt(layers[0].doc, layers[0].at) === layers[0].doc.contents ? layers[0].doc.commentBefore : undefined;
  if (head) out.commentBefore = head;
  return stringifyDocument(normaliseDocument(out));
}
