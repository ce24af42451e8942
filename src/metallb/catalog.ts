/** Codes reported outside the rule list (by the builders and the mode derivation). */
export const metallbExtraCodes: Record<string, string> = {
  'crd/not-an-object': 'a document of a CR file that is not a Kubernetes object',
  'metallb/removed-kind': 'the AddressPool kind: deprecated in 0.13, removed in 0.14.3 (use IPAddressPool + an advertisement)',
  'crd/unknown-kind': 'a metallb.io kind that MetalLB does not have',
  'crd/ignored-document': 'a document that is neither a MetalLB resource, a Secret nor a Node (info)',
  'metallb/frr-mode-conflict': 'speaker.frr.enabled and frrk8s.enabled both true in the chart values',
  'macro/deferred': 'a Palette macro where an IP/number is needed: checked at deploy time (info)',
};
