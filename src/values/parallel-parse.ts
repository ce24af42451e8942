import { fileURLToPath } from 'node:url';
import type { PartResult } from './source-file.js';

/** Defined (as true) only in the bundle that src/build/bundle.mjs makes in dist/bundle/. */
declare const SPECTRO_PACK_BUNDLE: boolean | undefined;

/** The second part of a text being parsed on a worker thread. */
export interface PendingPart {
  /** the part's result; undefined when the worker failed or took too long (parse it here instead) */
  wait(): PartResult | undefined;
  /** the result is not needed */
  cancel(): void;
}

/** what parse-part-worker.ts posts */
export type PartMessage = { ok: true; result: PartResult } | { ok: false; message: string };

/**
 * Starts parsing `text` (the part of `file` from offset `start`, at line `lineBase + 1`) with
 * SourceFile.parsePart on a worker thread, while the caller parses the first part. The caller
 * stays synchronous: wait() blocks on an Atomics flag the worker raises after posting its result
 * to a MessagePort, which is then read with receiveMessageOnPort.
 *
 * Only in the bundled CLI (the worker loads dist/bundle/parse-worker.cjs with its code cache);
 * elsewhere, or with SPECTRO_PACK_PARSE_WORKER=off, or when no worker can be started, undefined:
 * the caller parses both parts itself.
 */
export function startPart(file: string, text: string, start: number, lineBase: number): PendingPart | undefined {
  if (typeof SPECTRO_PACK_BUNDLE !== 'boolean' || process.env['SPECTRO_PACK_PARSE_WORKER'] === 'off') return undefined;
  // loaded here, not with this module: every validate loads this module, few need a thread
  const { MessageChannel, receiveMessageOnPort, Worker } = process.getBuiltinModule('node:worker_threads');
  let worker: InstanceType<typeof Worker>;
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  try {
    const loader = fileURLToPath(new URL('../../bin/load-bundle.cjs', import.meta.url));
    // any failure to load is posted like a failure to parse, so that wait() never waits in vain
    const source = `const { workerData } = require('node:worker_threads');
try {
  require(${JSON.stringify(loader)}).loadChunk('parse-worker.cjs');
} catch (e) {
  workerData.port.postMessage({ ok: false, message: String(e && e.message) });
  Atomics.store(workerData.flag, 0, 1);
  Atomics.notify(workerData.flag, 0);
}`;
    worker = new Worker(source, { eval: true, workerData: { file, text, start, lineBase, port: port2, flag }, transferList: [port2], stdout: true, stderr: true });
    // never keeps the process alive; a worker that failed is simply not waited for again
    worker.unref();
    worker.on('error', () => undefined);
  } catch {
    port1.close();
    return undefined;
  }
  const done = () => {
    port1.close();
    void worker.terminate();
  };
  return {
    wait() {
      // a generous bound for a worker that died without a word (it posts even its own failures)
      const deadline = Date.now() + 30_000 + text.length / 50;
      while (Atomics.load(flag, 0) === 0 && Date.now() < deadline) Atomics.wait(flag, 0, 0, 100);
      const received = receiveMessageOnPort(port1)?.message as PartMessage | undefined;
      done();
      return received?.ok ? received.result : undefined;
    },
    cancel: done,
  };
}
