/** Codes reported by `render` (beyond those of validate), with their one-line descriptions. */
export const renderCodes: Record<string, string> = {
  'render/unresolved-macro': 'a Palette macro has no --macro value and no default; it is left verbatim for Palette to resolve',
  'render/macro-default': 'a Palette macro has no --macro value; its `| default` value was used',
  'render/dropped-field': 'a field the target MetalLB version does not know was left out of the rendered object',
  'render/subchart-defaults-missing': 'render --target helm-values: the upstream metallb chart is not vendored (run `spectro-pack deps`), so its defaults are not merged under `metallb:`',
  'render/rendered-invalid': 'the rendered output (after macro substitution) does not validate',
};
