import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, test } from 'vitest';
import { sha256Tap } from '../../src/core/sha256-tap.js';

const chunks = [Buffer.from('hello '), Buffer.from('tap '), Buffer.alloc(70_000, 7)];
const sink = (into: Buffer[]) =>
  new Writable({
    write(c: Buffer, _e, done) {
      into.push(c);
      done();
    },
  });

describe('sha256Tap', () => {
  test('passes everything on unchanged, hashes and counts it, reports running totals', async () => {
    const seen: number[] = [];
    const out: Buffer[] = [];
    const tap = sha256Tap((total) => seen.push(total));
    await pipeline(Readable.from(chunks), tap.stream, sink(out));
    const all = Buffer.concat(chunks);
    expect(Buffer.concat(out)).toEqual(all);
    expect(tap.size()).toBe(all.length);
    expect(tap.hex()).toBe(createHash('sha256').update(all).digest('hex'));
    expect(seen[seen.length - 1]).toBe(all.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  test('what onChunk throws fails the pipeline (a size limit), before the chunk is passed on', async () => {
    const out: Buffer[] = [];
    const tap = sha256Tap((total) => {
      if (total > 8) throw new Error('over the limit');
    });
    await expect(pipeline(Readable.from(chunks), tap.stream, sink(out))).rejects.toThrow('over the limit');
    expect(Buffer.concat(out).toString()).toBe('hello ');
  });
});
