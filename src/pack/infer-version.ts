import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isPlainObject } from '../values/layers.js';
import type { PackKind } from './pack-kind.js';

const CONTROLLER_TAG = /(?:^|\/)controller:v?(\d+\.\d+\.\d+)$/;

function get(v: unknown, path: string[]): unknown {
  let cur = v;
  for (const p of path) cur = isPlainObject(cur) ? cur[p] : undefined;
  return cur;
}

/**
 * The MetalLB version a values file is for, when it is validated on its own (no pack directory):
 * the pack.json beside it if that is a MetalLB pack, else the controller image tag the values deploy
 * (`manifests.metallb.images.controller`, `pack.content.images`, the chart's `controller.image.tag`).
 */
export function inferValuesVersion(valuesFile: string | undefined, values: unknown, packKind: PackKind): string | undefined {
  if (valuesFile) {
    const pj = join(dirname(valuesFile), 'pack.json');
    if (existsSync(pj)) {
      try {
        const meta = JSON.parse(readFileSync(pj, 'utf8')) as unknown;
        const name = get(meta, ['name']);
        const version = get(meta, ['version']);
        if ((name === 'lb-metallb' || name === 'lb-metallb-helm') && typeof version === 'string') return version;
      } catch {
        // a broken pack.json is reported when the pack directory is validated; fall through
      }
    }
  }
  const candidates: unknown[] = [];
  if (packKind === 'lb-metallb') candidates.push(get(values, ['manifests', 'metallb', 'images', 'controller']));
  const images = get(values, ['pack', 'content', 'images']);
  if (Array.isArray(images)) for (const i of images) candidates.push(get(i, ['image']));
  for (const c of candidates) {
    const m = typeof c === 'string' ? CONTROLLER_TAG.exec(c.trim()) : null;
    if (m) return m[1];
  }
  const tag = get(values, ['charts', 'metallb-full', 'metallb', 'controller', 'image', 'tag']);
  if (typeof tag === 'string') return /^v?(\d+\.\d+\.\d+)$/.exec(tag.trim())?.[1];
  return undefined;
}
