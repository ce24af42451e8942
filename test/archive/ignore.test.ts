import { describe, expect, it } from 'vitest';
import { BUILTIN_EXCLUDES, IgnoreMatcher } from '../../src/archive/ignore.js';

describe('IgnoreMatcher (gitignore syntax)', () => {
  const cases: [string, string, boolean, boolean][] = [
    // pattern(s), path, isDir, ignored
    ['*.log', 'a.log', false, true],
    ['*.log', 'deep/x/a.log', false, true],
    ['*.log', 'a.logx', false, false],
    ['/top.txt', 'top.txt', false, true],
    ['/top.txt', 'sub/top.txt', false, false],
    ['docs/*.md', 'docs/a.md', false, true],
    ['docs/*.md', 'docs/sub/a.md', false, false],
    ['docs/**/*.md', 'docs/sub/deeper/a.md', false, true],
    ['docs/**/*.md', 'docs/a.md', false, true],
    ['**/tmp', 'a/b/tmp', true, true],
    ['build/', 'build', true, true],
    ['build/', 'build', false, false],
    ['build/', 'build/x.txt', false, true],
    ['secret/**', 'secret/a/b', false, true],
    ['file?.txt', 'file1.txt', false, true],
    ['file?.txt', 'file10.txt', false, false],
    ['[abc].txt', 'b.txt', false, true],
    ['[!abc].txt', 'b.txt', false, false],
    ['*.yaml\n!keep.yaml', 'keep.yaml', false, false],
    ['*.yaml\n!keep.yaml', 'drop.yaml', false, true],
    ['dir/\n!dir/keep.txt', 'dir/keep.txt', false, true], // a file under an excluded folder cannot be re-included
    ['# comment\n\n\\#hash', '#hash', false, true],
    ['\\!bang', '!bang', false, true],
    ['a/b', 'x/a/b', false, false],
  ];
  it.each(cases)('%j vs %s (dir=%s) → %s', (patterns, path, isDir, ignored) => {
    expect(new IgnoreMatcher(patterns).ignores(path, isDir)).toBe(ignored);
  });

  it('built-in excludes catch VCS, editor and OS litter at any depth', () => {
    const m = new IgnoreMatcher(BUILTIN_EXCLUDES);
    for (const p of ['.git', 'charts/x/.git', '.DS_Store', 'a/Thumbs.db', 'values.yaml~', '.values.yaml.swp', '.idea', '.vscode', 'node_modules', '.svn', '.hg']) {
      expect(m.ignores(p, false) || m.ignores(p, true), p).toBe(true);
    }
    expect(m.ignores('values.yaml', false)).toBe(false);
  });
});
