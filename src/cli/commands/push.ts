import { Command, Option } from 'commander';
import { usageError } from '../../core/errors.js';
import type { PushEvent } from '../../registry/push-types.js';
import type { Output } from '../output.js';

/** Flags every registry command shares. */
export interface RegistryFlags {
  registry?: string;
  username?: string;
  passwordStdin?: boolean;
  caFile?: string;
  insecure?: boolean;
  plainHttp?: boolean;
}

export function addRegistryFlags(cmd: Command, withRegistry = true): Command {
  if (withRegistry) cmd.option('--registry <host[:port][/base]>', 'the OCI registry and base path (env SPECTRO_PACK_REGISTRY)');
  return cmd
    .option('--username <name>', 'registry user (the password comes from --password-stdin)')
    .option('--password-stdin', 'read the password from standard input')
    .option('--ca-file <pem>', 'trust the CA certificates in this PEM file')
    .option('--insecure', 'skip TLS certificate verification (warns)')
    .option('--plain-http', 'talk plain HTTP instead of HTTPS (warns)');
}

/** Reads the whole of stdin, less one trailing newline. */
export async function readPasswordStdin(): Promise<string> {
  if (process.stdin.isTTY) throw usageError('--password-stdin expects the password piped in', 'e.g. printf %s "$PASS" | spectro-pack login HOST --username U --password-stdin');
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Registry flags → the options the actions take (credentials, transport, --debug trace). */
export async function registryAccess(flags: RegistryFlags, cmd: Command, out: Output): Promise<{
  registry?: string; username?: string; password?: string; caFile?: string; insecure?: boolean; plainHttp?: boolean; trace?: (l: string) => void;
  onRetry: (i: { method: string; url: string; attempt: number; delayMs: number; reason: string }) => void;
}> {
  if (flags.passwordStdin && !flags.username) throw usageError('--password-stdin needs --username');
  const password = flags.passwordStdin ? await readPasswordStdin() : undefined;
  const debug = Boolean(cmd.optsWithGlobals()['debug']);
  return {
    registry: flags.registry ?? (process.env['SPECTRO_PACK_REGISTRY'] || undefined),
    username: flags.username,
    password,
    caFile: flags.caFile,
    insecure: flags.insecure,
    plainHttp: flags.plainHttp,
    trace: debug ? (l) => out.stderr(out.style.dim(`debug: ${l}`) + '\n') : undefined,
    onRetry: (i) => out.warn(`${i.method} ${i.url}: ${i.reason}; retrying in ${(i.delayMs / 1000).toFixed(1)} s (attempt ${i.attempt + 1})`),
  };
}

/** Progress: a byte bar redrawn in place on a TTY, plain lines in CI (CI=true) or when not a TTY. */
export function progressReporter(out: Output, tty = Boolean(process.stderr.isTTY) && !isCI()): (e: PushEvent) => void {
  const short = (d: string): string => d.slice(7, 19);
  const mb = (n: number): string => `${(n / 1048576).toFixed(1)} MB`;
  let lastDraw = 0;
  let lastPct = -1;
  return (e) => {
    switch (e.type) {
      case 'blob':
        if (tty && e.state !== 'uploading') out.stderr('\r\x1b[K');
        if (e.state === 'exists') out.stderr(`${short(e.digest)}: already in the registry (${e.size} bytes)\n`);
        else if (e.state === 'mounted') out.stderr(`${short(e.digest)}: mounted from ${e.from}\n`);
        else if (e.state === 'uploaded') out.stderr(`${short(e.digest)}: uploaded ${e.size} bytes\n`);
        else if (!tty) out.stderr(`${short(e.digest)}: uploading ${e.size} bytes\n`);
        lastPct = -1;
        break;
      case 'progress': {
        const pct = e.size ? Math.floor((e.sent / e.size) * 100) : 100;
        if (tty) {
          const now = Date.now();
          if (now - lastDraw < 80 && e.sent < e.size) return;
          lastDraw = now;
          const width = 30;
          const fill = Math.round((pct / 100) * width);
          out.stderr(`\r\x1b[K${short(e.digest)} [${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${mb(e.sent)} / ${mb(e.size)}`);
        } else if (e.size > 4 * 1048576 && pct >= lastPct + 25 && pct < 100) {
          lastPct = pct - (pct % 25);
          out.stderr(`${short(e.digest)}: ${lastPct}% (${e.sent}/${e.size} bytes)\n`);
        }
        break;
      }
      case 'restart':
        if (tty) out.stderr('\r\x1b[K');
        out.warn(`${short(e.digest)}: upload interrupted (${e.reason}); starting it again (attempt ${e.attempt})`);
        break;
      case 'manifest':
        out.stderr(`manifest ${e.digest} tagged ${e.tag}\n`);
        break;
      case 'up-to-date':
        break;
    }
  };
}

export function isCI(env = process.env): boolean {
  return Boolean(env['CI']) && env['CI'] !== 'false' && env['CI'] !== '0';
}

interface PushFlags extends RegistryFlags {
  name?: string;
  packVersion?: string;
  force?: boolean;
  json?: boolean;
  ociLayout?: string;
  mountFrom?: string[];
  chunkSize?: string;
}

export function registerPush(program: Command, out: Output, setExit: (code: number) => void): void {
  const cmd = program
    .command('push')
    .description('publish a pack to HOST[/BASE]/spectro-packs/archive/NAME:VERSION (ORAS 1.0 layout)')
    .argument('<pack>', 'a pack archive NAME-VERSION.tar.gz, or a pack directory (validated and packaged first)')
    .option('--name <name>', 'pack name (default: from the archive file name)')
    .option('--pack-version <version>', 'pack version (default: from the archive file name)')
    .option('--force', 'replace a tag that already points at other content')
    .option('--oci-layout <dir>', 'publish into an OCI image layout folder instead of a registry (indexed as spectro-packs/archive/NAME:VERSION)')
    .option('--mount-from <pack>', 'another pack in the registry that may hold the same blobs (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .addOption(new Option('--chunk-size <MiB>', 'upload blobs larger than this in chunks of this size').default('64'))
    .option('--json', 'print {reference, digest, size, uploaded, skipped} as JSON');
  addRegistryFlags(cmd).action(async (archive: string, flags: PushFlags, command: Command) => {
    const { pushPack } = await import('../../actions/push.js');
    const access = await registryAccess(flags, command, out);
    if (!access.registry && !flags.ociLayout) throw usageError('say where to push: --registry HOST[:PORT][/BASE] or --oci-layout DIR');
    const chunk = Number(flags.chunkSize);
    if (!Number.isFinite(chunk) || chunk <= 0) throw usageError(`--chunk-size ${flags.chunkSize}: expected a positive number of MiB`);
    const bytes = Math.round(chunk * 1048576);
    const result = await pushPack(archive, {
      ...access, name: flags.name, version: flags.packVersion, force: flags.force, ociLayout: flags.ociLayout, mountFrom: flags.mountFrom,
      chunk: { threshold: bytes, size: bytes },
      onEvent: flags.json ? undefined : progressReporter(out),
    });
    for (const w of result.warnings) out.warn(w);
    if (flags.json) {
      const { reference, digest, size, status, uploaded, skipped } = result;
      out.stdout(JSON.stringify({ reference, digest, size, status, uploaded, skipped }, null, 2) + '\n');
    } else if (result.status === 'up-to-date') {
      out.stdout(`${result.reference}: up to date (${result.digest}), nothing uploaded\n`);
    } else {
      const parts = [`${result.uploaded.length} blob(s) uploaded (${result.bytesUploaded} bytes)`, `${result.skipped.length} already present`];
      if (result.mounted.length) parts.push(`${result.mounted.length} mounted`);
      out.stdout(`${out.style.green('pushed')} ${result.reference}@${result.digest}: ${parts.join(', ')}${result.replaced ? `; replaced ${result.replaced}` : ''}\n`);
    }
    setExit(0);
  });
}
