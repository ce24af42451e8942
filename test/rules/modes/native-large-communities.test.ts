import { cr, docs, table } from '../peers/table.js';

const pool = cr('IPAddressPool', 'p', 'addresses:', '- 10.1.0.0/24');

table('metallb/native-large-community', [
  { name: 'literal large community', text: docs(pool, cr('BGPAdvertisement', 'ad', 'communities:', '- 65000:1', '- large:1:2:3')), want: ['metallb/native-large-community@16:5'] },
  {
    name: 'alias of a large community',
    text: docs(pool, cr('Community', 'c', 'communities:', '- name: big', '  value: large:1:2:3'), cr('BGPAdvertisement', 'ad', 'communities:', '- big')),
    want: ['metallb/native-large-community@24:5'],
  },
  { name: 'standard communities', text: docs(pool, cr('BGPAdvertisement', 'ad', 'communities:', '- 65000:1')), want: [] },
  { name: 'FRR mode', text: docs(pool, cr('BGPAdvertisement', 'ad', 'communities:', '- large:1:2:3')), opts: { bgpMode: 'frr' }, want: [] },
]);
