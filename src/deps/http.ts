import { request, type Dispatcher } from 'undici';
import { runtimeError } from '../core/errors.js';

export interface FetchOptions {
  /** per-request timeout for headers and for each body read, in ms (default 30 s) */
  timeoutMs?: number;
  /** redirects followed before giving up (default 10) */
  maxRedirects?: number;
  /** refuse bodies larger than this (default 512 MiB) */
  maxBytes?: number;
  /** undici dispatcher (default: the global one); tests pass a MockAgent, callers may pass a ProxyAgent */
  dispatcher?: Dispatcher;
}

/**
 * GET over HTTP(S) with undici: redirects followed by hand (so a loop or too many hops is named, and
 * an https → http downgrade is refused), timeouts on headers and body, a size cap, and errors that
 * say which URL failed and why.
 */
export async function fetchBytes(url: string, opts: FetchOptions = {}): Promise<Buffer> {
  const timeout = opts.timeoutMs ?? 30_000;
  const maxRedirects = opts.maxRedirects ?? 10;
  const maxBytes = opts.maxBytes ?? 512 * 1024 * 1024;
  const visited: string[] = [];
  let current = url;
  for (;;) {
    if (visited.includes(current)) throw runtimeError(url, `redirect loop (${[...visited, current].join(' → ')})`, 'the repository server is misconfigured');
    if (visited.length > maxRedirects) throw runtimeError(url, `more than ${maxRedirects} redirects`, 'the repository server is misconfigured');
    visited.push(current);
    const u = new URL(current);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw runtimeError(url, `unsupported scheme ${u.protocol} (only http and https)`);
    let res: Awaited<ReturnType<typeof request>>;
    try {
      res = await request(current, { method: 'GET', headersTimeout: timeout, bodyTimeout: timeout, headers: { 'user-agent': 'spectro-pack' }, ...(opts.dispatcher ? { dispatcher: opts.dispatcher } : {}) });
    } catch (e) {
      throw netError(current, e);
    }
    if (res.statusCode >= 300 && res.statusCode < 400 && res.headers['location']) {
      await res.body.dump().catch(() => undefined);
      const loc = String(res.headers['location']);
      const next = new URL(loc, current);
      if (u.protocol === 'https:' && next.protocol === 'http:') {
        throw runtimeError(current, `redirects from https to plain http (${next.toString()}); refused`, 'a downgrade would let anyone on the path alter the download; fix the repository URL or the server');
      }
      current = next.toString();
      continue;
    }
    if (res.statusCode !== 200) {
      await res.body.dump().catch(() => undefined);
      const err = runtimeError(current, `HTTP ${res.statusCode}${res.statusCode === 404 ? ' (not found)' : ''}`, res.statusCode === 404 ? 'check the repository URL and the chart version' : undefined);
      if (res.statusCode >= 500 || res.statusCode === 408 || res.statusCode === 429) NETWORK_FAILURES.add(err);
      throw err;
    }
    const chunks: Buffer[] = [];
    let n = 0;
    try {
      for await (const c of res.body) {
        n += (c as Buffer).length;
        if (n > maxBytes) {
          res.body.destroy();
          throw runtimeError(current, `response larger than ${maxBytes} bytes; refused`);
        }
        chunks.push(c as Buffer);
      }
    } catch (e) {
      if (e instanceof Error && e.name === 'SpectroPackError') throw e;
      throw netError(current, e);
    }
    return Buffer.concat(chunks);
  }
}

/** Errors that mean "the network (or the server) is unavailable" rather than "the answer is wrong". */
const NETWORK_FAILURES = new WeakSet<Error>();

/**
 * True for a failure to reach the server (connection refused or reset, DNS, timeout, 5xx): the
 * caller may fall back to a cached copy. False for answers that are wrong (404, bad digest, a
 * refused redirect), which a cache must not paper over.
 */
export function isNetworkFailure(e: unknown): boolean {
  return e instanceof Error && NETWORK_FAILURES.has(e);
}

function netError(url: string, e: unknown): Error {
  const err = e as Error & { code?: string };
  const code = err.code ?? '';
  const out = /TIMEOUT/.test(code)
    ? runtimeError(url, `timed out (${code})`, 'the repository did not answer in time; retry or check the network', e)
    : runtimeError(url, `cannot fetch: ${code || err.message}`, 'check the URL and your network (proxy, DNS)', e);
  NETWORK_FAILURES.add(out);
  return out;
}
