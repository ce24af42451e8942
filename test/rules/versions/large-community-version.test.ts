import { cr, docs, table } from '../peers/table.js';

const frr = { bgpMode: 'frr' as const };

table('metallb/large-community-version', [
  { name: 'large literal on 0.13.9', text: docs(cr('BGPAdvertisement', 'ad', 'communities:', '- large:1:2:3')), opts: { ...frr, metallbVersion: '0.13.9' }, want: ['metallb/large-community-version@7:5'] },
  { name: 'large alias value on 0.13.9', text: docs(cr('Community', 'c', 'communities:', '- name: big', '  value: large:1:2:3')), opts: { ...frr, metallbVersion: '0.13.9' }, want: ['metallb/large-community-version@8:12'] },
  { name: 'on 0.13.10', text: docs(cr('BGPAdvertisement', 'ad', 'communities:', '- large:1:2:3')), opts: { ...frr, metallbVersion: '0.13.10' }, want: [] },
]);
