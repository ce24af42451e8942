import type { InitContext } from './context.js';

/** Where the bundled MetalLB packs are meant to run (pack.json `cloudTypes`). */
export const METALLB_CLOUD_TYPES = ['baremetal', 'maas', 'vsphere', 'openstack', 'libvirt', 'edge', 'edge-native', 'custom'] as const;

/**
 * pack.json of a scaffold. JSON is written by JSON.stringify, not by a template: every
 * template under templates/ may only call the render engine's YAML helpers (lintTemplate, enforced by
 * test/render/templates.test.ts), and a YAML scalar is not a JSON string. The layout is the bundled
 * packs': keys sorted, one per line, arrays on one line.
 */
export function packJsonText(ctx: InitContext): string {
  const fields: Record<string, string | readonly string[]> = {
    addonType: 'load balancer',
    cloudTypes: METALLB_CLOUD_TYPES,
    displayName: 'MetalLB',
    layer: 'addon',
    name: ctx.name,
    version: ctx.version,
  };
  if (ctx.type === 'helm') fields['charts'] = [`charts/metallb-full-${ctx.version}.tgz`];
  else fields['kubeManifests'] = ['manifests/metallb.yaml'];
  const lines = Object.keys(fields)
    .sort()
    .map((k) => {
      const v = fields[k]!;
      const text = typeof v === 'string' ? JSON.stringify(v) : `[${v.map((s) => JSON.stringify(s)).join(', ')}]`;
      return `  ${JSON.stringify(k)}: ${text}`;
    });
  return `{\n${lines.join(',\n')}\n}\n`;
}
