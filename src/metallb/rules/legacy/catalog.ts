/** Codes reported for the legacy ConfigMap (MetalLB ≤ 0.12), with one-line descriptions. */
export const legacyCodes: Record<string, string> = {
  'legacy/unknown-key': 'a key the ConfigMap `config` document does not have (MetalLB parses it strictly)',
  'legacy/key-version': 'a ConfigMap key that the target MetalLB version does not have yet (e.g. bfd-profile before 0.12)',
  'legacy/type': 'a ConfigMap value of the wrong type (MetalLB refuses the whole configuration)',
  'legacy/protocol': 'an address pool without `protocol`, or with one other than layer2 or bgp',
  'legacy/bgp-advertisements-layer2': 'bgp-advertisements on a layer2 address pool',
  'legacy/community': 'a legacy community that is not AA:NN (uint16 parts) nor a defined bgp-communities alias',
  'legacy/configmap-name': 'a ConfigMap not named `config` or not in the MetalLB namespace (warning)',
  'legacy/configmap-ignored': 'a ConfigMap for MetalLB 0.13+, which ignores it (migrate to custom resources)',
};
