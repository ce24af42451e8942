import { compileSelectorList } from '../metallb/label-selector.js';
import type { NodeDoc } from '../metallb/model.js';
import { isPlainObject } from '../values/layers.js';

export const ALL_NODES = 'all nodes';

function values(e: Record<string, unknown>): string {
  return Array.isArray(e['values']) ? e['values'].map(String).join(',') : '?';
}

/** One LabelSelector in kubectl's selector syntax (`k=v,k2 in (a,b),!k3`); `{}` is everything. */
export function selectorText(sel: unknown): string {
  if (!isPlainObject(sel)) return '?';
  const parts: string[] = [];
  if (isPlainObject(sel['matchLabels'])) for (const [k, v] of Object.entries(sel['matchLabels'])) parts.push(`${k}=${String(v ?? '')}`);
  if (Array.isArray(sel['matchExpressions'])) {
    for (const e of sel['matchExpressions']) {
      if (!isPlainObject(e)) {
        parts.push('?');
        continue;
      }
      const key = String(e['key']);
      switch (e['operator']) {
        case 'In':
          parts.push(`${key} in (${values(e)})`);
          break;
        case 'NotIn':
          parts.push(`${key} notin (${values(e)})`);
          break;
        case 'Exists':
          parts.push(key);
          break;
        case 'DoesNotExist':
          parts.push(`!${key}`);
          break;
        default:
          parts.push(`${key} ${String(e['operator'])} ?`);
      }
    }
  }
  return parts.join(',');
}

/** A nodeSelectors list (OR of selectors) as text: "all nodes" when absent, empty or holding `{}`. */
export function nodeSelectorsText(list: unknown): string {
  if (list === undefined || list === null) return ALL_NODES;
  if (!Array.isArray(list)) return typeof list === 'string' ? list : '?';
  const texts = list.map(selectorText);
  if (texts.length === 0 || texts.includes('')) return ALL_NODES;
  return texts.join(' or ');
}

/** Names of the given Nodes a nodeSelectors list matches (all of them when it is absent or empty). */
export function matchingNodes(list: unknown, nodes: readonly NodeDoc[]): string[] {
  const selectors = Array.isArray(list) ? list : [];
  const match = selectors.length === 0 ? () => true : compileSelectorList(selectors);
  return nodes.filter((n) => match(n.labels) === true).map((n) => n.name);
}
