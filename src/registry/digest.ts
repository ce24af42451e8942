import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;

export function sha256(bytes: Uint8Array | string): string {
  return 'sha256:' + createHash('sha256').update(bytes).digest('hex');
}

/** Streams a file once: its sha256 digest and size. */
export async function sha256File(path: string): Promise<{ digest: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { digest: 'sha256:' + hash.digest('hex'), size };
}

/** `sha256:abcdef…` → `sha256:abcdef123456` for messages and progress lines. */
export function shortDigest(digest: string): string {
  return digest.slice(0, 19);
}
