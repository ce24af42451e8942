import { parseFormat, type Format } from './format.js';

/** One schema.yaml entry: `{{ required | readonly | format "${TYPE}" | hints "text" }}`. */
export interface SchemaExpr {
  required: boolean;
  readonly: boolean;
  format?: Format;
  hints: string[];
}

export type SchemaProblemCode = 'pack-schema/syntax' | 'pack-schema/unknown-function' | 'pack-schema/unknown-type' | 'pack-schema/bad-regex';

export interface SchemaProblem {
  code: SchemaProblemCode;
  message: string;
}

export const FUNCTIONS = ['required', 'readonly', 'format', 'hints'] as const;

type Token = { kind: 'ident' | 'string' | 'number' | 'pipe'; text: string; at: number };

const GO_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', "'": "'", a: '\x07', b: '\b', f: '\f', v: '\v' };

/** Splits the inside of `{{ … }}` into identifiers, Go string literals, numbers and pipes. */
function tokenize(src: string): { tokens: Token[]; error?: string } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '|') {
      tokens.push({ kind: 'pipe', text: '|', at: i++ });
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))![0];
      tokens.push({ kind: 'ident', text: m, at: i });
      i += m.length;
    } else if (/[-0-9]/.test(c)) {
      const m = /^-?\d+(\.\d+)?/.exec(src.slice(i));
      if (!m) return { tokens, error: `unexpected "${c}" at offset ${i}` };
      tokens.push({ kind: 'number', text: m[0], at: i });
      i += m[0].length;
    } else if (c === '`') {
      const end = src.indexOf('`', i + 1);
      if (end === -1) return { tokens, error: 'unterminated `raw string`' };
      tokens.push({ kind: 'string', text: src.slice(i + 1, end), at: i });
      i = end + 1;
    } else if (c === '"') {
      let out = '';
      let j = i + 1;
      for (; j < src.length && src[j] !== '"'; j++) {
        if (src[j] === '\\') {
          const e = src[j + 1];
          if (e === undefined || !(e in GO_ESCAPES)) return { tokens, error: `unknown escape "\\${e ?? ''}" in a quoted string; write \\\\ for a backslash` };
          out += GO_ESCAPES[e];
          j++;
        } else out += src[j];
      }
      if (j >= src.length) return { tokens, error: 'unterminated "quoted string"' };
      tokens.push({ kind: 'string', text: out, at: i });
      i = j + 1;
    } else {
      return { tokens, error: `unexpected "${c}" at offset ${i}` };
    }
  }
  return { tokens };
}

/** Parses one schema expression; problems say what is wrong, the expression holds what could be read. */
export function parseSchemaExpr(text: string): { expr: SchemaExpr; problems: SchemaProblem[] } {
  const expr: SchemaExpr = { required: false, readonly: false, hints: [] };
  const problems: SchemaProblem[] = [];
  const syntax = (message: string) => problems.push({ code: 'pack-schema/syntax', message });
  const m = /^\s*\{\{-?([\s\S]*?)-?\}\}\s*$/.exec(text);
  if (!m) {
    syntax(`"${text}" is not a {{ … }} expression; write e.g. '{{ required | format "\${string}" }}'`);
    return { expr, problems };
  }
  const { tokens, error } = tokenize(m[1]!);
  if (error) {
    syntax(error);
    return { expr, problems };
  }
  const stages: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'pipe') stages.push([]);
    else stages[stages.length - 1]!.push(t);
  }
  if (tokens.length === 0) return { expr, problems };
  for (const stage of stages) {
    const [head, ...args] = stage;
    if (!head) {
      syntax('empty stage in the pipeline (two "|" in a row, or one at an end)');
      continue;
    }
    if (head.kind !== 'ident') {
      syntax(`a pipeline stage starts with ${head.kind} "${head.text}"; it must start with a function name`);
      continue;
    }
    const strings = args.filter((a) => a.kind === 'string').map((a) => a.text);
    switch (head.text) {
      case 'required':
      case 'readonly':
        if (args.length) syntax(`${head.text} takes no arguments`);
        expr[head.text] = true;
        break;
      case 'format': {
        if (args.length !== 1 || strings.length !== 1) {
          syntax('format takes one quoted string, e.g. format "${ipv4}"');
          break;
        }
        if (expr.format) syntax('format is given twice');
        const parsed = parseFormat(strings[0]!);
        problems.push(...parsed.problems);
        if (parsed.problems.length === 0) expr.format = parsed.format;
        break;
      }
      case 'hints':
        if (args.length === 0 || strings.length !== args.length) syntax('hints takes one or more quoted strings');
        expr.hints.push(...strings);
        break;
      default:
        problems.push({ code: 'pack-schema/unknown-function', message: `unknown function "${head.text}"; use ${FUNCTIONS.join(', ')}` });
    }
  }
  return { expr, problems };
}
