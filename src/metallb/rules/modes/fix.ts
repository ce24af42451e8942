import { LEGACY_KEYS } from '../../fields.js';
import type { RuleContext } from '../../model.js';

/** A field as the user wrote it: the legacy kebab-case key for the ConfigMap, else the CRD name. */
export function fieldName(ctx: RuleContext, field: string): string {
  return ctx.config.form === 'configmap' ? (LEGACY_KEYS[field] ?? field) : field;
}

/** How to turn FRR on, worded for the input form, followed by "or <alternative>". */
export function frrFix(ctx: RuleContext, alternative: string): string {
  switch (ctx.config.form) {
    case 'helm':
      return `enable FRR mode: charts.metallb-full.metallb.speaker.frr.enabled: true (or frrk8s.enabled: true), or ${alternative}`;
    case 'configmap':
      return `deploy MetalLB 0.12 in FRR mode (metallb-frr.yaml; validate with --bgp-mode frr), or ${alternative}`;
    default:
      return `run MetalLB in FRR or FRR-K8s mode (validate with --bgp-mode frr), or ${alternative}`;
  }
}
