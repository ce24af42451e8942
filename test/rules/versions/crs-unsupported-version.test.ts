import { cr, docs, helm, table } from '../peers/table.js';

const pool = cr('IPAddressPool', 'p', 'addresses:', '- 10.0.0.0/24');

table('metallb/crs-unsupported-version', [
  { name: 'CRs for 0.12', text: docs(pool, cr('L2Advertisement', 'l2')), opts: { metallbVersion: '0.12.1' }, want: ['metallb/crs-unsupported-version@1:13'] },
  { name: 'helm values for 0.11', text: helm('ipaddresspools:', '  p:', '    spec:', '      addresses: [10.0.0.0/24]'), opts: { metallbVersion: '0.11.0' }, want: ['metallb/crs-unsupported-version@6:11'] },
  { name: 'CRs for 0.13.0', text: docs(pool), opts: { metallbVersion: '0.13.0' }, want: [] },
]);

table('metallb/field-version', [{ name: 'no per-field noise for 0.12 CRs', text: docs(pool), opts: { metallbVersion: '0.12.1' }, want: [] }]);
