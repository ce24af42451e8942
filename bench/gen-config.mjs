// Generates a multi-document YAML of MetalLB CRs: `pools` IPAddressPools with two ranges each,
// `peers` BGPPeers and a few advertisements. Non-overlapping, valid input: the figure is the cost of
// checking, not of reporting. Usage: node bench/gen-config.mjs POOLS PEERS > config.yaml
export function generateConfig(pools, peers = 200) {
  const out = [];
  for (let i = 0; i < pools; i++) {
    // pool i: two /28-sized ranges in 10.x.y.0/24 (x.y from i), avoiding .0 and .255
    const a = (i >> 8) & 255;
    const b = i & 255;
    const o = 10 + ((i >> 16) & 63);
    out.push(
      `apiVersion: metallb.io/v1beta1
kind: IPAddressPool
metadata:
  name: pool-${i}
  namespace: metallb-system
  labels:
    tier: t${i % 4}
spec:
  addresses:
    - ${o}.${a}.${b}.10-${o}.${a}.${b}.40
    - ${o}.${a}.${b}.100-${o}.${a}.${b}.140
`,
    );
  }
  for (let i = 0; i < peers; i++) {
    out.push(
      `apiVersion: metallb.io/v1beta2
kind: BGPPeer
metadata:
  name: peer-${i}
  namespace: metallb-system
spec:
  myASN: 64500
  peerASN: ${64600 + (i % 100)}
  peerAddress: 172.16.${i >> 8}.${(i & 255) || 1}
  holdTime: 90s
`,
    );
  }
  for (let t = 0; t < 4; t++) {
    out.push(
      `apiVersion: metallb.io/v1beta1
kind: BGPAdvertisement
metadata:
  name: adv-t${t}
  namespace: metallb-system
spec:
  ipAddressPoolSelectors:
    - matchLabels:
        tier: t${t}
  aggregationLength: 32
`,
    );
  }
  out.push(`apiVersion: metallb.io/v1beta1
kind: L2Advertisement
metadata:
  name: l2-t0
  namespace: metallb-system
spec:
  ipAddressPoolSelectors:
    - matchLabels:
        tier: t0
`);
  return out.join('---\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(generateConfig(Number(process.argv[2] ?? 10000), Number(process.argv[3] ?? 200)));
}
