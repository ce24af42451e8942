/** A parsed `WWW-Authenticate` challenge (RFC 7235): scheme plus auth-params. */
export interface Challenge {
  scheme: 'basic' | 'bearer' | string;
  params: Record<string, string>;
}

/**
 * Every challenge of one or several WWW-Authenticate headers. One header may hold several challenges
 * (`Basic realm="a", Bearer realm="b",service="c"`); quoted values may hold commas and escapes.
 */
export function parseChallenges(header: string | string[] | undefined): Challenge[] {
  const out: Challenge[] = [];
  for (const h of Array.isArray(header) ? header : header ? [header] : []) {
    // a scheme token, or an auth-param (name = token | quoted-string), separated by commas and spaces
    const re = /\s*,?\s*(?:([\w!#$%&'*+.^`|~-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))|([\w!#$%&'*+.^`|~-]+))/y;
    let current: Challenge | undefined;
    for (let m = re.exec(h); m && m[0] !== ''; m = re.exec(h)) {
      if (m[4] !== undefined) {
        // a token68 right after the scheme (e.g. `Negotiate abc=`) is not a new scheme: only names start one
        current = { scheme: m[4].toLowerCase(), params: {} };
        out.push(current);
      } else if (current) {
        current.params[m[1]!.toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
      }
    }
  }
  return out;
}

/** The challenge to answer: Bearer when offered (token flow), else Basic, else the first one. */
export function parseChallenge(header: string | string[] | undefined): Challenge | undefined {
  const all = parseChallenges(header);
  return all.find((c) => c.scheme === 'bearer') ?? all.find((c) => c.scheme === 'basic') ?? all[0];
}
