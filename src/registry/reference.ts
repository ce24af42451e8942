import { usageError } from '../core/errors.js';

export interface RegistryLocation {
  /** `host[:port]` */
  host: string;
  /** base content path without slashes at either end ('' when none) */
  basePath: string;
  /** the input named http:// */
  plainHttp: boolean;
}

const HOST_RE = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
const COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/**
 * `HOST[:PORT][/BASE]`, optionally with an http:// or https:// prefix. User info (`user:secret@host`) is
 * refused, and never repeated in a message: errors show the address with it masked.
 */
export function parseRegistry(input: string): RegistryLocation {
  const shown = redactUserInfo(input.trim());
  let s = input.trim();
  let plainHttp = false;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(s);
  if (scheme) {
    const sch = scheme[1]!.toLowerCase();
    if (sch !== 'http' && sch !== 'https') throw usageError(`registry "${shown}": only http:// or https:// may prefix the host`);
    plainHttp = sch === 'http';
    s = s.slice(scheme[0].length);
  }
  // '@' appears in no host or repository path: it can only be user info, whatever else the address holds
  if (s.includes('@')) throw usageError(`registry "${shown}": credentials do not belong in the registry address`, 'give the host alone; credentials are passed separately');
  s = s.replace(/\/+$/, '');
  const slash = s.indexOf('/');
  const host = slash < 0 ? s : s.slice(0, slash);
  const basePath = slash < 0 ? '' : s.slice(slash + 1);
  if (!HOST_RE.test(host)) throw usageError(`registry "${shown}": "${host}" is not a host or host:port`, 'write HOST[:PORT][/BASE], e.g. registry.example.com/team');
  if (basePath) checkRepoPath(basePath, `registry "${shown}"`);
  return { host, basePath, plainHttp };
}

/** `https://user:secret@host/x` → `https://***@host/x`: everything up to the last @ is masked (a secret may hold / or @). */
export function redactUserInfo(address: string): string {
  return address.replace(/^((?:[a-z][a-z0-9+.-]*:\/\/)?).*@/i, '$1***@');
}

export function checkRepoPath(path: string, what: string): void {
  for (const c of path.split('/')) {
    if (!COMPONENT_RE.test(c)) throw usageError(`${what}: "${c}" is not a valid repository path component`, 'use lowercase letters, digits and . _ - separators');
  }
}

export function checkTag(tag: string, what: string): void {
  if (!TAG_RE.test(tag)) throw usageError(`${what}: "${tag}" is not a valid tag`, 'a tag is up to 128 letters, digits, _ . - and does not start with . or -');
}

export function joinRepo(...parts: string[]): string {
  return parts.filter((p) => p !== '').join('/');
}
