import type { RuleContext } from '../../model.js';
import { atLeastVersion } from '../../version.js';

export { fieldName } from '../wording.js';

/** How to turn FRR on, worded for the input form, followed by "or <alternative>". */
export function frrFix(ctx: RuleContext, alternative: string): string {
  switch (ctx.config.form) {
    case 'helm':
      // 0.16 defaults to FRR-K8s and deprecates the speaker's own FRR container
      return atLeastVersion(ctx.version, '0.16.0')
        ? `enable FRR-K8s mode: charts.metallb-full.metallb.frrk8s.enabled: true (the 0.16 default; speaker.frr.enabled is deprecated), or ${alternative}`
        : `enable FRR mode: charts.metallb-full.metallb.speaker.frr.enabled: true (or frrk8s.enabled: true), or ${alternative}`;
    case 'configmap':
      return `deploy MetalLB 0.12 in FRR mode (metallb-frr.yaml; validate with --bgp-mode frr), or ${alternative}`;
    default:
      return `run MetalLB in FRR or FRR-K8s mode (validate with --bgp-mode frr), or ${alternative}`;
  }
}
