'use strict';
// The floor under `spectro-pack validate` set by the YAML library: a Node process that reads the
// given files and parses them with `yaml` as src/values/source-file.ts does (yaml's Parser with a
// LineCounter and its Composer with merge keys, then toJS of each document as it comes: the
// cheapest way to get every document's value, the way SourceFile streams large files), and
// nothing else.
// For presets.yaml, each preset's `add` text is parsed too, as validate does.
//   node bench/yaml-floor.cjs FILE...     (bench/run.mjs times it like the CLI; needs `npm run build`)
//
// yaml is taken from the CLI's own bundle (dist/bundle, loaded by bin/load-bundle.cjs with its V8
// code cache), so the floor runs the very code the CLI runs, started the same way.
const { readFileSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const { loadChunk } = require('../bin/load-bundle.cjs');

const BUNDLE = join(__dirname, '..', 'dist', 'bundle');
// rolldown names the chunk of node_modules/yaml/dist after its folder: dist-<hash>.cjs
const chunk = readdirSync(BUNDLE).find((f) => /^dist-[\w-]+\.cjs$/.test(f) && readFileSync(join(BUNDLE, f), 'utf8').includes('exports.LineCounter = LineCounter'));
if (!chunk) throw new Error('no yaml chunk in dist/bundle: run `npm run build`');
const { Composer, LineCounter, Parser } = loadChunk(chunk).require_dist();

function parse(text) {
  const lines = new LineCounter();
  const values = [];
  for (const doc of new Composer({ merge: true, prettyErrors: false }).compose(new Parser(lines.addNewLine).parse(text))) {
    values.push(doc.toJS({ maxAliasCount: 100 }));
  }
  return values;
}

let documents = 0;
for (const file of process.argv.slice(2)) {
  const values = parse(readFileSync(file, 'utf8'));
  documents += values.length;
  const presets = values[0] && Array.isArray(values[0].presets) ? values[0].presets : [];
  for (const p of presets) if (p && typeof p.add === 'string') documents += parse(p.add).length;
}
process.stdout.write(`${documents}\n`);
