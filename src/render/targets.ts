import { usageError } from '../core/errors.js';
import type { PackKind } from '../pack/pack-kind.js';
import { usesConfigMap, type Version } from '../metallb/version.js';

export const RENDER_TARGETS = ['crs', 'configmap', 'helm-values'] as const;
export type RenderTarget = (typeof RENDER_TARGETS)[number];

/** What is being rendered: a pack (directory or values file) of a kind, MetalLB CRs, or a legacy ConfigMap. */
export type RenderInput = { form: 'values'; packKind: PackKind } | { form: 'crs' } | { form: 'configmap' };

/**
 * The target for an input and version: the one asked for when it makes sense, else the input's
 * natural one; impossible combinations are usage errors (exit 2) that say what to do instead.
 */
export function chooseTarget(input: RenderInput, version: Version, asked: RenderTarget | undefined): RenderTarget {
  const legacy = usesConfigMap(version);
  const v = version.raw;
  if (asked !== undefined && !(RENDER_TARGETS as readonly string[]).includes(asked)) {
    throw usageError(`--target ${String(asked)} is not a render target`, `use one of ${RENDER_TARGETS.join(', ')}`);
  }
  if (input.form === 'crs') {
    if (legacy) throw usageError(`MetalLB ${v} reads no custom resources (only the ConfigMap "config")`, 'pass --metallb-version 0.13.0 or newer');
    if (asked && asked !== 'crs') throw usageError(`--target ${asked} cannot be made from MetalLB custom resources`, 'custom resources render with --target crs');
    return 'crs';
  }
  if (input.form === 'configmap') {
    if (asked === 'crs') {
      throw usageError('turning a legacy ConfigMap into custom resources is a conversion, not a render', 'use `spectro-pack convert PATH --to crs`, or render the ConfigMap with --target configmap');
    }
    if (asked && asked !== 'configmap') throw usageError(`--target ${asked} cannot be made from a legacy ConfigMap`, 'use --target configmap');
    if (!legacy) throw usageError(`MetalLB ${v} no longer reads the ConfigMap "config"`, 'pass --metallb-version 0.12.1 or older, or convert the ConfigMap to custom resources');
    return 'configmap';
  }
  if (input.packKind === 'lb-metallb') {
    const natural: RenderTarget = legacy ? 'configmap' : 'crs';
    const target = asked ?? natural;
    if (target === 'helm-values') throw usageError('--target helm-values is for the lb-metallb-helm pack; lb-metallb deploys manifests', `use --target ${natural}`);
    if (target !== natural) {
      throw usageError(
        legacy ? `MetalLB ${v} is configured by the ConfigMap "config", not by custom resources` : `MetalLB ${v} is configured by custom resources, not by the ConfigMap "config"`,
        `use --target ${natural}, or a --metallb-version ${legacy ? '0.13.0 or newer' : '0.12.1 or older'}`,
      );
    }
    return target;
  }
  if (input.packKind === 'lb-metallb-helm') {
    if (legacy) throw usageError(`the lb-metallb-helm pack starts at MetalLB 0.13; ${v} is older`, 'pass --metallb-version 0.13.0 or newer');
    const target = asked ?? 'crs';
    if (target === 'configmap') throw usageError('the lb-metallb-helm pack configures MetalLB with custom resources, not the ConfigMap', 'use --target crs or --target helm-values');
    return target;
  }
  throw usageError('not a MetalLB pack: render knows lb-metallb and lb-metallb-helm', 'pass a pack directory or values.yaml with manifests.metallb or charts.metallb-full');
}
