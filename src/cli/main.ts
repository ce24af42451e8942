import { Command, CommanderError, Option } from 'commander';
import { SpectroPackError } from '../core/errors.js';
import { registerValidate } from './commands/validate.js';
import { readOwnVersion } from './version.js';
import { Output } from './output.js';

/** The single place the process exits. */
export async function main(argv: string[]): Promise<number> {
  const out = new Output(argv);
  const program = new Command('spectro-pack')
    .description('Validate, render, package and push Spectro Cloud Palette packs (MetalLB first).')
    .version(readOwnVersion(), '-V, --version')
    .addOption(new Option('--no-color', 'disable colour (also NO_COLOR=1)'))
    .addOption(new Option('--debug', 'print stack traces of internal errors'))
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => out.stdout(s),
      writeErr: (s) => out.stderr(s),
    })
    .exitOverride();
  program.allowExcessArguments(false);
  let exitCode = 0;
  registerValidate(program, out, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof SpectroPackError) {
      out.error(e.where, e.message, e.hint);
      return 2;
    }
    const err = e as Error;
    out.error(undefined, `internal error: ${err?.message ?? String(e)} (please report this)`);
    if (argv.includes('--debug') && err?.stack) out.stderr(err.stack + '\n');
    return 2;
  }
}
