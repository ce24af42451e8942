/** Codes reported by the JSON-schema checks, with one-line descriptions. */
export const schemaCodes: Record<string, string> = {
  'schema/unknown-key': 'a key the schema does not have (pack section, manifest values, chart values of the target chart family, MetalLB spec, CR top-level keys and metadata); a misspelt or misplaced key is ignored by Palette/Helm/MetalLB',
  'schema/type': 'a value of the wrong type (e.g. a quoted number, a string where a list is expected)',
  'schema/enum': 'a value that is not one of the allowed values (e.g. dynamicASN, logLevel, pullPolicy)',
  'schema/required': 'a required key is missing (e.g. IPAddressPool addresses, BGPPeer myASN, an entry\'s spec)',
  'schema/range': 'a number or list outside its bounds (ports, ASNs, BFD intervals, alert percentages)',
  'schema/pattern': 'text of the wrong shape (DNS label namespace, `k=v,k2=v2` namespace labels, durations such as 90s)',
  'schema/config-inline': 'configInline in the chart values: removed in MetalLB 0.13; move the configuration to charts.metallb-full.configuration or CRs (spectro-pack convert)',
  'schema/invalid': 'a value that fails another JSON-schema constraint',
};
