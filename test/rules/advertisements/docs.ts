/** Small builders for multi-document MetalLB CR test cases; each returns the document's lines. */
export const pool = (name: string, addresses: string[], labels?: Record<string, string>) => [
  'apiVersion: metallb.io/v1beta1',
  'kind: IPAddressPool',
  'metadata:',
  `  name: ${name}`,
  ...(labels ? ['  labels:', ...Object.entries(labels).map(([k, v]) => `    ${k}: ${v}`)] : []),
  'spec:',
  `  addresses: [${addresses.join(', ')}]`,
];

/** `spec` given as YAML lines already indented by two */
export const obj = (kind: string, name: string, ...spec: string[]) => [
  `apiVersion: metallb.io/${kind === 'BGPPeer' ? 'v1beta2' : 'v1beta1'}`,
  `kind: ${kind}`,
  'metadata:',
  `  name: ${name}`,
  ...(spec.length ? ['spec:', ...spec] : ['spec: {}']),
];

export const docs = (...ds: string[][]) => ds.map((d) => d.join('\n')).join('\n---\n') + '\n';
