import { chmodSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A 1×1 PNG. */
export const LOGO = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, body] of Object.entries(files)) {
    const f = join(root, rel);
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, body);
  }
}

export function manifestPack(root: string, opts: { images?: string[]; kubeManifests?: string[] } = {}): void {
  const images = opts.images ?? ['quay.io/demo/app:v1.0.0', 'quay.io/demo/sidecar:v2'];
  writeTree(root, {
    'pack.json': JSON.stringify({ name: 'demo-manifests', displayName: 'Demo', version: '1.0.0', layer: 'addon', addonType: 'system app', cloudTypes: ['all'], kubeManifests: opts.kubeManifests ?? ['manifests/app.yaml'] }, null, 2),
    'values.yaml': `pack:\n  namespace: demo\n  content:\n    images:\n${images.map((i) => `      - image: ${i}\n`).join('')}\nmanifests:\n  app:\n    images:\n      app: quay.io/demo/app:v1.0.0\n`,
    'README.md': '# Demo\n',
    'logo.png': LOGO,
    'manifests/app.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: quay.io/demo/app:v1.0.0\n        - name: sidecar\n          image: "quay.io/demo/sidecar:v2"\n',
  });
}

/** A tiny chart standing in for an upstream dependency (e.g. metallb). */
export function stubChart(root: string, name = 'upstream', version = '0.2.0'): void {
  writeTree(root, {
    'Chart.yaml': `apiVersion: v2\nname: ${name}\nversion: ${version}\nappVersion: v${version}\n`,
    'values.yaml': `controller:\n  image:\n    repository: quay.io/demo/controller\n    tag:\nmetrics:\n  rbacProxy:\n    repository: gcr.io/demo/proxy\n    tag: v0.1\n  podMonitor:\n    enabled: false\n  serviceMonitor:\n    enabled: false\nextra:\n  enabled: false\n  image:\n    repository: quay.io/demo/extra\n    tag: v9\n`,
    'templates/NOTES.txt': 'stub\n',
  });
}

/** A Helm pack whose chart is in source form (charts/demo-full/) with a file:// dependency on a stub. */
export function helmPack(root: string, opts: { images?: string[]; vendored?: boolean } = {}): void {
  const images = opts.images ?? ['quay.io/demo/controller:v0.2.0', 'quay.io/demo/frr:9.1.0'];
  writeTree(root, {
    'pack.json': JSON.stringify({ name: 'demo-helm', displayName: 'Demo Helm', version: '0.2.0', layer: 'addon', addonType: 'system app', cloudTypes: ['all'], charts: ['charts/demo-full-0.2.0.tgz'] }, null, 2),
    'values.yaml': `pack:\n  namespace: demo\n  content:\n    images:\n${images.map((i) => `      - image: ${i}\n`).join('')}\ncharts:\n  demo-full:\n    upstream:\n      frr:\n        image:\n          repository: quay.io/demo/frr\n          tag: 9.1.0\n`,
    'README.md': '# Demo helm\n',
    'logo.png': LOGO,
    'charts/demo-full/Chart.yaml': 'apiVersion: v2\nname: demo-full\nversion: 0.2.0\ndependencies:\n  - name: upstream\n    version: ">=0.1.0 <1.0.0"\n    repository: file://../../../upstream\n',
    'charts/demo-full/values.yaml': 'upstream:\n  controller:\n    logLevel: info\n',
    'charts/demo-full/.helmignore': '*.bak\n',
    'charts/demo-full/notes.bak': 'ignored by .helmignore\n',
    'charts/demo-full/templates/_helpers.tpl': '{{/* none */}}\n',
  });
  stubChart(join(root, '..', 'upstream'));
}

export function copyBundled(src: string, dst: string): void {
  cpSync(src, dst, { recursive: true });
  chmodSync(dst, 0o755);
}
