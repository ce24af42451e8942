import type { SchemaProblem } from './pipeline.js';

export const FORMAT_TYPES = ['string', 'number', 'boolean', 'password', 'list', 'ipv4', 'version'] as const;
export type FormatType = (typeof FORMAT_TYPES)[number];

export type FormatPart =
  | { kind: 'literal'; text: string }
  | { kind: 'placeholder'; type: FormatType; source: string; range?: [number, number]; options?: string[]; regex?: RegExp };

/** A parsed `format "…"` argument: literals and `${type[:arg]}` placeholders, e.g. `${ipv4} - ${ipv4}`. */
export interface Format {
  source: string;
  parts: FormatPart[];
}

/** RE2 → JavaScript: named groups `(?P<n>` and leading inline flags `(?i)`; the rest is shared syntax. */
export function compileRe2(re: string): RegExp {
  let flags = '';
  let body = re;
  const lead = /^\(\?([imsU]+)\)/.exec(body);
  if (lead) {
    if (/U/.test(lead[1]!)) throw new Error('the U (ungreedy) flag has no JavaScript equivalent');
    flags = [...new Set(lead[1]!.split(''))].join('');
    body = body.slice(lead[0].length);
  }
  body = body.replace(/\(\?P</g, '(?<').replace(/\\z/g, '$');
  return new RegExp(body, flags);
}

function placeholder(type: string, arg: string | undefined, source: string, problems: SchemaProblem[]): FormatPart | undefined {
  if (!(FORMAT_TYPES as readonly string[]).includes(type)) {
    problems.push({ code: 'pack-schema/unknown-type', message: `unknown format type "${type}" in ${source}; use ${FORMAT_TYPES.join(', ')}` });
    return undefined;
  }
  const t = type as FormatType;
  if (arg === undefined) return { kind: 'placeholder', type: t, source };
  if (t === 'number') {
    const m = /^\[\s*(-?\d+(?:\.\d+)?)\s*-\s*(-?\d+(?:\.\d+)?)\s*\]$/.exec(arg);
    if (!m || Number(m[1]) > Number(m[2])) {
      problems.push({ code: 'pack-schema/syntax', message: `${source}: a number range is written [MIN-MAX] with MIN ≤ MAX, e.g. \${number:[5000-5005]}` });
      return undefined;
    }
    return { kind: 'placeholder', type: t, source, range: [Number(m[1]), Number(m[2])] };
  }
  if (t === 'list') {
    const m = /^\[(.*)\]$/.exec(arg);
    const options = m ? m[1]!.split(',').map((o) => o.trim()).filter((o) => o !== '') : [];
    if (!m || options.length === 0) {
      problems.push({ code: 'pack-schema/syntax', message: `${source}: list options are written [A,B,C], e.g. \${list:[layer2,bgp]}` });
      return undefined;
    }
    return { kind: 'placeholder', type: t, source, options };
  }
  if (t === 'string' || t === 'password') {
    const m = /^\/([\s\S]*)\/$/.exec(arg);
    if (!m) {
      problems.push({ code: 'pack-schema/syntax', message: `${source}: a pattern is written /RE/, e.g. \${string:/^[a-z]+$/}` });
      return undefined;
    }
    try {
      return { kind: 'placeholder', type: t, source, regex: compileRe2(m[1]!) };
    } catch (e) {
      problems.push({ code: 'pack-schema/bad-regex', message: `${source}: the pattern does not compile: ${(e as Error).message.replace(/^Invalid regular expression: /, '')}` });
      return undefined;
    }
  }
  problems.push({ code: 'pack-schema/syntax', message: `${source}: type ${t} takes no argument; write \${${t}}` });
  return undefined;
}

/** Parses a format string; `${` starts a placeholder, `/…/}` closes a pattern, `}` anything else. */
export function parseFormat(source: string): { format: Format; problems: SchemaProblem[] } {
  const parts: FormatPart[] = [];
  const problems: SchemaProblem[] = [];
  let i = 0;
  let literal = '';
  while (i < source.length) {
    if (!source.startsWith('${', i)) {
      literal += source[i++];
      continue;
    }
    const m = /^\$\{([A-Za-z0-9_]*)(:?)/.exec(source.slice(i))!;
    let end: number;
    let arg: string | undefined;
    const argStart = i + m[0].length;
    if (m[2] === ':') {
      end = source[argStart] === '/' ? source.indexOf('/}', argStart + 1) + 1 : source.indexOf('}', argStart);
      if (end <= 0) {
        problems.push({ code: 'pack-schema/syntax', message: `unterminated placeholder in "${source}"` });
        break;
      }
      arg = source.slice(argStart, end);
    } else {
      end = argStart;
      if (source[end] !== '}') {
        problems.push({ code: 'pack-schema/syntax', message: `unterminated placeholder in "${source}"; write \${TYPE} or \${TYPE:ARG}` });
        break;
      }
    }
    if (literal) parts.push({ kind: 'literal', text: literal });
    literal = '';
    const part = placeholder(m[1]!, arg, source.slice(i, end + 1), problems);
    if (part) parts.push(part);
    i = end + 1;
  }
  if (literal) parts.push({ kind: 'literal', text: literal });
  if (!parts.some((p) => p.kind === 'placeholder') && problems.length === 0) {
    problems.push({ code: 'pack-schema/syntax', message: `format "${source}" has no \${TYPE} placeholder` });
  }
  return { format: { source, parts }, problems };
}
