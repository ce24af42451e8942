import type { Command } from 'commander';
import type { Output } from '../output.js';

export function registerLogout(program: Command, out: Output, setExit: (code: number) => void): void {
  program
    .command('logout')
    .description('forget the stored login of a registry')
    .argument('<host>', 'registry host[:port]')
    .action(async (host: string) => {
      const { logout } = await import('../../actions/login.js');
      const r = await logout(host);
      out.stdout(r.removed ? `logged out of ${r.host}\n` : `no stored login for ${r.host}\n`);
      setExit(0);
    });
}
