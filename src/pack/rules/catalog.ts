/** Codes reported by the pack checks (pack.json, schema.yaml, presets.yaml), with one-line descriptions. */
export const packCodes: Record<string, string> = {
  'pack/missing-file': 'pack.json or values.yaml is missing from the pack directory',
};
