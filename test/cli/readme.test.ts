import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleDescriptions } from '../../src/cli/rule-catalog.js';
import { FORMATS } from '../../src/cli/commands/validate.js';
import { ROOT } from './helpers.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README.md', () => {
  it('starts with the set-up-and-run command and the test command', () => {
    const head = readme.split('\n').slice(0, 8).join('\n');
    expect(head).toContain('npm ci && npm run build && node bin/spectro-pack.js validate packs/*');
    expect(head).toContain('npm ci && npm test');
  });

  it('has a row for every rule code in the catalog (regenerate: npm run build && node bench/readme-rules.mjs --write)', () => {
    const start = readme.indexOf('<!-- rules:start');
    const end = readme.indexOf('<!-- rules:end -->');
    expect(start).toBeGreaterThan(-1);
    const table = readme.slice(start, end);
    const missing = Object.keys(ruleDescriptions()).filter((code) => !table.includes(`| \`${code}\` |`));
    expect(missing, `codes missing from README.md; run: npm run build && node bench/readme-rules.mjs --write`).toEqual([]);
  });

  it('documents every validate option and format, and the exit codes', () => {
    for (const opt of ['--metallb-version', '--bgp-mode', '--values', '--format', '--fail-on', '--no-color', 'NO_COLOR', 'FORCE_COLOR']) expect(readme).toContain(opt);
    for (const f of FORMATS) expect(readme).toContain(`**${f}**`);
    expect(readme).toMatch(/## Exit codes|### Exit codes/);
  });
});
