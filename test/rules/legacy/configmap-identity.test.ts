import { yaml } from '../../helpers/diagnose.js';
import { configMap, table } from '../peers/table.js';

const cm = (...meta: string[]) => yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata:', ...meta, 'data:', '  config: |', '    address-pools: []');

table('legacy/configmap-name', [
  { name: 'wrong name', text: cm('  name: metallb-config', '  namespace: metallb-system'), opts: { metallbVersion: '0.12.1' }, want: ['legacy/configmap-name@4:9'] },
  { name: 'wrong namespace', text: cm('  name: config', '  namespace: default'), opts: { metallbVersion: '0.12.1' }, want: ['legacy/configmap-name@5:14'] },
  { name: 'no namespace', text: cm('  name: config'), opts: { metallbVersion: '0.12.1' }, want: ['legacy/configmap-name@3:1'] },
  { name: 'config in metallb-system', text: configMap('address-pools: []'), opts: { metallbVersion: '0.12.1' }, want: [] },
]);

table('legacy/configmap-ignored', [
  { name: 'target 0.13.7', text: configMap('address-pools: []'), opts: { metallbVersion: '0.13.7' }, want: ['legacy/configmap-ignored@2:7'] },
  { name: 'target 0.12.1', text: configMap('address-pools: []'), opts: { metallbVersion: '0.12.1' }, want: [] },
  { name: 'default target for a ConfigMap is 0.12.1', text: configMap('address-pools: []'), want: [] },
]);
