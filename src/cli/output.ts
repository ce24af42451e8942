import type { Style } from '../diagnostics/formatters/types.js';
import { plainStyle } from '../diagnostics/formatters/types.js';

/**
 * Whether to colour: `--no-color` (anywhere before `--`) wins, then NO_COLOR (non-empty), then
 * FORCE_COLOR (anything but "0"/"false"), else colour when stdout is a terminal.
 */
export function wantsColor(argv: readonly string[], env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const end = argv.indexOf('--');
  const flags = end === -1 ? argv : argv.slice(0, end);
  if (flags.includes('--no-color')) return false;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined) return env['FORCE_COLOR'] !== '0' && env['FORCE_COLOR'] !== 'false';
  return isTTY;
}

/** Makes a message fit on one line (no stray newlines from file names or library errors). */
function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** The process's streams are shared by every Output: their state and error listeners are too. */
const streams = { stdoutWatched: false, stderrWatched: false, stdoutClosed: false, stderrClosed: false };

/**
 * A closed reader (`| head`) makes the next write fail with EPIPE, emitted as an 'error' event that
 * would otherwise crash the process with a stack trace. Listen once per stream; afterwards drop
 * output. stderr is watched on its first write only: creating the stream (a pipe under CI) costs a
 * few milliseconds that a run printing nothing there need not pay.
 */
function watchStdout(): void {
  if (streams.stdoutWatched) return;
  streams.stdoutWatched = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    streams.stdoutClosed = true;
    if (e.code !== 'EPIPE' && !streams.stderrClosed) {
      watchStderr();
      process.stderr.write(`spectro-pack: cannot write to stdout: ${e.code ?? e.message}\n`);
    }
  });
}

function watchStderr(): void {
  if (streams.stderrWatched) return;
  streams.stderrWatched = true;
  process.stderr.on('error', () => {
    streams.stderrClosed = true;
  });
}

/**
 * stdout/stderr and colour for the CLI; the only writer of the process's streams.
 * A closed stdout (`spectro-pack validate | head`) is not an error: further output is dropped.
 */
export class Output {
  readonly color: boolean;
  readonly style: Style;
  private constructor(color: boolean, style: Style) {
    this.color = color;
    this.style = style;
    watchStdout();
  }

  private get stdoutClosed(): boolean {
    return streams.stdoutClosed;
  }

  private get stderrClosed(): boolean {
    return streams.stderrClosed;
  }

  /** chalk is loaded only when colour is on: it is not needed for pipes, files and CI logs. */
  static async create(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, isTTY = Boolean(process.stdout.isTTY)): Promise<Output> {
    const color = wantsColor(argv, env, isTTY);
    if (!color) return new Output(false, plainStyle);
    const { Chalk } = await import('chalk');
    const c = new Chalk({ level: 1 });
    return new Output(true, { bold: c.bold, dim: c.dim, red: c.red, yellow: c.yellow, blue: c.blue, green: c.green, underline: c.underline });
  }

  stdout(s: string): void {
    if (this.stdoutClosed || s === '') return;
    try {
      process.stdout.write(s);
    } catch {
      streams.stdoutClosed = true;
    }
  }

  stderr(s: string): void {
    if (this.stderrClosed || s === '') return;
    watchStderr();
    try {
      process.stderr.write(s);
    } catch {
      streams.stderrClosed = true;
    }
  }

  /** One line on stderr: `spectro-pack: WHERE: MESSAGE; HINT`. */
  error(where: string | undefined, message: string, hint?: string): void {
    const text = `${where ? `${where}: ` : ''}${oneLine(message)}${hint ? `; ${oneLine(hint)}` : ''}`;
    this.stderr(`${this.style.red('spectro-pack:')} ${text}\n`);
  }

  warn(message: string): void {
    this.stderr(`${this.style.yellow('spectro-pack: warning:')} ${oneLine(message)}\n`);
  }
}
