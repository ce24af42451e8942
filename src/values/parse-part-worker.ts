/**
 * The worker side of parallel-parse.ts (bundled as dist/bundle/parse-worker.cjs): parses its part
 * with SourceFile.parsePart, posts the result, raises the flag the main thread waits on.
 */
import { workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { PartMessage } from './parallel-parse.js';
import { SourceFile } from './source-file.js';

const job = workerData as { file: string; text: string; start: number; lineBase: number; port: MessagePort; flag: Int32Array };
let message: PartMessage;
try {
  message = { ok: true, result: SourceFile.parsePart(job.file, job.text, job.start, job.lineBase) };
} catch (e) {
  message = { ok: false, message: e instanceof Error ? e.message : String(e) };
}
job.port.postMessage(message);
Atomics.store(job.flag, 0, 1);
Atomics.notify(job.flag, 0);
