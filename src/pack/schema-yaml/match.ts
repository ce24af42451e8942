import type { Format, FormatPart } from './format.js';

type Placeholder = Extract<FormatPart, { kind: 'placeholder' }>;

const IPV4 = '\\d{1,3}(?:\\.\\d{1,3}){3}';
const NUMBER = '-?\\d+(?:\\.\\d+)?';
const VERSION = 'v?\\d+(?:\\.\\d+){0,2}(?:[-+][0-9A-Za-z.+-]+)?';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Literal text of a composition; a run of spaces matches any spacing (`a - b` and `a-b` alike). */
function literalPattern(text: string): string {
  return text.split(/(\s+)/).map((piece) => (/^\s+$/.test(piece) ? '\\s*' : escapeRe(piece))).join('');
}

function placeholderPattern(p: Placeholder): string {
  switch (p.type) {
    case 'number':
      return `(${NUMBER})`;
    case 'boolean':
      return '(true|false)';
    case 'ipv4':
      return `(${IPV4})`;
    case 'version':
      return `(${VERSION})`;
    case 'list':
      return p.options ? `(${p.options.map(escapeRe).join('|')})` : '([\\s\\S]*?)';
    default:
      return '([\\s\\S]*?)';
  }
}

/** Why one captured piece does not fit its placeholder, or undefined when it does. */
function checkPiece(p: Placeholder, text: string): string | undefined {
  if (p.type === 'ipv4' && text.split('.').some((o) => Number(o) > 255 || (o.length > 1 && o.startsWith('0')))) {
    return `"${text}" is not an IPv4 address`;
  }
  if (p.type === 'number' && p.range && (Number(text) < p.range[0] || Number(text) > p.range[1])) {
    return `${text} is outside ${p.range[0]}–${p.range[1]}`;
  }
  if (p.regex && !p.regex.test(text)) return `"${text}" does not match ${p.regex.source}`;
  return undefined;
}

function describe(format: Format): string {
  const only = format.parts.length === 1 && format.parts[0]!.kind === 'placeholder' ? format.parts[0] : undefined;
  if (only?.type === 'list' && only.options) return `one of ${only.options.join(', ')}`;
  if (only?.type === 'number' && only.range) return `a number in ${only.range[0]}–${only.range[1]}`;
  return `"${format.source}"`;
}

/** Does a scalar value match the format? Returns the reason when it does not. */
export function matchFormat(format: Format, value: unknown): string | undefined {
  const single = format.parts.length === 1 && format.parts[0]!.kind === 'placeholder' ? format.parts[0] : undefined;
  if (Array.isArray(value)) {
    if (single?.type !== 'list') return `is a list; expected ${describe(format)}`;
    for (const item of value) {
      const why = matchFormat(format, item);
      if (why) return why;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') return `is a mapping; expected ${describe(format)}`;
  if (single?.type === 'boolean' && typeof value !== 'boolean' && value !== 'true' && value !== 'false') {
    return `${JSON.stringify(value)} is not a boolean; write true or false`;
  }
  const text = value === null || value === undefined ? '' : String(value);
  const placeholders = format.parts.filter((p): p is Placeholder => p.kind === 'placeholder');
  const re = new RegExp(`^${format.parts.map((p) => (p.kind === 'literal' ? literalPattern(p.text) : placeholderPattern(p))).join('')}$`);
  const m = re.exec(text);
  if (!m) return `${JSON.stringify(text)} does not match ${describe(format)}`;
  for (let k = 0; k < placeholders.length; k++) {
    const why = checkPiece(placeholders[k]!, m[k + 1] ?? '');
    if (why) return `${why} (format ${describe(format)})`;
  }
  return undefined;
}
