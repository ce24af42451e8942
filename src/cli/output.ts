import { Chalk } from 'chalk';
import type { Style } from '../diagnostics/formatters/types.js';
import { plainStyle } from '../diagnostics/formatters/types.js';

/**
 * stdout/stderr and colour for the CLI. Colour: off with --no-color or NO_COLOR, forced with
 * FORCE_COLOR (not "0"), else on when stdout is a TTY.
 */
export class Output {
  readonly color: boolean;
  readonly style: Style;

  constructor(argv: string[], env: NodeJS.ProcessEnv = process.env, isTTY = Boolean(process.stdout.isTTY)) {
    let color = isTTY;
    if (env['FORCE_COLOR'] !== undefined) color = env['FORCE_COLOR'] !== '0' && env['FORCE_COLOR'] !== 'false';
    if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') color = false;
    if (argv.includes('--no-color')) color = false;
    this.color = color;
    if (color) {
      const c = new Chalk({ level: 1 });
      this.style = { bold: c.bold, dim: c.dim, red: c.red, yellow: c.yellow, blue: c.blue, green: c.green, underline: c.underline };
    } else {
      this.style = plainStyle;
    }
  }

  stdout(s: string): void {
    process.stdout.write(s);
  }

  stderr(s: string): void {
    process.stderr.write(s);
  }

  /** one-line error on stderr: `spectro-pack: WHERE: MESSAGE` plus an indented hint */
  error(where: string | undefined, message: string, hint?: string): void {
    const head = this.style.red('spectro-pack: ');
    this.stderr(`${head}${where ? `${where}: ` : ''}${message}\n`);
    if (hint) this.stderr(`  hint: ${hint}\n`);
  }

  warn(message: string): void {
    this.stderr(`${this.style.yellow('spectro-pack: warning: ')}${message}\n`);
  }
}
