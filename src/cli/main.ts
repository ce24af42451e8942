import module from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { SpectroPackError } from '../core/errors.js';
import { commands } from './commands/index.js';
import { readOwnVersion } from './version.js';
import { Output } from './output.js';

/** Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or runtime failure. */
export const EXIT = { clean: 0, findings: 1, failure: 2 } as const;

let crashHandlerInstalled = false;

/** A thrown value as one line for the user; stack traces only with --debug. */
function describe(e: unknown): string {
  if (e instanceof RangeError && /call stack/i.test(e.message)) return 'input is nested too deeply to process (maximum call stack size exceeded)';
  if (e instanceof Error) return `internal error: ${e.message} (please report this)`;
  return `internal error: ${String(e)} (please report this)`;
}

/**
 * Commander repeats an unknown option as typed (`unknown option '--password=hunter2'`): the value of any option
 * whose name holds password, token or secret is masked, to the end of the quoted option.
 */
export function redactOptionValues(message: string): string {
  return message.replace(/(--?[\w-]*(?:password|token|secret)[\w-]*)=[^\n]*'/gi, "$1=***'").replace(/(--?[\w-]*(?:password|token|secret)[\w-]*)=[^\s']*/gi, '$1=***');
}

/**
 * The single place the process's outcome is decided: parses argv, runs the command and maps
 * every failure to an exit code with a one-line message on stderr.
 */
export async function main(argv: string[]): Promise<number> {
  // Node ≥ 22.1 caches compiled code on disk (os.tmpdir()); the modules loaded lazily below (the YAML
  // parser, the rules) start faster from the second run. A no-op on Node 20.
  (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  const out = await Output.create(argv);
  const debug = argv.includes('--debug');
  const reportCrash = (e: unknown) => {
    out.error(undefined, describe(e));
    if (debug && e instanceof Error && e.stack) out.stderr(e.stack + '\n');
  };
  // Last resort for errors thrown outside the awaited chain (stream callbacks): one line, exit 2.
  if (!crashHandlerInstalled) {
    crashHandlerInstalled = true;
    process.on('uncaughtException', (e) => {
      reportCrash(e);
      process.exit(EXIT.failure);
    });
  }

  const program = new Command('spectro-pack')
    .description('Validate, render, package and push Spectro Cloud Palette packs (MetalLB first).')
    .version(readOwnVersion(), '-V, --version')
    .addOption(new Option('--no-color', 'disable colour (also NO_COLOR=1; FORCE_COLOR=1 forces it)'))
    .addOption(new Option('--debug', 'print stack traces of internal errors'))
    .configureOutput({
      writeOut: (s) => out.stdout(s),
      writeErr: (s) => out.stderr(s),
      // commander's own errors (unknown option, bad choice, missing argument) as one line
      outputError: (s) => out.error(undefined, `${redactOptionValues(s.replace(/^error: /, ''))} (run with --help for usage)`),
    })
    .configureHelp({ showGlobalOptions: true })
    .exitOverride();
  program.allowExcessArguments(false);
  let exitCode: number = EXIT.clean;
  for (const register of commands) register(program, out, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.clean : EXIT.failure;
    if (e instanceof SpectroPackError) {
      out.error(e.where, e.message, e.hint);
      return EXIT.failure;
    }
    reportCrash(e);
    return EXIT.failure;
  }
}
