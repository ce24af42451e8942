import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileTemplate, templatesDir } from '../render/templates.js';
import type { Version } from '../metallb/version.js';
import { buildContext, type InitContext } from './context.js';
import { packJsonText } from './pack-json.js';
import type { PackType } from './versions.js';

/**
 * The scaffold's files come from templates/init/:
 *   common/    files of every pack (logo.png, a copy of the bundled packs' logo)
 *   manifest/  the lb-metallb-style pack
 *   helm/      the lb-metallb-helm-style pack, with the wrapper chart charts/metallb-full/
 * A file whose name ends in `.hbs` is a Handlebars template, compiled by the render engine
 * (compileTemplate: linted so that every value goes through a YAML helper, strict mode) and
 * written without the suffix. Any other file is copied byte for byte: that is how the chart's Go
 * templates (`{{ include ... }}`, _helpers.tpl), .helmignore and the logo get in, never seen by
 * Handlebars. pack.json is made in code (packJsonText).
 */
export const INIT_TEMPLATES = 'init';

/** Relative paths ('/'-separated) of every file under `dir`, sorted. */
function listTree(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const ent of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${ent.name}` : ent.name;
    if (ent.isDirectory()) out.push(...listTree(dir, r));
    else if (ent.isFile()) out.push(r);
  }
  return out.sort();
}

/** The template folders a pack type is made from, later ones winning on a clash. */
export function templateLayers(type: PackType): string[] {
  return ['common', type];
}

/** One scaffold file: text (rendered or copied) or bytes (copied binary files such as logo.png). */
export type ScaffoldFile = string | Buffer;

const TEXT = /\.(ya?ml|tpl|md|json|txt)$|^\.helmignore$|\/\.helmignore$/;

/**
 * Renders the scaffold of a pack in memory: relative path → contents, sorted by path. Nothing is
 * written; see writeTreeAtomic.
 */
export function scaffoldFiles(name: string, type: PackType, version: Version): Map<string, ScaffoldFile> {
  const ctx = buildContext(name, type, version);
  const root = join(templatesDir(), INIT_TEMPLATES);
  const files = new Map<string, ScaffoldFile>();
  for (const layer of templateLayers(type)) {
    const dir = join(root, layer);
    for (const rel of listTree(dir)) {
      const abs = join(dir, rel);
      if (rel.endsWith('.hbs')) files.set(rel.slice(0, -'.hbs'.length), renderInitTemplate(`${INIT_TEMPLATES}/${layer}/${rel}`, abs, ctx));
      else files.set(rel, TEXT.test(rel) ? readFileSync(abs, 'utf8') : readFileSync(abs));
    }
  }
  files.set('pack.json', packJsonText(ctx));
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function renderInitTemplate(name: string, abs: string, ctx: InitContext): string {
  const text = compileTemplate(name, readFileSync(abs, 'utf8'))(ctx);
  return text.endsWith('\n') ? text : `${text}\n`;
}
