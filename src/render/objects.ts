import { KINDS, type Kind, type MObject } from '../metallb/model.js';
import { isPlainObject } from '../values/layers.js';
import { setOwn } from './own.js';
import type { Version } from '../metallb/version.js';

/** One MetalLB object as a template receives it: normalised and in its target apiVersion. */
export interface RenderObject {
  kind: Kind;
  apiVersion: string;
  name: string;
  namespace: string;
  /** null when there are none (the template leaves `labels` out) */
  labels: Record<string, string> | null;
  spec: Record<string, unknown>;
}

/**
 * The apiVersion each kind is served and stored as in MetalLB 0.13 … 0.16: BGPPeer v1beta2
 * (v1beta1 is deprecated; its fields are a subset, so v1beta1 input is written as v1beta2),
 * every other kind v1beta1.
 */
export function targetApiVersion(kind: Kind, _version: Version): string {
  return kind === 'BGPPeer' ? 'metallb.io/v1beta2' : 'metallb.io/v1beta1';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Maps with their keys sorted (code point order, as Helm's toYaml does); arrays keep their order. */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort(compare)) setOwn(out, k, sortKeysDeep(value[k]));
    return out;
  }
  return value;
}

/** Fixed kind order (IPAddressPool … BFDProfile), then name. */
export function compareObjects(a: { kind: Kind; name: string }, b: { kind: Kind; name: string }): number {
  return KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || compare(a.name, b.name);
}

/** The model's objects → render objects for `version`, sorted, with `namespace` where none is written. */
export function toRenderObjects(objects: readonly MObject[], version: Version, namespace: string): RenderObject[] {
  return objects
    .map((o) => {
      const labels = sortKeysDeep(o.labels) as Record<string, string>;
      return {
        kind: o.kind,
        apiVersion: targetApiVersion(o.kind, version),
        name: o.name,
        namespace: o.namespace ?? namespace,
        labels: Object.keys(labels).length ? labels : null,
        spec: sortKeysDeep(o.spec) as Record<string, unknown>,
      };
    })
    .sort(compareObjects);
}

/** `ipaddresspool-first-pool.yaml`; characters unsafe in a file name become `_`. */
export function objectFileName(kind: string, name: string): string {
  let safe = name.replace(/[^A-Za-z0-9._-]/g, '_');
  if (safe === '' || /^\.+$/.test(safe)) safe = `_${safe}`;
  return `${kind.toLowerCase()}-${safe}.yaml`;
}

/** File names for a sorted list, made unique with `-2`, `-3` … where two names collapse to one
 * (case-insensitively, for case-insensitive file systems). */
export function uniqueFileNames(items: readonly { kind: string; name: string }[]): string[] {
  const used = new Set<string>();
  return items.map((it) => {
    const base = objectFileName(it.kind, it.name);
    let file = base;
    for (let n = 2; used.has(file.toLowerCase()); n++) file = base.replace(/\.yaml$/, `-${n}.yaml`);
    used.add(file.toLowerCase());
    return file;
  });
}
