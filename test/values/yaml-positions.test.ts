import { describe, expect, it } from 'vitest';
import { brief, diagnose, yaml } from '../helpers/diagnose.js';

/**
 * Parse findings (yaml/*) with their line:column, in a CR file and inside a legacy ConfigMap's
 * `config: |` block scalar (positions mapped back into the outer file), with LF and CRLF endings.
 */

const pool = (...rest: string[]) => yaml('apiVersion: metallb.io/v1beta1', 'kind: IPAddressPool', 'metadata:', '  name: a', ...rest);

/** A legacy ConfigMap; `header` is the `config:` line (line 7), the block's lines start at line 8. */
const configMap = (header: string, ...config: string[]) =>
  yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: config', '  namespace: metallb-system', 'data:', header, ...config);

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

const bomb = (indent: string) => [
  `${indent}a: &a [x, x, x, x, x, x, x, x, x, x]`,
  `${indent}b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]`,
  `${indent}c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]`,
];

const crCases: { name: string; text: string; want: string[] }[] = [
  // the unterminated flow sequence is noticed where the next, less indented key starts
  { name: 'syntax: unterminated flow sequence', text: pool('spec:', '  addresses: [10.0.0.0/24', '  autoAssign: true'), want: ['yaml/syntax@7:3'] },
  { name: 'tab: a tab indents a key', text: pool('spec:', '\taddresses: [10.0.0.0/24]'), want: ['yaml/tab@6:1'] },
  {
    name: 'tab: a tab after spaces (the column of the tab; the sequence is then 3 columns in)',
    text: pool('spec:', '  addresses:', '  \t- 10.0.0.0/24'),
    want: ['yaml/tab@7:3', 'yaml/indent@7:4'],
  },
  { name: 'indent: a mapping indented by 3', text: yaml('apiVersion: metallb.io/v1beta1', 'kind: IPAddressPool', 'metadata:', '   name: a', 'spec:', '  addresses: [10.0.0.0/24]'), want: ['yaml/indent@4:4'] },
  { name: 'indent: a sequence indented by 5', text: pool('spec:', '  addresses:', '     - 10.0.0.0/24'), want: ['yaml/indent@7:6'] },
  { name: 'indent: flow collections are not checked', text: pool('spec:', '  addresses: [ 10.0.0.0/24 ]'), want: [] },
  { name: 'duplicate-key: at the second key', text: pool('spec:', '  addresses: [10.0.0.0/24]', '  addresses: [10.0.1.0/24]'), want: ['yaml/duplicate-key@7:3'] },
  { name: 'duplicate-key: CRLF', text: crlf(pool('spec:', '  addresses: [10.0.0.0/24]', '  addresses: [10.0.1.0/24]')), want: ['yaml/duplicate-key@7:3'] },
  { name: 'alias-bomb: at the start of the document', text: pool(...bomb(''), 'spec:', '  addresses: [10.0.0.0/24]'), want: ['yaml/alias-bomb@1:1'] },
  { name: 'warning: an unknown tag, at the tag', text: pool('spec:', '  addresses: !foo [10.0.0.0/24]'), want: ['yaml/warning@6:14'] },
  { name: 'warning: CRLF', text: crlf(pool('spec:', '  addresses: !foo [10.0.0.0/24]')), want: ['yaml/warning@6:14'] },
  { name: 'clean CRLF file', text: crlf(pool('spec:', '  addresses: [10.0.0.0/24]')), want: [] },
];

describe('yaml/* positions in a CR file', () => {
  it.each(crCases)('$name', ({ text, want }) => {
    expect(brief(diagnose(text, { metallbVersion: '0.14.9' }), 'yaml/')).toEqual(want);
  });

  it('severities: syntax, tab, duplicate-key and alias-bomb are errors; indent and warning are warnings', () => {
    const sev = (text: string, code: string) => diagnose(text, { metallbVersion: '0.14.9' }).find((d) => d.code === code)?.severity;
    expect(sev(crCases[0]!.text, 'yaml/syntax')).toBe('error');
    expect(sev(crCases[1]!.text, 'yaml/tab')).toBe('error');
    expect(sev(crCases[3]!.text, 'yaml/indent')).toBe('warning');
    expect(sev(crCases[6]!.text, 'yaml/duplicate-key')).toBe('error');
    expect(sev(crCases[8]!.text, 'yaml/alias-bomb')).toBe('error');
    expect(sev(crCases[9]!.text, 'yaml/warning')).toBe('warning');
  });

  // once reported at 1:1, the start of the file
  it('alias-bomb in the second document is reported at that document (8:1), not at 1:1', () => {
    const text = pool('spec:', '  addresses: [10.0.0.0/24]') + yaml('---', 'apiVersion: metallb.io/v1beta1', 'kind: L2Advertisement', 'metadata:', '  name: b', ...bomb(''));
    expect(brief(diagnose(text, { metallbVersion: '0.14.9' }), 'yaml/')).toEqual(['yaml/alias-bomb@8:1']);
  });
});

// the body shared by most ConfigMap cases: line 8 … line 12
const body = (ip = '10.0.0.0/24') => ['    address-pools:', '    - name: default', '      protocol: layer2', '      addresses:', `      - ${ip}`];

const cmCases: { name: string; text: string; want: string[]; codes?: string[] }[] = [
  {
    name: 'syntax inside the block',
    text: configMap('  config: |', '    address-pools:', '    - name: default', '      protocol: [layer2', '      addresses:', '      - 10.0.0.0/24'),
    want: ['yaml/syntax@11:7'],
  },
  {
    name: 'syntax inside the block, CRLF',
    text: crlf(configMap('  config: |', '    address-pools:', '    - name: default', '      protocol: [layer2', '      addresses:', '      - 10.0.0.0/24')),
    want: ['yaml/syntax@11:7'],
  },
  {
    name: 'tab inside the block',
    text: configMap('  config: |', '    address-pools:', '    - name: default', '      protocol: layer2', '      addresses:', '      \t- 10.0.0.0/24'),
    want: ['yaml/tab@12:7', 'yaml/indent@12:8'],
  },
  {
    name: 'odd indentation inside the block',
    text: configMap('  config: |', '    address-pools:', '    - name: default', '      protocol: layer2', '      addresses:', '         - 10.0.0.0/24'),
    want: ['yaml/indent@12:10'],
  },
  {
    name: 'duplicate key inside the block',
    text: configMap('  config: |', '    address-pools:', '    - name: default', '      protocol: layer2', '      protocol: bgp', '      addresses:', '      - 10.0.0.0/24'),
    want: ['yaml/duplicate-key@11:7'],
  },
  {
    name: 'duplicate key inside the block, CRLF',
    text: crlf(configMap('  config: |', '    address-pools:', '    - name: default', '      protocol: layer2', '      protocol: bgp', '      addresses:', '      - 10.0.0.0/24')),
    want: ['yaml/duplicate-key@11:7'],
  },
  {
    name: 'alias bomb inside the block: the first line of the block',
    text: configMap('  config: |', ...bomb('    '), '    address-pools: []'),
    want: ['yaml/alias-bomb@8:5'],
  },
  {
    name: 'unknown tag inside the block',
    text: configMap('  config: |', '    address-pools:', '    - name: default', '      protocol: !foo layer2', '      addresses:', '      - 10.0.0.0/24'),
    want: ['yaml/warning@10:17'],
  },
  // a model finding inside the block (not a yaml/ one) shows the mapping of positions for values
  { name: 'bare IP inside `config: |`', text: configMap('  config: |', ...body('10.0.0.1')), want: ['metallb/address-invalid@12:9'], codes: ['metallb/address-invalid'] },
  { name: 'bare IP inside `config: |`, CRLF', text: crlf(configMap('  config: |', ...body('10.0.0.1'))), want: ['metallb/address-invalid@12:9'], codes: ['metallb/address-invalid'] },
  { name: 'bare IP inside `config: | # comment`', text: configMap('  config: | # the config', ...body('10.0.0.1')), want: ['metallb/address-invalid@12:9'], codes: ['metallb/address-invalid'] },
  {
    name: 'bare IP inside a block that starts with a blank line',
    text: configMap('  config: |', '', ...body('10.0.0.1')),
    want: ['metallb/address-invalid@13:9'],
    codes: ['metallb/address-invalid'],
  },
];

describe('yaml/* positions inside a legacy ConfigMap `config: |` block', () => {
  it.each(cmCases)('$name', ({ text, want, codes }) => {
    expect(brief(diagnose(text, { metallbVersion: '0.12.1' }), ...(codes ?? ['yaml/']))).toEqual(want);
  });
});

/**
 * BUG (src/values/source-file.ts, `placementOf`): with an explicit indentation indicator the content
 * indentation is computed as indicator + (column of `|` − 1) instead of indicator + the indentation of
 * the `config:` key's line. For `  config: |2` (key indented by 2, `|` in column 11) the content starts
 * in column 5 (2 + 2), but positions are shifted 8 columns to the right (2 + 10 = 12).
 * The expectations below are the CORRECT ones.
 */
describe('`config: |2` (explicit indentation indicator)', () => {
  const indicatorCases: { name: string; text: string; want: string[] }[] = [
    // 6-space content: the block's text keeps 2 leading spaces; the IP is in column 11 of line 12
    { name: '|2 with 6-space content', text: configMap('  config: |2', '      address-pools:', '      - name: default', '        protocol: layer2', '        addresses:', '        - 10.0.0.1'), want: ['metallb/address-invalid@12:11'] },
    {
      name: '|2 with 6-space content, CRLF',
      text: crlf(configMap('  config: |2', '      address-pools:', '      - name: default', '        protocol: layer2', '        addresses:', '        - 10.0.0.1')),
      want: ['metallb/address-invalid@12:11'],
    },
    { name: '|-2 with 6-space content', text: configMap('  config: |-2', '      address-pools:', '      - name: default', '        protocol: layer2', '        addresses:', '        - 10.0.0.1'), want: ['metallb/address-invalid@12:11'] },
    { name: '|2 with 4-space content', text: configMap('  config: |2', ...body('10.0.0.1')), want: ['metallb/address-invalid@12:9'] },
  ];
  for (const c of indicatorCases) {
    // the indicator counts from the parent's indentation (once taken from the header's column)
    it(c.name, () => {
      expect(brief(diagnose(c.text, { metallbVersion: '0.12.1' }), 'metallb/address-invalid')).toEqual(c.want);
    });
  }

  it('the value itself is read correctly', () => {
    const diags = diagnose(indicatorCases[0]!.text, { metallbVersion: '0.12.1' });
    expect(diags.filter((d) => d.code === 'metallb/address-invalid').map((d) => d.range?.start.line)).toEqual([12]);
    expect(brief(diags, 'yaml/', 'legacy/')).toEqual([]);
  });
});
