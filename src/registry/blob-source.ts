import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';

/**
 * Content to upload. `open(start, end)` returns a fresh stream of bytes [start, end) every time it is
 * called, so any request carrying it can be replayed after a failure (a buffer or a re-openable file range).
 */
export interface BlobSource {
  digest: string;
  size: number;
  mediaType: string;
  open(start?: number, end?: number): Readable;
}

export function bufferSource(bytes: Uint8Array, digest: string, mediaType: string): BlobSource {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    digest,
    size: buf.length,
    mediaType,
    open: (start = 0, end = buf.length) => Readable.from([buf.subarray(start, end)], { objectMode: false }),
  };
}

export function fileSource(path: string, size: number, digest: string, mediaType: string): BlobSource {
  return {
    digest,
    size,
    mediaType,
    open: (start = 0, end = size) =>
      end <= start ? Readable.from([Buffer.alloc(0)]) : createReadStream(path, { start, end: end - 1, highWaterMark: 1024 * 1024 }),
  };
}
