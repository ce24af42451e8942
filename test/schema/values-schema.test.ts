/** Table-driven: YAML values / CRs → the schema diagnostics they must yield (code@line:col). */
import { describe, expect, test } from 'vitest';
import { brief, diagnose, yaml } from '../helpers/diagnose.js';

interface Case {
  name: string;
  text: string;
  version?: string;
  /** exact list of schema/* (and macro/deferred where `deferred` is set) diagnostics */
  expect: string[];
  /**
   * metallb/* errors that stand where a schema finding would: validate keeps the MetalLB rule's
   * more specific message and drops the schema one at the same place (src/schema/overlaps.ts)
   */
  superseded?: string[];
  deferred?: boolean;
  message?: string | RegExp;
}

const HELM = ['charts:', '  metallb-full:'];
const CONFIG = [...HELM, '    configuration:'];

const cases: Case[] = [
  // pack section
  {
    name: 'pack: valid section',
    text: yaml('pack:', '  namespace: metallb-system', '  content:', '    images:', '      - image: quay.io/metallb/speaker:v0.14.9', '    charts:', '      - repo: https://metallb.github.io/metallb', '        name: metallb', '        version: 0.14.9', '  namespaceLabels:', '    metallb-system: "pod-security.kubernetes.io/enforce=privileged,app=lb"', '  spectrocloud.com/install-priority: "0"', '  releaseNameOverride:', '    metallb-full: lb', ...HELM, '    metallb: {}'),
    expect: [],
  },
  {
    name: 'pack: unknown key with suggestion, pointing at the key',
    text: yaml('pack:', '  namspace: metallb-system', ...HELM, '    metallb: {}'),
    expect: ['schema/unknown-key@2:3'],
    message: 'unknown key `namspace` under pack; did you mean `namespace`?',
  },
  {
    name: 'pack: namespace not a DNS label',
    text: yaml('pack:', '  namespace: MetalLB_System', ...HELM, '    metallb: {}'),
    expect: ['schema/pattern@2:14'],
    message: /not a DNS label/,
  },
  {
    name: 'pack: install-priority must be a string',
    text: yaml('pack:', '  spectrocloud.com/install-priority: 10', ...HELM, '    metallb: {}'),
    expect: ['schema/type@2:38'],
    message: /quote it: "10"/,
  },
  {
    name: 'pack: content.images entries are {image}',
    text: yaml('pack:', '  content:', '    images:', '      - quay.io/metallb/speaker', '      - img: x', ...HELM, '    metallb: {}'),
    expect: ['schema/type@4:9', 'schema/required@5:9', 'schema/unknown-key@5:9'],
  },
  {
    name: 'pack: namespaceLabels must be k=v lists',
    text: yaml('pack:', '  namespaceLabels:', '    metallb-system: "enforce privileged"', ...HELM, '    metallb: {}'),
    expect: ['schema/pattern@3:21'],
    message: /k=v,k2=v2/,
  },
  {
    name: 'pack: a macro where a pattern is checked is not an error',
    text: yaml('pack:', '  namespace: "{{ .spectro.system.cluster.name }}-lb"', ...HELM, '    metallb: {}'),
    expect: ['macro/deferred@2:14'],
    deferred: true,
  },

  // lb-metallb manifest values
  {
    name: 'manifest: valid',
    text: yaml('manifests:', '  metallb:', '    images:', '      controller: ""', '      speaker: ""', '    namespace: metallb-system', '    avoidBuggyIps: true', '    addresses:', '      - 192.168.250.48-192.168.250.55'),
    expect: [],
  },
  {
    name: 'manifest: CRD spelling avoidBuggyIPs is unknown here; suggestion is the pack spelling',
    text: yaml('manifests:', '  metallb:', '    avoidBuggyIPs: true', '    addresses: [10.0.0.0/24]'),
    expect: ['schema/unknown-key@3:5'],
    message: 'unknown key `avoidBuggyIPs` under manifests.metallb; did you mean `avoidBuggyIps`?',
  },
  {
    name: 'manifest: types',
    text: yaml('manifests:', '  metallb:', '    avoidBuggyIps: "yes"', '    addresses: 10.0.0.0/24', '    images:', '      controler: x'),
    expect: ['schema/type@3:20', 'schema/type@4:16', 'schema/unknown-key@6:7'],
  },

  // lb-metallb-helm: configuration
  {
    name: 'helm: the seed configuration is clean',
    text: yaml(...CONFIG, '      ipaddresspools:', '        first-pool:', '          spec:', '            addresses:', '              - 192.168.10.0/24', '            avoidBuggyIPs: true', '            autoAssign: true', '      l2advertisements:', '        default:', '          spec:', '            ipAddressPools:', '              - first-pool', '      bgpadvertisements: {}', '      bgppeers:', '      communities: {}', '      bfdprofiles: {}', '    metallb:', '      speaker:', '        frr:', '          enabled: true'),
    version: '0.13.12',
    expect: [],
  },
  {
    name: 'helm: unknown spec field with a case-insensitive suggestion',
    text: yaml(...CONFIG, '      ipaddresspools:', '        p:', '          spec:', '            addresses: [10.0.0.0/24]', '            avoidBuggyIps: true'),
    expect: ['schema/unknown-key@8:13'],
    message: 'unknown key `avoidBuggyIps` under charts.metallb-full.configuration.ipaddresspools.p.spec; did you mean `avoidBuggyIPs`?',
  },
  {
    name: 'helm: unknown group and unknown entry key',
    text: yaml(...CONFIG, '      ipaddresspool:', '        p: {spec: {addresses: [10.0.0.0/24]}}', '      bgppeers:', '        r:', '          specs: {myASN: 1}'),
    expect: ['schema/unknown-key@4:7', 'schema/unknown-key@8:11'],
    superseded: ['metallb/peer-my-asn@7:9'],
  },
  {
    name: 'helm: unknown key directly under metallb-full',
    text: yaml(...HELM, '    configuraton: {}'),
    expect: ['schema/unknown-key@3:5'],
    message: /did you mean `configuration`\?/,
  },
  {
    name: 'helm: quoted number, enum, duration pattern, selector operator',
    text: yaml(...CONFIG, '      bgppeers:', '        r:', '          spec:', '            myASN: "64512"', '            peerASN: 64513', '            peerAddress: 10.0.0.1', '            dynamicASN: Internal', '            holdTime: 90', '            keepaliveTime: 30 s', '            nodeSelectors:', '              - matchExpressions:', '                  - {key: a, operator: in}'),
    version: '0.14.9',
    expect: ['schema/type@7:20', 'schema/type@11:23', 'schema/enum@15:40'],
    superseded: ['metallb/peer-asn@10:25', 'metallb/peer-timers@12:28'],
  },
  {
    name: 'helm: a bare number for a duration suggests a unit, not quotes ("90" would fail as a duration too)',
    text: yaml(...CONFIG, '      bgppeers:', '        r:', '          spec:', '            myASN: 64512', '            peerASN: 64513', '            peerAddress: 10.0.0.1', '            holdTime: 90'),
    expect: ['schema/type@10:23'],
    message: 'charts.metallb-full.configuration.bgppeers.r.spec.holdTime must be a string, not 90; write it as a duration with a unit: `90s`',
  },
  {
    name: 'helm: an entry without its spec: level says to move the field under spec',
    text: yaml(...CONFIG, '      ipaddresspools:', '        p:', '          addresses: [10.0.0.0/24]', '      bgppeers:', '        r: {myASN: 1, peerASN: 2, peerAddress: 10.0.0.1, bogus: 1}'),
    version: '0.14.9',
    expect: ['schema/unknown-key@6:11', 'schema/unknown-key@8:13', 'schema/unknown-key@8:23', 'schema/unknown-key@8:35', 'schema/unknown-key@8:58'],
    message: 'unknown key `addresses` under charts.metallb-full.configuration.ipaddresspools.p; `addresses` is a field of the IPAddressPool spec: move it under `spec:` (p: {spec: {addresses: …}})',
  },
  {
    name: 'helm: bounds',
    text: yaml(...CONFIG, '      bfdprofiles:', '        b:', '          spec:', '            detectMultiplier: 1', '            echoMode: 1', '      bgpadvertisements:', '        a:', '          spec:', '            aggregationLength: 0', '            localPref: -1'),
    expect: ['schema/type@8:23', 'schema/range@13:24'],
    superseded: ['metallb/bfd-profile-bounds@7:31', 'metallb/aggregation-length-invalid@12:32'],
  },
  {
    name: 'helm: macros in typed spec fields are accepted silently (the metallb rules report deferral)',
    text: yaml(...CONFIG, '      bgppeers:', '        r:', '          spec:', '            myASN: "{{ .spectro.var.asn }}"', '            peerAddress: 10.0.0.1', '            ebgpMultiHop: "{{ .spectro.var.multihop }}"', '      bfdprofiles:', '        b:', '          spec:', '            receiveInterval: "{{ .spectro.var.rx | default 300 }}"'),
    expect: [],
  },
  {
    name: 'helm: metadata labels/annotations accepted, other metadata flagged',
    text: yaml(...CONFIG, '      ipaddresspools:', '        p:', '          metadata:', '            labels: {zone: a}', '            annotations: {note: x}', '            name: other', '          spec: {addresses: [10.0.0.0/24]}'),
    expect: ['schema/unknown-key@9:13'],
  },

  // lb-metallb-helm: chart values
  {
    name: 'chart: typo at the top with suggestion',
    text: yaml(...HELM, '    metallb:', '      speker:', '        frr:', '          enabled: false'),
    expect: ['schema/unknown-key@4:7'],
    message: 'unknown key `speker` under charts.metallb-full.metallb; did you mean `speaker`?',
  },
  {
    name: 'chart: frrk8s does not exist in the 0.13 chart',
    text: yaml(...HELM, '    metallb:', '      frrk8s:', '        enabled: false'),
    version: '0.13.12',
    expect: ['schema/unknown-key@4:7'],
    message: /the metallb 0\.13 chart has no such value/,
  },
  {
    name: 'chart: frrk8s exists from 0.14',
    text: yaml(...HELM, '    metallb:', '      frrk8s:', '        enabled: false'),
    version: '0.14.9',
    expect: [],
  },
  {
    name: 'chart: speaker.frr.enable typo',
    text: yaml(...HELM, '    metallb:', '      speaker:', '        frr:', '          enable: true'),
    version: '0.15.3',
    expect: ['schema/unknown-key@6:11'],
    message: /did you mean `enabled`\?/,
  },
  {
    name: 'chart: free-form maps take any keys',
    text: yaml(...HELM, '    metallb:', '      controller:', '        nodeSelector: {node-role.kubernetes.io/lb: ""}', '        resources: {limits: {cpu: 100m}}', '        tolerations: [{key: k, operator: Exists}]', '        podAnnotations: {a: b}', '        labels: {team: net}', '      speaker:', '        affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {}}}'),
    expect: [],
  },
  {
    name: 'chart: null deletes a default (Helm), never a type error',
    text: yaml(...HELM, '    metallb:', '      speaker:', '        tolerateMaster:', '        image:', '          tag: null'),
    expect: [],
  },
  {
    name: 'chart: types and enums',
    text: yaml(...HELM, '    metallb:', '      speaker:', '        logLevel: verbose', '        frr:', '          enabled: "true"', '      crds:', '        validationFailurePolicy: fail'),
    expect: ['schema/enum@5:19', 'schema/type@7:20', 'schema/enum@9:34'],
  },
  {
    name: 'chart: a macro where a boolean is expected is info, not an error',
    text: yaml(...HELM, '    metallb:', '      speaker:', '        frr:', '          enabled: "{{ .spectro.var.frr }}"'),
    expect: ['macro/deferred@6:20'],
    deferred: true,
    message: /boolean is checked at deploy time/,
  },
  {
    name: 'chart: configInline at the top of the chart values',
    text: yaml(...HELM, '    metallb:', '      configInline:', '        address-pools: []'),
    expect: ['schema/config-inline@4:7'],
    message: /spectro-pack convert/,
  },
  {
    name: 'chart: configInline nested and directly under metallb-full',
    text: yaml(...HELM, '    configInline: {}', '    metallb:', '      controller:', '        configInline: {}'),
    expect: ['schema/config-inline@3:5', 'schema/config-inline@6:9'],
  },
];

describe('values schema (diagnose)', () => {
  for (const c of cases) {
    test(c.name, () => {
      const diags = diagnose(c.text, { metallbVersion: c.version ?? '0.16.1' });
      const prefixes = c.deferred ? ['schema/', 'macro/'] : ['schema/'];
      expect(brief(diags, ...prefixes)).toEqual(c.expect);
      for (const s of c.superseded ?? []) expect(brief(diags, 'metallb/')).toContain(s);
      if (c.message) {
        const first = diags.find((d) => d.code === c.expect[0]!.split('@')[0]);
        if (typeof c.message === 'string') expect(first?.message).toBe(c.message);
        else expect(first?.message).toMatch(c.message);
      }
    });
  }
});

const CR = (kind: string, ...spec: string[]) => yaml('apiVersion: metallb.io/v1beta1', `kind: ${kind}`, 'metadata:', '  name: x', '  namespace: metallb-system', 'spec:', ...spec);

describe('CR schema (checkCrSchemas)', () => {
  const crCases: Case[] = [
    { name: 'valid pool', text: CR('IPAddressPool', '  addresses: [10.0.0.0/24]', '  autoAssign: false', '  serviceAllocation:', '    priority: 1', '    namespaces: [a]'), expect: [] },
    { name: 'unknown field in a pool', text: CR('IPAddressPool', '  addresses: [10.0.0.0/24]', '  autoassign: false'), expect: ['schema/unknown-key@8:3'], message: 'unknown key `autoassign` under spec of IPAddressPool `x`; did you mean `autoAssign`?' },
    { name: 'pool without addresses: required, at the closest ancestor', text: CR('IPAddressPool', '  autoAssign: true'), expect: [], superseded: ['metallb/pool-no-addresses@6:1'] },
    { name: 'L2 interfaces must be a list', text: CR('L2Advertisement', '  interfaces: eth0'), expect: ['schema/type@7:15'], message: /write it as a list/ },
    { name: 'community entries', text: CR('Community', '  communities:', '    - name: a', '      value: "1:1"', '      vaule: x'), expect: ['schema/unknown-key@10:7'], message: /did you mean `value`\?/ },
    { name: 'connectTime as a bare number: suggest seconds', text: CR('BGPPeer', '  myASN: 1', '  peerASN: 2', '  peerAddress: 10.0.0.1', '  connectTime: 10'), expect: ['schema/type@10:16'], message: /not 10; write it as a duration with a unit: `10s`$/ },
    { name: 'second document is located in its own document', text: CR('IPAddressPool', '  addresses: [10.0.0.0/24]') + '---\n' + CR('BFDProfile', '  passiveMode: "no"'), expect: ['schema/type@15:16'] },
  ];
  for (const c of crCases) {
    test(c.name, () => {
      const diags = diagnose(c.text, { metallbVersion: '0.16.1', file: 'crs.yaml' });
      expect(brief(diags, 'schema/')).toEqual(c.expect);
      for (const s of c.superseded ?? []) expect(brief(diags, 'metallb/')).toContain(s);
      if (c.message) {
        const first = diags.find((d) => d.code === c.expect[0]!.split('@')[0]);
        if (typeof c.message === 'string') expect(first?.message).toBe(c.message);
        else expect(first?.message).toMatch(c.message);
      }
    });
  }
});
