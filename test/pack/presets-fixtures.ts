import { lines } from './helpers.js';

/** values.yaml with an optional enabled-presets first line. */
export function presetValues(enabled?: string): string {
  return (enabled === undefined ? '' : `# spectrocloud.com/enabled-presets: ${enabled}\n`) + lines(
    'pack:',
    '  content:',
    '    images:',
    '      - image: a/b:1',
    'app:',
    '  mode: l2',
    '  pools:',
    '    - 10.0.0.0/24',
  );
}

/** One preset entry of presets.yaml (no leading `presets:`). */
export function preset(name: string, group: string, body: string[] = []): string[] {
  return [`  - name: ${name}`, `    displayName: ${name.toUpperCase()}`, `    group: ${group}`, ...body];
}
