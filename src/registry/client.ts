import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import type { Agent as UndiciAgent, Dispatcher } from 'undici';
import { runtimeError, SpectroPackError } from '../core/errors.js';
import { Authenticator } from './auth.js';
import { Agent, request } from './http.js';
import { parseChallenge } from './challenge.js';
import { registryError } from './errors.js';
import type { Credentials } from './credentials.js';
import { defaultRetryPolicy, isRetryableError, isRetryableStatus, parseRetryAfter, RetryBudget, sleep, type RetryPolicy } from './retry.js';

export interface ClientOptions {
  /** `host[:port]` */
  host: string;
  /** talk http:// instead of https:// (the caller warns) */
  plainHttp?: boolean;
  /** skip TLS verification (the caller warns) */
  insecure?: boolean;
  /** PEM text of extra CAs to trust */
  caPem?: string | Buffer;
  credentials?: Credentials;
  retry?: Partial<RetryPolicy>;
  /** one line per request/response, secrets never included */
  trace?: (line: string) => void;
  onRetry?: (info: { method: string; url: string; attempt: number; delayMs: number; reason: string }) => void;
  userAgent?: string;
  /** keep-alive connections per origin */
  connections?: number;
}

export interface RequestBody {
  length: number;
  /** a fresh copy each call, so the request can be replayed */
  open(): Readable | Buffer;
}

export interface RegistryRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** `/v2/...` or an absolute URL (a Location) */
  url: string;
  headers?: Record<string, string>;
  body?: RequestBody;
  /** token scopes this request needs, e.g. `repository:a/b:pull,push` */
  scopes: string[];
  /** false for requests that must not be repeated as such (an upload session's PATCH/PUT) */
  retry?: boolean;
  onBytes?: (n: number) => void;
}

export interface RegistryResponse {
  status: number;
  headers: IncomingHttpHeaders;
  url: string;
  body: Dispatcher.ResponseData['body'];
}

export interface ClientStats {
  requests: number;
  bytesSent: number;
  retries: number;
}

const TLS_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID', 'CERT_NOT_YET_VALID', 'CERT_UNTRUSTED',
]);

/** HTTP to one registry host over one keep-alive undici Agent: auth, retries, redirects, tracing. */
export class RegistryClient {
  readonly host: string;
  readonly origin: string;
  readonly stats: ClientStats = { requests: 0, bytesSent: 0, retries: 0 };
  private readonly agent: UndiciAgent;
  private readonly auth: Authenticator;
  private readonly policy: RetryPolicy;

  constructor(private readonly opts: ClientOptions) {
    this.host = opts.host;
    this.origin = `${opts.plainHttp ? 'http' : 'https'}://${opts.host}`;
    this.policy = { ...defaultRetryPolicy, ...opts.retry };
    this.agent = new Agent({
      keepAliveTimeout: 30_000,
      connections: opts.connections ?? 8,
      connect: { rejectUnauthorized: !opts.insecure, ...(opts.caPem ? { ca: opts.caPem } : {}) },
    });
    this.auth = new Authenticator(opts.host, opts.credentials, async (realm, query, authorization) => {
      const u = new URL(realm);
      for (const [k, v] of query) u.searchParams.append(k, v);
      const res = await this.raw({ method: 'GET', url: u.href, scopes: [], headers: authorization ? { authorization } : {} }, false);
      return { status: res.status, body: await res.body.text() };
    });
  }

  get authScheme(): string | undefined {
    return this.auth.scheme;
  }

  /** GET /v2/: reachability, API version and credentials (a 401 after authenticating is an error). */
  async ping(): Promise<void> {
    const res = await this.send({ method: 'GET', url: '/v2/', scopes: [] });
    if (res.status === 200) return void (await res.body.dump());
    throw await this.failure(res, `${this.host} did not answer the registry API check (GET /v2/)`);
  }

  /** Sends a request with authentication, retries (replayable bodies only) and redirects (GET/HEAD). */
  async send(req: RegistryRequest): Promise<RegistryResponse> {
    return this.raw(req, true);
  }

  private async raw(req: RegistryRequest, authenticate: boolean): Promise<RegistryResponse> {
    let url = this.resolve(req.url);
    const scopes = [...req.scopes];
    const budget = new RetryBudget(this.policy);
    let authRetries = 0;
    let redirects = 0;
    for (;;) {
      const sameOrigin = new URL(url).origin === this.origin;
      const headers: Record<string, string> = { 'user-agent': this.opts.userAgent ?? 'spectro-pack', ...req.headers };
      if (authenticate && sameOrigin) {
        const authorization = await this.auth.header(scopes);
        if (authorization) headers['authorization'] = authorization;
      }
      let body: Readable | Buffer | undefined;
      if (req.body) {
        headers['content-length'] = String(req.body.length);
        body = this.counted(req.body.open(), req.onBytes);
      }
      let res: Dispatcher.ResponseData;
      this.stats.requests++;
      try {
        res = await request(url, { method: req.method, headers, body, dispatcher: this.agent });
      } catch (e) {
        if (body instanceof Readable) body.destroy();
        this.trace(`${req.method} ${redact(url)} failed: ${codeOf(e) ?? (e as Error).message}`);
        if (req.retry !== false && isRetryableError(e)) {
          const delay = budget.next();
          if (delay !== undefined) {
            await this.retrying(req.method, url, budget.attempts, delay, codeOf(e) ?? 'connection error');
            continue;
          }
        }
        throw this.networkError(e, req.method, url, budget.attempts);
      }
      const status = res.statusCode;
      this.trace(`${req.method} ${redact(url)} -> ${status}`);
      if (status === 401 && authenticate && sameOrigin && authRetries < 2) {
        const challenge = parseChallenge(res.headers['www-authenticate']);
        if (this.auth.on401(challenge, scopes, headers['authorization'])) {
          await res.body.dump();
          authRetries++;
          continue;
        }
      }
      if ((req.method === 'GET' || req.method === 'HEAD') && [301, 302, 303, 307, 308].includes(status) && res.headers['location'] && redirects < 5) {
        await res.body.dump();
        url = new URL(String(res.headers['location']), url).href;
        redirects++;
        continue;
      }
      if (req.retry !== false && isRetryableStatus(status)) {
        const delay = budget.next(parseRetryAfter(res.headers['retry-after']));
        if (delay !== undefined) {
          await res.body.dump();
          await this.retrying(req.method, url, budget.attempts, delay, `HTTP ${status}`);
          continue;
        }
      }
      return { status, headers: res.headers, url, body: res.body };
    }
  }

  /** Resolves a Location (absolute, relative) against the registry origin. */
  resolve(location: string): string {
    return new URL(location, this.origin + '/').href;
  }

  /** A SpectroPackError for an unexpected answer, with the registry's own error code and message. */
  async failure(res: RegistryResponse, what: string): Promise<SpectroPackError> {
    let detail = '';
    try {
      const text = (await res.body.text()).slice(0, 4000);
      const parsed = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
      detail = (parsed.errors ?? []).map((e) => [e.code, e.message].filter(Boolean).join(': ')).join('; ');
    } catch {
      /* not an OCI error body */
    }
    const tail = `HTTP ${res.status}${detail ? ` (${detail})` : ''}`;
    if (res.status === 401) {
      return this.opts.credentials
        ? registryError(this.host, `${what}: authentication failed, ${tail}`, 'unauthorized', 'check the username and password')
        : registryError(this.host, `${what}: authentication failed, ${tail}`, 'no-credentials', 'no credentials were found for this host');
    }
    if (res.status === 403) return registryError(this.host, `${what}: access denied, ${tail}`, 'forbidden', 'the account lacks permission on this repository');
    return runtimeError(this.host, `${what}: ${tail}`);
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private counted(body: Readable | Buffer, onBytes?: (n: number) => void): Readable | Buffer {
    if (Buffer.isBuffer(body)) {
      this.stats.bytesSent += body.length;
      onBytes?.(body.length);
      return body;
    }
    // an async generator is cheaper than a Transform stream and undici takes it as a body
    const stats = this.stats;
    async function* count(src: Readable): AsyncGenerator<Buffer> {
      for await (const chunk of src) {
        stats.bytesSent += (chunk as Buffer).length;
        onBytes?.((chunk as Buffer).length);
        yield chunk as Buffer;
      }
    }
    return Readable.from(count(body), { objectMode: false, highWaterMark: 1024 * 1024 });
  }

  private async retrying(method: string, url: string, attempt: number, delayMs: number, reason: string): Promise<void> {
    this.stats.retries++;
    this.trace(`retry ${method} ${redact(url)} in ${delayMs} ms (${reason})`);
    this.opts.onRetry?.({ method, url: redact(url), attempt, delayMs, reason });
    await sleep(delayMs);
  }

  private trace(line: string): void {
    this.opts.trace?.(line);
  }

  private networkError(e: unknown, method: string, url: string, attempts: number): SpectroPackError {
    const code = codeOf(e);
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    if (code && TLS_CODES.has(code)) {
      return registryError(this.host, `the TLS certificate of ${this.host} could not be verified (${code})`, 'tls-unverified', 'trust its CA, or skip verification', e);
    }
    if (code === 'EPROTO' || code === 'ERR_SSL_WRONG_VERSION_NUMBER' || /wrong version number|packet length too long/i.test(String((e as Error).message))) {
      return registryError(this.host, `TLS handshake with ${this.host} failed (${code ?? 'EPROTO'})`, 'tls-handshake', 'the registry may speak plain HTTP', e);
    }
    if (code === 'ECONNREFUSED') return registryError(this.host, `cannot connect to ${this.host}: connection refused${tries}`, 'connection-refused', 'check the host and port', e);
    return runtimeError(this.host, `${method} ${redact(url)} failed${tries}: ${code ?? (e as Error).message}`, undefined, e);
  }
}

function codeOf(e: unknown): string | undefined {
  for (let cur: unknown = e, depth = 0; cur && depth < 4; cur = (cur as { cause?: unknown }).cause, depth++) {
    const code = (cur as { code?: string }).code;
    if (code && code !== 'UND_ERR' ) return code;
  }
  return undefined;
}

/** A URL fit for traces and messages: no user info, no upload state or other query values. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    const keys = [...new Set(u.searchParams.keys())];
    return u.origin + u.pathname + (keys.length ? '?' + keys.map((k) => (k === 'scope' || k === 'n' || k === 'last' || k === 'mount' || k === 'from' || k === 'digest' || k === 'service' ? `${k}=${u.searchParams.get(k)}` : `${k}=…`)).join('&') : '');
  } catch {
    return '<url>';
  }
}
