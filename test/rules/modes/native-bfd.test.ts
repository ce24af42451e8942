import { configMap, cr, docs, table } from '../peers/table.js';

table('metallb/native-bfd', [
  { name: 'a BFD profile in native mode', text: docs(cr('BFDProfile', 'fast', 'detectMultiplier: 3')), want: ['metallb/native-bfd@4:9'] },
  { name: 'FRR mode', text: docs(cr('BFDProfile', 'fast', 'detectMultiplier: 3')), opts: { bgpMode: 'frr' }, want: [] },
  {
    name: 'legacy bfd-profiles in native 0.12',
    text: configMap('bfd-profiles:', '- name: fast', '  detect-multiplier: 3'),
    opts: { metallbVersion: '0.12.1' },
    want: ['metallb/native-bfd@9:13'],
  },
]);
