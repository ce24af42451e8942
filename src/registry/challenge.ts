/** A parsed `WWW-Authenticate` challenge (RFC 7235): scheme plus auth-params. */
export interface Challenge {
  scheme: 'basic' | 'bearer' | string;
  params: Record<string, string>;
}

/** Parses the first challenge of a WWW-Authenticate header; quoted values may hold commas and escapes. */
export function parseChallenge(header: string | string[] | undefined): Challenge | undefined {
  const h = Array.isArray(header) ? header[0] : header;
  if (!h) return undefined;
  const m = /^\s*([A-Za-z][\w-]*)\s*/.exec(h);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  const re = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/gy;
  re.lastIndex = m[0].length;
  for (let p = re.exec(h); p; p = re.exec(h)) {
    params[p[1]!.toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '');
  }
  return { scheme: m[1]!.toLowerCase(), params };
}
