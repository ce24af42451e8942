import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';

export interface Sha256Tap {
  /** put it in a pipeline: what flows through is hashed and counted, and passed on unchanged */
  stream: Transform;
  /** bytes so far */
  size(): number;
  /** hex sha256 of everything that flowed through (call once, after the pipeline ends) */
  hex(): string;
}

/**
 * A pass-through stream that hashes and counts. `onChunk(total)` runs before each chunk is passed
 * on, with the byte count so far; what it throws fails the pipeline (a size limit, say), and it may
 * report progress.
 */
export function sha256Tap(onChunk?: (total: number) => void): Sha256Tap {
  const hash = createHash('sha256');
  let total = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      total += chunk.length;
      try {
        onChunk?.(total);
      } catch (e) {
        return done(e as Error);
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return { stream, size: () => total, hex: () => hash.digest('hex') };
}
