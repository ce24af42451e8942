/**
 * Appends `key=value` to an upload Location that may be absolute or relative and may already carry a query
 * (distribution's `_state=…`): the existing query is kept byte for byte, never re-encoded.
 */
export function appendQuery(location: string, base: string, key: string, value: string): string {
  const abs = new URL(location, base).href;
  const hash = abs.indexOf('#');
  const head = hash >= 0 ? abs.slice(0, hash) : abs;
  const sep = !head.includes('?') ? '?' : head.endsWith('?') || head.endsWith('&') ? '' : '&';
  return `${head}${sep}${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
}
