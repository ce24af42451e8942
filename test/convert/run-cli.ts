import { Command } from 'commander';
import { SpectroPackError } from '../../src/core/errors.js';
import type { Output } from '../../src/cli/output.js';
import { plainStyle } from '../../src/diagnostics/formatters/types.js';

export interface InProcessRun {
  status: number;
  stdout: string;
  stderr: string;
}

type Register = (program: Command, out: Output, setExit: (code: number) => void) => void;

/**
 * Runs one command's registration in process, the way src/cli/main.ts does (commander with
 * exitOverride, typed errors → exit 2 and one line), with an Output that records instead of
 * writing. For testing the command layer without a build (the lead wires the commands into main).
 */
export async function runCommand(register: Register, argv: string[], cwd: string): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const out = {
    color: false,
    style: plainStyle,
    stdout: (s: string) => void (stdout += s),
    stderr: (s: string) => void (stderr += s),
    error: (where: string | undefined, message: string, hint?: string) => void (stderr += `spectro-pack: ${where ? `${where}: ` : ''}${message}${hint ? `; ${hint}` : ''}\n`),
    warn: (message: string) => void (stderr += `spectro-pack: warning: ${message}\n`),
  } as unknown as Output;
  let status = 0;
  const program = new Command('spectro-pack')
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.stdout(s), writeErr: (s) => out.stderr(s), outputError: (s) => out.error(undefined, s.replace(/^error: /, '').trim()) });
  register(program, out, (code) => (status = code));
  const prev = process.cwd();
  process.chdir(cwd);
  try {
    await program.parseAsync(['node', 'spectro-pack', ...argv]);
  } catch (e) {
    if (e instanceof SpectroPackError) {
      out.error(e.where, e.message, e.hint);
      status = 2;
    } else if (e && typeof e === 'object' && 'exitCode' in e) {
      status = (e as { exitCode: number }).exitCode === 0 ? 0 : 2;
    } else {
      throw e;
    }
  } finally {
    process.chdir(prev);
  }
  return { status, stdout, stderr };
}
