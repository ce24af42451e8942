#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json): Node then starts without its ES module loader, ~15 ms of every run.
// The CLI is the bundle made by `npm run build` (src/build/bundle.mjs) from tsc's dist/cli/main.js,
// loaded with V8's code cache (load-bundle.cjs).
const { main } = require('./load-bundle.cjs').loadChunk('cli.cjs');

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`spectro-pack: internal error: ${e && e.message ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
