import { createRequire } from 'node:module';

export interface TarEntryText {
  /** the entry's text, when an entry matched and fitted */
  text?: string;
  /** an entry matched but was larger than the limit */
  tooBig?: boolean;
}

/**
 * Reads the first entry of a (gzipped) tar file whose path (a leading `./` ignored) matches `pattern`,
 * synchronously, refusing entries over `maxBytes`. Throws what `tar` throws for a file that is not
 * a tar archive. `tar` (~30 ms to load) is loaded only when this is called.
 */
export function readTarEntryText(file: string, pattern: RegExp, maxBytes: number): TarEntryText {
  const tar = createRequire(import.meta.url)('tar') as typeof import('tar');
  const out: TarEntryText = {};
  let matched = false;
  tar.t({
    file,
    sync: true,
    onReadEntry(entry) {
      if (!matched && pattern.test(entry.path.replace(/^\.\//, ''))) {
        matched = true;
        if ((entry.size ?? 0) > maxBytes) {
          out.tooBig = true;
          entry.resume();
          return;
        }
        const chunks: Buffer[] = [];
        entry.on('data', (c: Buffer) => chunks.push(c));
        entry.on('end', () => (out.text = Buffer.concat(chunks).toString('utf8')));
      } else entry.resume();
    },
  });
  return out;
}
