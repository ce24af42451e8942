import { docs, peer, table } from './table.js';

const p = peer('p', 'myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1', 'passwordSecret:', '  name: bgp-auth');
/** the Secret document starts at line 12 */
function secret(type: string | undefined, key: string, namespace = 'metallb-system'): string[] {
  return ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: bgp-auth', `  namespace: ${namespace}`, ...(type ? [`type: ${type}`] : []), 'stringData:', `  ${key}: s3cret`];
}

table('metallb/peer-password-secret', [
  { name: 'Secret not in the input: warning', text: docs(p), want: ['metallb/peer-password-secret@10:11'] },
  { name: 'basic-auth Secret with password', text: docs(p, secret('kubernetes.io/basic-auth', 'password')), want: [] },
  { name: 'Opaque Secret', text: docs(p, secret('Opaque', 'password')), want: ['metallb/peer-password-secret@17:7'] },
  { name: 'no type given', text: docs(p, secret(undefined, 'password')), want: ['metallb/peer-password-secret@12:1'] },
  { name: 'no password key', text: docs(p, secret('kubernetes.io/basic-auth', 'pass')), want: ['metallb/peer-password-secret@12:1'] },
  { name: 'Secret in another namespace does not count', text: docs(p, secret('kubernetes.io/basic-auth', 'password', 'default')), want: ['metallb/peer-password-secret@10:11'] },
  { name: 'passwordSecret without name', text: docs(peer('p', 'myASN: 1', 'peerASN: 2', 'peerAddress: 10.0.0.1', 'passwordSecret:', '  namespace: x')), want: ['metallb/peer-password-secret@9:3'] },
]);
