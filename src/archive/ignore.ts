/**
 * A gitignore-syntax matcher (.packignore, .helmignore): blank lines and `#` comments skipped;
 * `!` negates; a trailing `/` matches directories only; a pattern with a `/` before its end (or a
 * leading `/`) is anchored at the root, otherwise it matches a name at any depth; `*` and `?` do not
 * cross `/`; `**` crosses directories; `[a-z]`/`[!a-z]` classes; `\` escapes. The last matching
 * pattern wins, and nothing under an ignored directory can be re-included (as in git).
 */
interface Rule {
  negate: boolean;
  dirOnly: boolean;
  re: RegExp;
  source: string;
}

/** Junk that never belongs in an archive: VCS folders, editor and OS litter, node_modules. */
export const BUILTIN_EXCLUDES: readonly string[] = [
  '.git',
  '.svn',
  '.hg',
  '.DS_Store',
  'Thumbs.db',
  '*~',
  '*.swp',
  '.idea',
  '.vscode',
  'node_modules',
];

export class IgnoreMatcher {
  private readonly rules: Rule[] = [];

  constructor(...patternSets: (readonly string[] | string)[]) {
    for (const set of patternSets) this.add(set);
  }

  /** Adds patterns: an array of lines or the text of an ignore file. */
  add(patterns: readonly string[] | string): this {
    const lines = typeof patterns === 'string' ? patterns.split(/\r?\n/) : patterns;
    for (const line of lines) {
      const rule = compile(line);
      if (rule) this.rules.push(rule);
    }
    return this;
  }

  /** Is this '/'-separated relative path ignored (itself or through an ignored ancestor directory)? */
  ignores(relPath: string, isDir: boolean): boolean {
    const parts = relPath.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      if (this.matchesSelf(parts.slice(0, i).join('/'), true)) return true;
    }
    return this.matchesSelf(parts.join('/'), isDir);
  }

  /** The verdict for the path alone (the walker asks for each directory before descending). */
  matchesSelf(relPath: string, isDir: boolean): boolean {
    let ignored = false;
    for (const r of this.rules) {
      if (r.dirOnly && !isDir) continue;
      if (r.negate === !ignored) continue; // cannot change the verdict
      if (r.re.test(relPath)) ignored = !r.negate;
    }
    return ignored;
  }
}

function compile(raw: string): Rule | undefined {
  let line = raw.replace(/(?<!\\)\s+$/, '');
  if (line === '' || line.startsWith('#')) return undefined;
  let negate = false;
  if (line.startsWith('!')) {
    negate = true;
    line = line.slice(1);
  } else if (line.startsWith('\\!') || line.startsWith('\\#')) {
    line = line.slice(1);
  }
  let dirOnly = false;
  if (line.endsWith('/') && !line.endsWith('\\/')) {
    dirOnly = true;
    line = line.replace(/\/+$/, '');
  }
  if (line === '') return undefined;
  const anchored = line.includes('/');
  if (line.startsWith('/')) line = line.slice(1);
  const body = globToRegex(line);
  const re = new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`);
  return { negate, dirOnly, re, source: raw };
}

function globToRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '\\' && i + 1 < glob.length) {
      out += escapeRe(glob[++i]!);
    } else if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const next = glob[i + 2];
        if (atStart && next === '/') {
          out += '(?:.*/)?';
          i += 2;
        } else if (atStart && next === undefined) {
          out += '.*';
          i += 1;
        } else {
          out += '[^/]*';
          i += 1;
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) {
        out += '\\[';
      } else {
        let cls = glob.slice(i + 1, end);
        if (cls.startsWith('!')) cls = `^${cls.slice(1)}`;
        out += `[${cls.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else {
      out += escapeRe(c);
    }
  }
  return out;
}

function escapeRe(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
