/** Codes reported for the legacy ConfigMap (MetalLB ≤ 0.12), with one-line descriptions. */
export const legacyCodes: Record<string, string> = {};
