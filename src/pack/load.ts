import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../diagnostics/finding.js';
import { readTextFile } from '../values/read-text.js';
import { SourceFile } from '../values/source-file.js';
import { runtimeError } from '../core/errors.js';
import { readPresets } from './presets/model.js';

/** A pack directory as read from disk; nothing is judged here beyond "can it be read". */
export interface LoadedPack {
  /** absolute directory */
  dir: string;
  /** the directory as the user gave it (prefix of every display path) */
  display: string;
  packJson?: SourceFile;
  values?: SourceFile;
  schema?: SourceFile;
  presets?: SourceFile;
  /** relative paths of the files in the pack (top level, charts/, manifests/), '/' separated */
  files: Set<string>;
  findings: Finding[];
}

export function displayJoin(display: string, rel: string): string {
  if (display === '.' || display === '') return rel;
  return `${display.replace(/\/+$/, '')}/${rel}`;
}

function listFiles(dir: string, rel = '', depth = 0, out = new Set<string>()): Set<string> {
  if (depth > 4) return out;
  for (const ent of readdirSync(join(dir, rel), { withFileTypes: true })) {
    if (ent.name === '.git' || ent.name === 'node_modules') continue;
    const r = rel ? `${rel}/${ent.name}` : ent.name;
    if (ent.isDirectory()) listFiles(dir, r, depth + 1, out);
    else out.add(r);
  }
  return out;
}

/**
 * Reads pack.json, values.yaml, schema.yaml and presets.yaml with positions, and parses each
 * preset's `add` block (YAML inside presets.yaml, SourceFile.embed): all YAML of the pack is parsed
 * here, once, before any check reads it. (Parsing it up front also lets V8 finish optimising the
 * parser on its background thread while the checks run, instead of the process waiting for that
 * work at exit.)
 */
export function loadPack(dir: string, display: string): LoadedPack {
  let files: Set<string>;
  try {
    if (!statSync(dir).isDirectory()) throw runtimeError(display, 'is not a directory');
    files = listFiles(dir);
  } catch (e) {
    if (e instanceof Error && e.name === 'SpectroPackError') throw e;
    throw runtimeError(display, `cannot read directory: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const pack: LoadedPack = { dir, display, files, findings: [] };
  const read = (name: string, required: boolean): SourceFile | undefined => {
    const shown = displayJoin(display, name);
    if (!files.has(name)) {
      if (required) {
        pack.findings.push({
          code: 'pack/missing-file',
          severity: 'error',
          message: `${name} is missing; every pack needs ${name === 'pack.json' ? 'pack.json (name, displayName, version, layer)' : 'values.yaml (it may be empty)'}`,
          loc: { file: shown, path: [] },
          range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
        });
      }
      return undefined;
    }
    return SourceFile.parse(shown, readTextFile(join(dir, name), shown, { allowEmpty: true }));
  };
  pack.packJson = read('pack.json', true);
  pack.values = read('values.yaml', true);
  pack.schema = read('schema.yaml', false);
  pack.presets = read('presets.yaml', false);
  const presets = pack.presets;
  if (presets && !presets.findings.some((f) => f.severity === 'error')) {
    for (const p of readPresets(presets) ?? []) if (p.add !== undefined) presets.embed(0, [...p.path, 'add']);
  }
  return pack;
}
