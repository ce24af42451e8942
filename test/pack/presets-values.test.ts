import { describe, expect, it } from 'vitest';
import { validatePaths } from '../../src/actions/validate.js';
import { packCodes } from '../../src/pack/rules/catalog.js';
import { lines, makePack } from './helpers.js';

/** lb-metallb (manifest pack) 0.13.5: values.yaml lines 1-12, a clean pool. */
const manifestPack = {
  'pack.json': JSON.stringify({ name: 'lb-metallb', displayName: 'MetalLB', version: '0.13.5', layer: 'addon', addonType: 'load balancer', cloudTypes: ['all'] }),
  'values.yaml': lines(
    'pack:',
    '  namespace: metallb-system',
    '  content:',
    '    images:',
    '      - image: quay.io/metallb/controller:v0.13.5',
    '      - image: quay.io/metallb/speaker:v0.13.5',
    'manifests:',
    '  metallb:',
    '    namespace: metallb-system',
    '    avoidBuggyIps: true',
    '    addresses:',
    '      - 192.168.10.0/24',
  ),
};

/**
 * presets.yaml with one preset named `p` (lines 2-4), `remove` from line 5 and `add` after it (line 5
 * without remove); each `add` line is written 6 columns in.
 */
function presets(remove: string[], add?: string[]): string {
  const body = ['presets:', '  - name: p', '    displayName: P', '    group: G'];
  if (remove.length) body.push('    remove:', ...remove.map((r) => `      - ${r}`));
  if (add) body.push('    add: |', ...add.map((l) => `      ${l}`));
  return lines(...body);
}

function run(files: Record<string, string>) {
  const [r] = validatePaths([makePack({ ...manifestPack, ...files })]);
  return r!.diagnostics;
}

function found(files: Record<string, string>, prefix = 'presets/'): string[] {
  return run(files)
    .filter((d) => d.code.startsWith(prefix))
    .map((d) => `${d.code}@${d.range?.start.line}:${d.range?.start.column}`);
}

const manifestCases: { name: string; presets: string; want: string[] }[] = [
  {
    // line 8 `manifests:` … line 10 `addresses: …`; the add block's lines are indented by 6 in presets.yaml
    name: 'bad addresses and a non-boolean avoidBuggyIps: each at its place inside add',
    presets: presets(['manifests.metallb.addresses'], ['manifests:', '  metallb:', '    addresses: [10.0.0.1, 300.1.1.1/24]', '    avoidBuggyIps: maybe']),
    want: ['presets/invalid-values@10:23', 'presets/invalid-values@10:33', 'presets/invalid-values@11:26'],
  },
  { name: 'a valid preset', presets: presets(['manifests.metallb.addresses'], ['manifests:', '  metallb:', '    addresses:', '      - 192.168.250.48/29']), want: [] },
  { name: 'a preset with neither remove nor add', presets: presets([]), want: [] },
  {
    name: 'removing the addresses without adding any: at the remove entry',
    presets: presets(['manifests.metallb.addresses']),
    want: ['presets/invalid-values@6:9'],
  },
  {
    name: 'an unknown key: at the key',
    presets: presets([], ['manifests:', '  metallb:', '    avoidBuggyIPs: true']),
    want: ['presets/invalid-values@8:11'],
  },
  // left to presets/add-syntax: a broken add is not applied
  { name: 'broken add YAML', presets: presets([], ['manifests:', '  metallb: [x']), want: ['presets/add-syntax@8:7'] },
  // an add with a YAML warning (unknown tag) is still applied and checked
  {
    name: 'add with an unknown tag is still checked',
    presets: presets([], ['manifests:', '  metallb:', '    addresses: !foo [10.0.0.1]']),
    want: ['presets/add-style@8:22', 'presets/invalid-values@8:28'],
  },
];

describe('presets/invalid-values (lb-metallb)', () => {
  it.each(manifestCases)('$name', ({ presets: text, want }) => {
    expect(found({ 'presets.yaml': text })).toEqual(want);
  });

  it('the message names the preset and the underlying code and message; the severity is the underlying one', () => {
    const diags = run({ 'presets.yaml': manifestCases[0]!.presets }).filter((d) => d.code === 'presets/invalid-values');
    expect(diags.map((d) => d.message)).toEqual([
      expect.stringMatching(/^preset "p" introduces metallb\/address-invalid: `10\.0\.0\.1` is a bare IP/),
      expect.stringMatching(/^preset "p" introduces metallb\/address-invalid: `300\.1\.1\.1\/24`/),
      expect.stringMatching(/^preset "p" introduces schema\/type: manifests\.metallb\.avoidBuggyIps must be a boolean/),
    ]);
    expect(diags.map((d) => d.severity)).toEqual(['error', 'error', 'error']);
    expect(diags.every((d) => d.file.endsWith('presets.yaml'))).toBe(true);
  });

  it('a problem values.yaml already has is not blamed on the preset', () => {
    const values = manifestPack['values.yaml'].replace('      - 192.168.10.0/24', '      - 192.168.10.1');
    const text = presets([], ['manifests:', '  metallb:', '    avoidBuggyIps: false']);
    const diags = run({ 'values.yaml': values, 'presets.yaml': text });
    expect(diags.filter((d) => d.code === 'metallb/address-invalid')).toHaveLength(1);
    expect(diags.filter((d) => d.code === 'presets/invalid-values')).toEqual([]);
  });

  it('is in the pack catalog', () => {
    expect(packCodes).toHaveProperty(['presets/invalid-values']);
  });
});

/** lb-metallb-helm 0.14.9: values.yaml with one pool and its L2Advertisement, frr on (the 0.14 default). */
const helmPack = {
  'pack.json': JSON.stringify({ name: 'lb-metallb-helm', displayName: 'MetalLB', version: '0.14.9', layer: 'addon', addonType: 'load balancer', cloudTypes: ['all'] }),
  'values.yaml': lines(
    'pack:',
    '  namespace: metallb-system',
    '  content:',
    '    images:',
    '      - image: quay.io/metallb/controller:v0.14.9',
    'charts:',
    '  metallb-full:',
    '    configuration:',
    '      ipaddresspools:',
    '        first-pool:',
    '          spec:',
    '            addresses: [192.168.10.0/24]',
    '            avoidBuggyIPs: true',
    '      l2advertisements:',
    '        default:',
    '          spec:',
    '            ipAddressPools: [first-pool]',
    '    metallb:',
    '      speaker:',
    '        frr:',
    '          enabled: true',
  ),
};

describe('presets/invalid-values (lb-metallb-helm)', () => {
  const helmFound = (text: string) => {
    const [r] = validatePaths([makePack({ ...helmPack, 'presets.yaml': text })]);
    return r!.diagnostics.filter((d) => d.code === 'presets/invalid-values');
  };

  it('turning frr-k8s on beside frr: metallb/frr-mode-conflict at frrk8s.enabled inside add', () => {
    const diags = helmFound(presets([], ['charts:', '  metallb-full:', '    metallb:', '      frrk8s:', '        enabled: true']));
    expect(diags.map((d) => `${d.code}@${d.range?.start.line}:${d.range?.start.column}`)).toEqual(['presets/invalid-values@10:24']);
    expect(diags[0]!.message).toMatch(/^preset "p" introduces metallb\/frr-mode-conflict: /);
  });

  it('a warning stays a warning: a pool no advertisement selects', () => {
    const diags = helmFound(presets([], ['charts:', '  metallb-full:', '    configuration:', '      ipaddresspools:', '        second-pool:', '          spec:', '            addresses: [192.168.20.0/24]', '            avoidBuggyIPs: true']));
    expect(diags.map((d) => `${d.severity} ${d.range?.start.line}:${d.range?.start.column} ${d.message.split(':')[0]}`)).toEqual([
      'warning 10:15 preset "p" introduces metallb/pool-unannounced',
    ]);
  });

  it('a removal more specific than the add is blamed on the remove entry; schema/required yields to the rule', () => {
    // remove (line 6) deletes first-pool's addresses; add (line 7 on) restates a default elsewhere
    const text = presets(['charts.metallb-full.configuration.ipaddresspools.first-pool.spec.addresses'], ['charts:', '  metallb-full:', '    metallb:', '      speaker:', '        frr:', '          enabled: true']);
    const diags = helmFound(text);
    expect(diags.map((d) => `${d.range?.start.line}:${d.range?.start.column} ${d.message.split(':')[0]}`)).toEqual(['6:9 preset "p" introduces metallb/pool-no-addresses']);
  });

  it('switching frr off and frr-k8s on is fine', () => {
    expect(helmFound(presets(['charts.metallb-full.metallb.speaker.frr.enabled'], ['charts:', '  metallb-full:', '    metallb:', '      speaker:', '        frr:', '          enabled: false', '      frrk8s:', '        enabled: true']))).toEqual([]);
  });
});
