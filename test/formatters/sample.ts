import type { FormatOptions, FormatTarget } from '../../src/diagnostics/formatters/index.js';
import { plainStyle } from '../../src/diagnostics/formatters/index.js';

/** A fixed diagnostic list that exercises every corner the formatters care about. */
export const sampleTargets: FormatTarget[] = [
  {
    target: 'packs/lb-metallb-helm-0.15.3',
    diagnostics: [
      {
        code: 'metallb/pool-overlap',
        severity: 'error',
        message: '`10.0.0.0/25` overlaps `10.0.0.0/24` of pool "lan"; give each pool its own range',
        file: 'packs/lb-metallb-helm-0.15.3/values.yaml',
        path: ['charts', 'metallb-full', 'configuration', 'ipaddresspools', 'wan', 'spec', 'addresses', 0],
        range: { start: { line: 12, column: 13 }, end: { line: 12, column: 24 } },
        related: [
          {
            file: 'packs/lb-metallb-helm-0.15.3/values.yaml',
            range: { start: { line: 8, column: 13 }, end: { line: 8, column: 24 } },
            message: 'first defined here',
          },
        ],
      },
      {
        code: 'yaml/indent',
        severity: 'warning',
        message: 'indented by 3 spaces; indent by multiples of two',
        file: 'packs/lb-metallb-helm-0.15.3/values.yaml',
        path: [],
        range: { start: { line: 20, column: 4 }, end: { line: 21, column: 1 } },
      },
      {
        code: 'macro/deferred',
        severity: 'info',
        message: 'address `{{ .spectro.var.vip }}` is a Palette macro: checked at deploy time',
        file: 'packs/lb-metallb-helm-0.15.3/values.yaml',
        path: ['charts', 'metallb-full', 'configuration', 'ipaddresspools', 'vip', 'spec', 'addresses', 0],
        range: { start: { line: 30, column: 13 }, end: { line: 30, column: 40 } },
      },
      {
        code: 'pack/missing-file',
        severity: 'error',
        message: 'pack.json is missing; every pack needs pack.json (name, displayName, version, layer)',
        file: 'packs/lb-metallb-helm-0.15.3/pack.json',
        path: [],
      },
    ],
  },
  {
    target: 'odd dir/cr,s:100%.yaml',
    diagnostics: [
      {
        code: 'metallb/odd-message',
        severity: 'warning',
        message: 'a message with <xml> & "quotes" \'apos\', 100% odd,\nand a second line\r\nand a NUL\u0000 char',
        file: 'odd dir/cr,s:100%.yaml',
        path: ['spec'],
        document: 1,
        range: { start: { line: 3, column: 1 }, end: { line: 3, column: 5 } },
      },
    ],
  },
  { target: 'clean.yaml', diagnostics: [] },
];

export const sampleOptions: FormatOptions = {
  style: plainStyle,
  tool: { name: 'spectro-pack', version: '0.1.0', informationUri: 'https://example.invalid/spectro-pack' },
  rules: {
    'macro/deferred': 'a Palette macro where an IP/number is needed: checked at deploy time (info)',
    'metallb/pool-overlap': 'two address ranges that overlap',
    'pack/missing-file': 'pack.json or values.yaml is missing from the pack directory',
    'yaml/indent': 'indentation that is not a multiple of two spaces (warning)',
  },
};
