import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { lintTemplate, templatesDir } from '../../src/render/templates.js';
import { initPack } from '../../src/actions/init.js';
import { scaffoldFiles } from '../../src/init/scaffold.js';
import { parseVersion } from '../../src/metallb/version.js';
import { GOLDEN, PACKS, listTree, tempDir } from './helpers.js';

/**
 * Golden scaffolds: test/init/golden/<case>/ holds every text file `init` writes for that case
 * (logo.png is checked against the bundled packs' logo instead). `UPDATE_GOLDEN=1 npx vitest run
 * test/init` rewrites them (review the diff); otherwise the output must match byte for byte.
 */
const CASES = [
  { golden: 'manifest-my-lb-0.16.1', name: 'my-lb', type: 'manifest', version: '0.16.1' },
  { golden: 'helm-my-lb-helm-0.14.9', name: 'my-lb-helm', type: 'helm', version: '0.14.9' },
] as const;

const BUNDLED_LOGO = readFileSync(join(PACKS, 'lb-metallb-0.13.5', 'logo.png'));
const isText = (rel: string) => !rel.endsWith('.png');

describe('golden scaffolds', () => {
  it.each(CASES.map((c) => [c.golden, c]))('%s', (_name, c) => {
    const files = scaffoldFiles(c.name, c.type, parseVersion(c.version)!);
    const dir = join(GOLDEN, c.golden);
    const texts = [...files].filter(([rel]) => isText(rel));
    if (process.env['UPDATE_GOLDEN']) {
      rmSync(dir, { recursive: true, force: true });
      for (const [rel, data] of texts) {
        mkdirSync(dirname(join(dir, rel)), { recursive: true });
        writeFileSync(join(dir, rel), data);
      }
    }
    expect(existsSync(dir), `${dir} is missing: run UPDATE_GOLDEN=1 npx vitest run test/init`).toBe(true);
    expect(listTree(dir)).toEqual(texts.map(([rel]) => rel));
    for (const [rel, data] of texts) expect(data, rel).toBe(readFileSync(join(dir, rel), 'utf8'));
    expect(files.get('logo.png')).toEqual(BUNDLED_LOGO);
  });
});

/**
 * A scaffold at a bundled pack's name and version is that pack: the same files, the same parsed
 * YAML/JSON (quoting may differ), the chart's Go templates, .helmignore and logo byte for byte.
 * READMEs are prose and only have to exist. This also catches drift between templates/init/ and
 * the bundled packs (e.g. a change to the metallb-full chart templates that was not copied).
 */
describe('scaffolds reproduce the bundled packs', () => {
  const base = tempDir();
  const bundled = [
    ['lb-metallb', 'manifest', '0.11.0'],
    ['lb-metallb', 'manifest', '0.13.5'],
    ['lb-metallb-helm', 'helm', '0.13.7'],
    ['lb-metallb-helm', 'helm', '0.16.1'],
  ] as const;
  it.each(bundled)('%s %s %s', (name, type, version) => {
    const ref = join(PACKS, `${name}-${version}`);
    if (!existsSync(ref)) return;
    const r = initPack(name, { type, metallbVersion: version, cwd: base });
    const theirs = listTree(ref).filter((f) => !f.startsWith('charts/metallb-full/charts/') && !f.endsWith('.tgz'));
    expect(r.files).toEqual(theirs);
    for (const rel of r.files) {
      const ours = readFileSync(join(r.path, rel));
      const want = readFileSync(join(ref, rel));
      if (rel.endsWith('.md')) continue;
      if (rel.includes('/templates/') || !/\.(ya?ml|json)$/.test(rel)) {
        expect(ours.equals(want), `${rel} differs from the bundled pack's`).toBe(true);
      } else if (rel.endsWith('.json')) {
        expect(JSON.parse(ours.toString('utf8')), rel).toEqual(JSON.parse(want.toString('utf8')));
      } else {
        const docs = (b: Buffer) => parseAllDocuments(b.toString('utf8')).map((d) => d.toJS());
        expect(docs(ours), rel).toEqual(docs(want));
      }
    }
  });
});

describe('templates/init', () => {
  it('every .hbs passes the render engine linter; everything else is copied as it is', () => {
    const root = join(templatesDir(), 'init');
    const all = listTree(root);
    const hbs = all.filter((f) => f.endsWith('.hbs'));
    expect(hbs.length).toBeGreaterThanOrEqual(8);
    for (const f of hbs) expect(() => lintTemplate(`init/${f}`, readFileSync(join(root, f), 'utf8'))).not.toThrow();
    // the chart's Go templates hold {{ }} of their own: they must stay static files
    const goTemplates = all.filter((f) => f.includes('/templates/'));
    expect(goTemplates.length).toBe(7);
    for (const f of goTemplates) expect(f.endsWith('.hbs')).toBe(false);
  });
});
