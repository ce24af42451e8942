import type { Loc } from '../../../diagnostics/finding.js';
import { at } from '../../../diagnostics/finding.js';
import type { MObject, RuleContext } from '../../model.js';
import { usesConfigMap } from '../../version.js';

/** Field gating applies to custom resources (CR files, helm values) for a target that reads CRs. */
export function gatesFields(ctx: RuleContext): boolean {
  return (ctx.config.form === 'crs' || ctx.config.form === 'helm') && !usesConfigMap(ctx.version);
}

/** The user's objects (not made-up ones such as the manifest pack's pool). */
export function userObjects(ctx: RuleContext): MObject[] {
  return ctx.config.objects.filter((o) => !o.synthetic);
}

/** Where an object's apiVersion is written (CR files), else the object. */
export function apiVersionLoc(ctx: RuleContext, obj: MObject): Loc {
  return ctx.config.form === 'crs' ? at(obj.loc, 'apiVersion') : obj.loc;
}

export function target(ctx: RuleContext): string {
  return `the target is ${ctx.version.raw} (--metallb-version)`;
}
