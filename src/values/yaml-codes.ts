/** Codes the YAML layer reports, with one-line descriptions (README, SARIF). */
export const yamlCodes: Record<string, string> = {
  'yaml/syntax': 'YAML that does not parse (the message says where and why)',
  'yaml/duplicate-key': 'a mapping key given twice; the later value would win silently',
  'yaml/tab': 'a tab in indentation; YAML and Palette want spaces',
  'yaml/indent': 'indentation that is not a multiple of two spaces (warning)',
  'yaml/alias-bomb': 'anchors/aliases that expand past the limit (a "billion laughs" document)',
  'yaml/warning': 'something the YAML parser warns about (e.g. an unresolved tag)',
};
