/** Reads the upstream metallb chart data (tests only; never copied into the project). */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const UPSTREAM_DIR = fileURLToPath(new URL('../../../shared/metallb-upstream/', import.meta.url));
export const TAGS = ['v0.13.12', 'v0.14.9', 'v0.15.3', 'v0.16.1'] as const;
export const haveUpstream = TAGS.every((t) => existsSync(`${UPSTREAM_DIR}${t}/chart-values.yaml`));

type Json = Record<string, unknown>;

export function chartValues(tag: string): Json {
  return parse(readFileSync(`${UPSTREAM_DIR}${tag}/chart-values.yaml`, 'utf8')) as Json;
}

export function chartSchema(tag: string): Json {
  return JSON.parse(readFileSync(`${UPSTREAM_DIR}${tag}/chart-values.schema.json`, 'utf8')) as Json;
}

function isObj(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Resolves a local `#/definitions/...` pointer of the upstream schema. */
function deref(root: Json, s: Json): Json {
  let cur = s;
  for (let i = 0; i < 10 && typeof cur['$ref'] === 'string'; i++) {
    let t: unknown = root;
    for (const seg of (cur['$ref'] as string).replace(/^#\//, '').split('/')) t = isObj(t) ? t[seg] : undefined;
    cur = isObj(t) ? t : {};
  }
  return cur;
}

/** Declared properties of a (possibly allOf-composed) object schema. */
export function declaredProperties(root: Json, s: Json): Record<string, Json> {
  const d = deref(root, s);
  const out: Record<string, Json> = {};
  for (const part of [d, ...((d['allOf'] as Json[] | undefined) ?? []).map((p) => deref(root, p))]) {
    if (part !== d && isObj(part['properties'])) Object.assign(out, part['properties']);
    if (part === d && isObj(d['properties'])) Object.assign(out, d['properties']);
  }
  return out;
}

/**
 * A value that exercises every declared property of an upstream schema node. `alt` picks which
 * anyOf alternative to take (0 = first, 1 = last), so both shapes of a nullable field are covered.
 * Object nodes without declared properties are free-form: a nested arbitrary key proves it.
 */
export function sampleFor(root: Json, node: Json, alt: 0 | 1, skip: (key: string) => boolean = () => false): unknown {
  const s = deref(root, node);
  if (Array.isArray(s['anyOf'])) {
    const alts = s['anyOf'] as Json[];
    return sampleFor(root, alt === 0 ? alts[0]! : alts[alts.length - 1]!, alt, skip);
  }
  if (Array.isArray(s['enum'])) {
    const e = s['enum'] as unknown[];
    return alt === 0 ? e[0] : e[e.length - 1];
  }
  const type = s['type'] ?? (s['allOf'] || s['properties'] ? 'object' : undefined);
  switch (type) {
    case 'string':
      return 'sample';
    case 'integer':
    case 'number':
      return typeof s['minimum'] === 'number' ? s['minimum'] : typeof s['maximum'] === 'number' ? s['maximum'] : 7;
    case 'boolean':
      return alt === 0;
    case 'null':
      return null;
    case 'array':
      return isObj(s['items']) ? [sampleFor(root, s['items'], alt, skip)] : ['sample'];
    case 'object': {
      const props = declaredProperties(root, s);
      const keys = Object.keys(props).filter((k) => !skip(k));
      if (!keys.length) {
        if (isObj(s['additionalProperties'])) return { someKey: sampleFor(root, s['additionalProperties'], alt, skip) };
        return { anyKey: { nested: ['free', 1] } };
      }
      return Object.fromEntries(keys.map((k) => [k, sampleFor(root, props[k]!, alt, skip)]));
    }
    default:
      return 'sample';
  }
}

/** Dotted key paths of a values.yaml (every mapping key, at any depth). */
export function valuePaths(v: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (!isObj(v)) return out;
  for (const [k, child] of Object.entries(v)) {
    const p = prefix ? `${prefix}.${k}` : k;
    out.add(p);
    valuePaths(child, p, out);
  }
  return out;
}

/** Dotted property paths declared by an upstream schema. */
export function schemaPaths(root: Json, node: Json = root, prefix = '', out = new Set<string>(), depth = 0): Set<string> {
  if (depth > 12) return out;
  for (const [k, child] of Object.entries(declaredProperties(root, node))) {
    const p = prefix ? `${prefix}.${k}` : k;
    out.add(p);
    schemaPaths(root, child, p, out, depth + 1);
  }
  return out;
}

/** Sets `value` at a dotted path, creating maps on the way. */
export function withPath(path: string, value: unknown): Json {
  const segs = path.split('.');
  const out: Json = {};
  let cur = out;
  segs.forEach((s, i) => {
    if (i === segs.length - 1) cur[s] = value;
    else cur = cur[s] = {} as Json;
  });
  return out;
}
