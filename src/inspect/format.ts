import type { Style } from '../diagnostics/formatters/types.js';
import type { ArchiveInspectResult, InspectResult } from '../actions/inspect.js';
import type { Announcement, PoolReport } from './pools.js';
import { cell, renderTable, type Cell } from './table.js';

const FORM_NAMES: Record<InspectResult['form'], string> = {
  configmap: 'legacy ConfigMap',
  crs: 'custom resources',
  'lb-metallb': 'lb-metallb values',
  'lb-metallb-helm': 'lb-metallb-helm values',
  unknown: 'unreadable input',
};

function plural(n: number | string, word: string, many = `${word}s`): string {
  return `${n} ${String(n) === '1' ? word : many}`;
}

function peersText(a: Announcement): string {
  if (a.kind !== 'BGPAdvertisement') return '-';
  if (!a.peers || a.peers.length === 0) return 'none';
  const names = a.peers.map((n) => (a.peerNodes?.[n] ? `${n} (on ${a.peerNodes[n]})` : n)).join(', ');
  return a.allPeers ? `all: ${names}` : names;
}

function nodesText(a: Announcement): string {
  const names = a.nodeNames === undefined ? '' : ` [${a.nodeNames.length ? a.nodeNames.join(', ') : 'no node matches'}]`;
  return `${a.nodes ?? ''}${names}`;
}

function yesNo(v: boolean | null): string {
  return v === null ? '?' : v ? 'yes' : 'no';
}

function poolRow(p: PoolReport, style: Style): Cell[] {
  const adv = p.announcements.map((a) => `${a.kind === 'L2Advertisement' ? 'L2' : 'BGP'} ${a.name}${a.uncertain ? ' (?)' : ''}`);
  return [
    cell(p.name, style.bold),
    cell(p.family),
    cell(p.ranges.length ? p.ranges : ['-']),
    cell(p.addresses ?? '?'),
    cell(p.usable ?? '?'),
    cell(yesNo(p.autoAssign)),
    p.announced ? cell(adv) : cell(adv.length ? adv : ['not announced'], style.yellow),
    cell(p.announcements.map(peersText)),
    cell(p.announcements.map(nodesText)),
  ];
}

/** The human view: a heading, one table row block per pool, a summary and notes. Plain text plus `style`. */
export function formatInspectTable(r: InspectResult, style: Style): string {
  const lines: string[] = [];
  lines.push(`${style.underline(r.target)}: ${FORM_NAMES[r.form]}, MetalLB ${r.metallbVersion}, BGP mode ${r.bgpMode}`);
  lines.push('');
  if (r.pools.length === 0) {
    lines.push('no IPAddressPool');
  } else {
    const header = ['POOL', 'FAMILY', 'RANGES', 'ADDRESSES', 'USABLE', 'AUTO-ASSIGN', 'ANNOUNCED BY', 'PEERS', 'NODES'].map((h) => cell(h, style.bold));
    lines.push(...renderTable(header, r.pools.map((p) => poolRow(p, style))));
  }
  const s = r.summary;
  lines.push('');
  const totals = `${plural(s.pools, 'pool')}, ${plural(s.addresses ?? '?', 'address', 'addresses')}, ${s.usable ?? '?'} usable`;
  lines.push(s.unannounced.length ? `${totals}; ${style.yellow(`${s.unannounced.length} not announced`)}` : totals);
  const notes = r.pools.flatMap((p) => p.notes.map((n) => `  ${style.yellow('!')} ${p.name}: ${n}`));
  if (notes.length) lines.push('', 'Notes:', ...notes);
  const f = s.findings;
  if (f.error + f.warning > 0) {
    lines.push('', `validate: ${plural(f.error, 'error')}, ${plural(f.warning, 'warning')} (run spectro-pack validate ${r.target} for details)`);
  }
  return lines.join('\n') + '\n';
}

/** The machine view: the result without the raw diagnostics, keys in a fixed order, two-space indent. */
export function formatInspectJson(r: InspectResult): string {
  const { kind: _kind, diagnostics: _diagnostics, ...rest } = r;
  return JSON.stringify(rest, null, 2) + '\n';
}

function modeText(mode: number): string {
  return mode.toString(8).padStart(4, '0');
}

/** An archive as a table: MODE SIZE SHA256 PATH, with the archive's own size and sha256 above. */
export function formatArchiveTable(r: ArchiveInspectResult, style: Style): string {
  const lines: string[] = [];
  lines.push(`${style.underline(r.target)}: ${plural(r.entries.length, 'entry', 'entries')}, ${r.size} bytes (${r.unpackedSize} unpacked)`);
  lines.push(`sha256 ${r.sha256}`);
  lines.push('');
  const header = ['MODE', 'SIZE', 'SHA256', 'PATH'].map((h) => cell(h, style.bold));
  const rows = r.entries.map((e) => [
    cell(modeText(e.mode)),
    cell(e.kind === 'file' ? String(e.size) : '-'),
    cell(e.sha256 ?? '-'),
    cell(`${e.path}${e.kind === 'directory' && !e.path.endsWith('/') ? '/' : ''}${e.linkpath ? ` -> ${e.linkpath}` : ''}`),
  ]);
  lines.push(...renderTable(header, rows));
  if (r.problems.length) lines.push('', 'Refused by extraction:', ...r.problems.map((p) => `  ${style.yellow('!')} ${p.path}: ${p.problem}`));
  return lines.join('\n') + '\n';
}

export function formatArchiveJson(r: ArchiveInspectResult): string {
  const { kind: _kind, ...rest } = r;
  return JSON.stringify(rest, null, 2) + '\n';
}
