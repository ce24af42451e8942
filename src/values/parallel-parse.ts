import { fileURLToPath } from 'node:url';
import { IN_BUNDLE } from '../core/in-bundle.js';
import type { PartResult } from './source-file.js';


/** The second part of a text being parsed on a worker thread. */
export interface PendingPart {
  /**
   * The part's result; undefined when the worker failed, never started, or took far longer than
   * the caller's own part (`ownMs`): the caller then parses the part itself.
   */
  wait(ownMs: number): PartResult | undefined;
  /** the result is not needed */
  cancel(): void;
}

/**
 * Whether large texts are parsed in two parts at all: SPECTRO_PACK_PARSE_WORKER=off parses them
 * whole, on one thread, as before (for comparisons and for machines where threads misbehave).
 */
export function splittingAllowed(): boolean {
  return process.env['SPECTRO_PACK_PARSE_WORKER'] !== 'off';
}

/** what parse-part-worker.ts posts */
export type PartMessage = { ok: true; result: PartResult } | { ok: false; message: string };

/**
 * Starts parsing `text` (the part of `file` from offset `start`, at line `lineBase + 1`) with
 * SourceFile.parsePart on a worker thread, while the caller parses the first part. The caller
 * stays synchronous: wait() blocks on an Atomics flag the worker raises after posting its result
 * to a MessagePort, which is then read with receiveMessageOnPort.
 *
 * Only in the bundled CLI (the worker loads dist/bundle/parse-worker.cjs through
 * bin/load-bundle.cjs: the chunks it shares with the CLI come with their code caches). Elsewhere
 * (tsc's dist/, the tests), on one CPU, or when no worker can be started: undefined, and the
 * caller parses both parts itself. (With SPECTRO_PACK_PARSE_WORKER=off nothing is split at all.)
 */
export function startPart(file: string, text: string, start: number, lineBase: number): PendingPart | undefined {
  if (!IN_BUNDLE || !splittingAllowed()) return undefined;
  // one core: a thread would only take turns with this one
  const os = process.getBuiltinModule('node:os');
  if ((os.availableParallelism?.() ?? os.cpus().length) < 2) return undefined;
  // loaded here, not with this module: every validate loads this module, few need a thread
  const { MessageChannel, receiveMessageOnPort, Worker } = process.getBuiltinModule('node:worker_threads');
  let worker: InstanceType<typeof Worker>;
  const { port1, port2 } = new MessageChannel();
  // flag[0]: the result is posted (or the failure); flag[1]: the worker's code began to run
  const flag = new Int32Array(new SharedArrayBuffer(8));
  try {
    const loader = fileURLToPath(new URL('../../bin/load-bundle.cjs', import.meta.url));
    // any failure to load is posted like a failure to parse, so that wait() never waits in vain
    const source = `const { workerData } = require('node:worker_threads');
Atomics.store(workerData.flag, 1, 1);
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
  let closed = false;
  const done = () => {
    if (closed) return;
    closed = true;
    port1.close();
    void worker.terminate();
  };
  return {
    wait(ownMs: number) {
      const since = Date.now();
      // a worker that is not even running by now (a Node start takes ~40 ms) is not waited for;
      // one that runs gets several times what the caller's own part took: both parse alike
      const startBy = since + 1000;
      const doneBy = since + Math.max(5000, 4 * ownMs);
      while (Atomics.load(flag, 0) === 0) {
        const now = Date.now();
        if (now >= doneBy || (Atomics.load(flag, 1) === 0 && now >= startBy)) break;
        Atomics.wait(flag, 0, 0, 50);
      }
      const received = receiveMessageOnPort(port1)?.message as PartMessage | undefined;
      done();
      return received?.ok ? received.result : undefined;
    },
    cancel: done,
  };
}
