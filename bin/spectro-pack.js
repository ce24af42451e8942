#!/usr/bin/env node
import { createRequire } from 'node:module';

// the CLI bundled by `npm run build` (src/build/bundle.mjs) from tsc's dist/cli/main.js, loaded with
// V8's code cache (load-bundle.cjs)
const { main } = createRequire(import.meta.url)('./load-bundle.cjs');

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`spectro-pack: internal error: ${e && e.message ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
