import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/metallb/model.js';
import { TEMPLATES_URL, lintTemplate, loadTemplate, templatesDir } from '../../src/render/templates.js';
import { ROOT } from './helpers.js';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('templates/', () => {
  it('resolves to the top-level templates/ folder from src/render and from dist/render alike', () => {
    expect(templatesDir()).toBe(join(ROOT, 'templates') + '/');
    expect(TEMPLATES_URL.href).toMatch(/\/templates\/$/);
    const fromDist = new URL('../../templates/', new URL('file://' + join(ROOT, 'dist/render/templates.js')));
    expect(fileURLToPath(fromDist)).toBe(join(ROOT, 'templates') + '/');
  });

  it('every template passes the house rules (each value through a YAML helper)', () => {
    const all = walk(templatesDir()).filter((f) => f.endsWith('.hbs'));
    expect(all.length).toBeGreaterThanOrEqual(7);
    for (const f of all) expect(() => lintTemplate(relative(templatesDir(), f), readFileSync(f, 'utf8'))).not.toThrow();
  });

  it('has one CR template per kind and the ConfigMap template, compiled once', () => {
    for (const k of KINDS) expect(loadTemplate(`crs/${k.toLowerCase()}.yaml.hbs`)).toBe(loadTemplate(`crs/${k.toLowerCase()}.yaml.hbs`));
    expect(typeof loadTemplate('configmap/config.yaml.hbs')).toBe('function');
    expect(() => loadTemplate('../package.json')).toThrow(/bad template name/);
  });
});
