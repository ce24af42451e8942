import type { Command } from 'commander';
import { usageError } from '../../core/errors.js';
import type { Output } from '../output.js';
import { addRegistryFlags, readPasswordStdin, type RegistryFlags } from './push.js';

/** Asks on the terminal; `hidden` echoes nothing (for passwords). */
async function prompt(out: Output, question: string, hidden: boolean): Promise<string> {
  if (!process.stdin.isTTY) throw usageError(`cannot ask for the ${hidden ? 'password' : 'username'}: standard input is not a terminal`, 'pass --username and pipe the password to --password-stdin');
  // loaded here: every other command starts without readline
  const [{ createInterface }, { Writable }] = await Promise.all([import('node:readline'), import('node:stream')]);
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, done) {
      // readline writes strings; the Writable hands them over as UTF-8 buffers
      if (!muted) out.stderr(String(chunk));
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = new Promise<string>((resolve) => rl.question(question, resolve));
    muted = hidden;
    const value = await answer;
    if (hidden) out.stderr('\n');
    return value;
  } finally {
    rl.close();
  }
}

export function registerLogin(program: Command, out: Output, setExit: (code: number) => void): void {
  const cmd = program
    .command('login')
    .description('check credentials against a registry and store them for later commands (file mode 0600)')
    .argument('<host>', 'registry host[:port]');
  addRegistryFlags(cmd, false).action(async (host: string, flags: RegistryFlags, command: Command) => {
    const [{ login }, { parseRegistry }] = await Promise.all([import('../../actions/login.js'), import('../../registry/reference.js')]);
    parseRegistry(host); // a bad host is refused before the password is asked for
    const username = flags.username ?? (await prompt(out, 'Username: ', false)).trim();
    const password = flags.passwordStdin ? await readPasswordStdin() : await prompt(out, 'Password: ', true);
    const debug = Boolean(command.optsWithGlobals()['debug']);
    const r = await login(host, {
      username, password, caFile: flags.caFile, insecure: flags.insecure, plainHttp: flags.plainHttp,
      trace: debug ? (l) => out.stderr(`debug: ${l}\n`) : undefined,
    });
    for (const w of r.warnings) out.warn(w);
    out.stdout(`logged in to ${r.host} as ${username} (stored in ${r.store})\n`);
    setExit(0);
  });
}
