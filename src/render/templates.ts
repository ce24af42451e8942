import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { STRUCTURE_HELPERS, YAML_HELPER_NAMES, YAML_HELPERS } from './helpers.js';

/**
 * The top-level templates/ folder. This file sits two levels below the package root both as
 * src/render/templates.ts and as dist/render/templates.js, so one relative URL serves both.
 */
export const TEMPLATES_URL = new URL('../../templates/', import.meta.url);

export function templatesDir(): string {
  return fileURLToPath(TEMPLATES_URL);
}

type Compiled = Handlebars.TemplateDelegate<object>;

const env = Handlebars.create();
env.registerHelper(YAML_HELPERS as unknown as Handlebars.HelperDeclareSpec);
const cache = new Map<string, Compiled>();

/** Thrown when a template breaks the house rules (a raw mustache, a partial, an unknown helper). */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

/**
 * Checks that every mustache in a template is a YAML helper call with a value, so no value can
 * reach the output unquoted, and that blocks are only if/unless/each/with.
 */
export function lintTemplate(name: string, source: string): void {
  const visit = (nodes: hbs.AST.Statement[]): void => {
    for (const n of nodes) {
      const line = n.loc?.start.line ?? 0;
      if (n.type === 'MustacheStatement') {
        const m = n as hbs.AST.MustacheStatement;
        const helper = m.path.type === 'PathExpression' ? (m.path as hbs.AST.PathExpression).original : '';
        if (!YAML_HELPER_NAMES.has(helper) || m.params.length === 0) {
          throw new TemplateError(`${name}:${line}: every value must go through a YAML helper (${[...YAML_HELPER_NAMES].join(', ')}), found {{${helper}}}`);
        }
        if (m.params.some((p) => p.type === 'SubExpression')) throw new TemplateError(`${name}:${line}: sub-expressions are not allowed`);
      } else if (n.type === 'BlockStatement') {
        const b = n as hbs.AST.BlockStatement;
        const helper = b.path.type === 'PathExpression' ? (b.path as hbs.AST.PathExpression).original : '';
        if (!STRUCTURE_HELPERS.has(helper)) throw new TemplateError(`${name}:${line}: block {{#${helper}}} is not allowed`);
        visit(b.program.body);
        if (b.inverse) visit(b.inverse.body);
      } else if (n.type !== 'ContentStatement' && n.type !== 'CommentStatement') {
        throw new TemplateError(`${name}:${line}: ${n.type} is not allowed in templates`);
      }
    }
  };
  visit(env.parse(source).body);
}

/** Compiles a template source with the house options (strict, no HTML escaping) after linting it. */
export function compileTemplate(name: string, source: string): Compiled {
  lintTemplate(name, source);
  return env.compile(source, { noEscape: true, strict: true, knownHelpers: { scalar: true, field: true, block: true }, knownHelpersOnly: true });
}

/** Loads `templates/<name>` (e.g. `crs/ipaddresspool.yaml.hbs`) once, compiled lazily. */
export function loadTemplate(name: string): Compiled {
  let t = cache.get(name);
  if (!t) {
    if (name.split('/').some((seg) => seg === '..' || seg === '')) throw new TemplateError(`bad template name ${name}`);
    const source = readFileSync(new URL(name, TEMPLATES_URL), 'utf8');
    t = compileTemplate(name, source);
    cache.set(name, t);
  }
  return t;
}

/** Renders `templates/<name>` with `context`. */
export function renderTemplate(name: string, context: object): string {
  return loadTemplate(name)(context);
}
