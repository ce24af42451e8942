import { isScalar, parseDocument } from 'yaml';
import type { Path } from '../diagnostics/diagnostic.js';
import { usageError } from '../core/errors.js';
import { isPlainObject } from '../values/layers.js';
import { setOwn } from './own.js';

/** One `--set path=value`. */
export interface SetAssignment {
  path: Path;
  value: unknown;
  raw: string;
}

/**
 * `a.b\.c[0].d` → ['a', 'b.c', 0, 'd'], like helm --set: dots separate keys, `\.` is a literal
 * dot (label keys such as `metallb\.io/x`), `[N]` indexes a list.
 */
export function parseSetPath(text: string, flag: string): Path {
  const path: Path = [];
  let cur = '';
  let pendingKey = true;
  const bad = (why: string) => usageError(`--set "${flag}": ${why}`, 'write --set dotted.path=value, e.g. --set charts.metallb-full.configuration.ipaddresspools.first-pool.spec.autoAssign=false');
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      cur += text[++i]!;
    } else if (c === '.') {
      if (pendingKey) {
        if (cur === '') throw bad('empty key');
        path.push(cur);
      }
      cur = '';
      pendingKey = true;
    } else if (c === '[') {
      const end = text.indexOf(']', i);
      const idx = end === -1 ? '' : text.slice(i + 1, end);
      if (!/^\d+$/.test(idx) || Number(idx) > 10000) throw bad(`bad list index "[${idx}"`);
      if (pendingKey) {
        if (cur === '') throw bad('a list index needs a key before it');
        path.push(cur);
      }
      path.push(Number(idx));
      cur = '';
      pendingKey = false;
      i = end;
      if (i + 1 < text.length && text[i + 1] !== '.' && text[i + 1] !== '[') throw bad('expected "." or "[" after "]"');
    } else {
      if (!pendingKey) throw bad('expected "." after "]"');
      cur += c;
    }
  }
  if (pendingKey) {
    if (cur === '') throw bad('empty key');
    path.push(cur);
  }
  return path;
}

/** The value of `--set`: a YAML scalar (`false`, `42`, `null`, `"x"`); anything else is a string. */
export function parseSetValue(raw: string): unknown {
  if (raw === '') return '';
  const doc = parseDocument(raw);
  if (doc.errors.length || !isScalar(doc.contents)) return raw;
  return doc.contents.value;
}

export function parseSetFlags(flags: readonly string[]): SetAssignment[] {
  return flags.map((f) => {
    const eq = f.indexOf('=');
    if (eq <= 0) throw usageError(`--set "${f}" is not path=value`, 'write --set dotted.path=value');
    return { path: parseSetPath(f.slice(0, eq), f), value: parseSetValue(f.slice(eq + 1)), raw: f };
  });
}

function clone<T>(v: T): T {
  return v === undefined ? v : (structuredClone(v) as T);
}

function getIn(value: unknown, path: Path): unknown {
  let cur = value;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number') cur = cur[seg];
    else if (isPlainObject(cur) && typeof seg === 'string' && Object.prototype.hasOwnProperty.call(cur, seg)) cur = cur[seg];
    else return undefined;
  }
  return cur;
}

/** Sets `path` in `root` (a map), creating maps and lists on the way (lists padded with null). */
function setIn(root: Record<string, unknown>, path: Path, value: unknown): void {
  let cur: Record<string, unknown> | unknown[] = root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    const nextIsIndex = !last && typeof path[i + 1] === 'number';
    const fresh = () => (nextIsIndex ? [] : {});
    if (Array.isArray(cur)) {
      const idx = seg as number;
      while (cur.length < idx) cur.push(null);
      if (last) cur[idx] = value;
      else {
        const child = cur[idx];
        if (!(nextIsIndex ? Array.isArray(child) : isPlainObject(child))) cur[idx] = fresh();
        cur = cur[idx] as Record<string, unknown> | unknown[];
      }
    } else {
      const key = String(seg);
      if (last) setOwn(cur, key, value);
      else {
        const child = Object.prototype.hasOwnProperty.call(cur, key) ? cur[key] : undefined;
        if (!(nextIsIndex ? Array.isArray(child) : isPlainObject(child))) setOwn(cur, key, fresh());
        cur = cur[key] as Record<string, unknown> | unknown[];
      }
    }
  }
}

/**
 * The values layer that `--set` assignments make over `base` (the merged values so far). Layers
 * merge like Helm (maps key by key, lists replaced whole, null deletes), so an assignment into a
 * list carries the whole list as changed; merging this layer over `base` gives exactly the
 * values with every assignment applied in order.
 */
export function setLayer(base: unknown, sets: readonly SetAssignment[]): Record<string, unknown> {
  const work: Record<string, unknown> = isPlainObject(base) ? (clone(base) as Record<string, unknown>) : {};
  const layer: Record<string, unknown> = {};
  for (const s of sets) {
    if (typeof s.path[0] !== 'string') throw usageError(`--set "${s.raw}": the path must start with a key`);
    setIn(work, s.path, s.value);
    const firstIndex = s.path.findIndex((p) => typeof p === 'number');
    const prefix = firstIndex === -1 ? s.path : s.path.slice(0, firstIndex);
    setIn(layer, prefix, clone(getIn(work, prefix)));
  }
  return layer;
}
