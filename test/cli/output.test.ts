import { describe, expect, it } from 'vitest';
import { wantsColor } from '../../src/cli/output.js';

describe('wantsColor: --no-color > NO_COLOR > FORCE_COLOR > terminal', () => {
  const cases: [string, string[], Record<string, string>, boolean, boolean][] = [
    ['terminal', [], {}, true, true],
    ['pipe', [], {}, false, false],
    ['FORCE_COLOR=1 into a pipe', [], { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR= (empty) into a pipe', [], { FORCE_COLOR: '' }, false, true],
    ['FORCE_COLOR=0 on a terminal', [], { FORCE_COLOR: '0' }, true, false],
    ['FORCE_COLOR=false on a terminal', [], { FORCE_COLOR: 'false' }, true, false],
    ['NO_COLOR=1 on a terminal', [], { NO_COLOR: '1' }, true, false],
    ['NO_COLOR= (empty) is ignored', [], { NO_COLOR: '' }, true, true],
    ['NO_COLOR beats FORCE_COLOR', [], { NO_COLOR: '1', FORCE_COLOR: '1' }, false, false],
    ['--no-color beats FORCE_COLOR', ['node', 'bin', 'validate', '--no-color'], { FORCE_COLOR: '1' }, true, false],
    ['--no-color after -- is a path, not a flag', ['node', 'bin', 'validate', '--', '--no-color'], {}, true, true],
  ];
  for (const [name, argv, env, tty, want] of cases) {
    it(name, () => expect(wantsColor(argv, env, tty)).toBe(want));
  }
});
