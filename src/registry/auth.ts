import { runtimeError } from '../core/errors.js';
import type { Challenge } from './challenge.js';
import { basicHeader, type Credentials } from './credentials.js';
import { registryError } from './errors.js';

/** Fetches a token from a realm; supplied by the client so the token request shares its agent and retries. */
export type TokenFetcher = (realm: string, query: URLSearchParams, authorization?: string) => Promise<{ status: number; body: string }>;

interface CachedToken {
  token: string;
  expiresAt: number;
}

/**
 * Authorization for one registry host: Basic, or Bearer with the token flow (realm/service/scope), a token
 * cached per scope for the run. Knows the scheme once a 401 (usually the /v2/ ping) has told it.
 */
export class Authenticator {
  private challenge?: Challenge;
  private readonly tokens = new Map<string, CachedToken>();

  constructor(
    private readonly host: string,
    private readonly credentials: Credentials | undefined,
    private readonly fetchToken: TokenFetcher,
  ) {}

  get scheme(): string | undefined {
    return this.challenge?.scheme;
  }

  /** The Authorization header for a request needing `scopes`, fetching a token when needed. */
  async header(scopes: string[]): Promise<string | undefined> {
    const ch = this.challenge;
    if (!ch) return undefined;
    if (ch.scheme === 'basic') return this.credentials ? basicHeader(this.credentials) : undefined;
    if (ch.scheme !== 'bearer') return undefined;
    const key = scopeKey(scopes);
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt > Date.now()) return `Bearer ${cached.token}`;
    const token = await this.requestToken(ch, scopes);
    this.tokens.set(key, token);
    return `Bearer ${token.token}`;
  }

  /**
   * Learns from a 401. Returns true when the request should be tried again with a new header: the first time
   * a scheme is learnt, or when a cached token was refused (it is dropped and fetched again once).
   */
  on401(challenge: Challenge | undefined, scopes: string[], sentAuthorization: string | undefined): boolean {
    if (!challenge) return false;
    const scope = challenge.params['scope'];
    if (scope) for (const s of scope.split(' ')) if (s && !scopes.includes(s)) scopes.push(s);
    const known = this.challenge?.scheme === challenge.scheme;
    this.challenge = { scheme: challenge.scheme, params: { ...challenge.params } };
    if (!known) return true;
    if (challenge.scheme === 'bearer') {
      // a refused or expired token: drop it and fetch a fresh one (the caller bounds how often)
      this.tokens.delete(scopeKey(scopes));
      return true;
    }
    return sentAuthorization === undefined && this.credentials !== undefined;
  }

  /** Sets the challenge learnt elsewhere (the ping), without a retry decision. */
  learn(challenge: Challenge): void {
    this.challenge = { scheme: challenge.scheme, params: { ...challenge.params } };
  }

  private async requestToken(ch: Challenge, scopes: string[]): Promise<CachedToken> {
    const realm = ch.params['realm'];
    if (!realm) throw runtimeError(this.host, 'the registry asked for a bearer token but named no realm');
    const q = new URLSearchParams();
    if (ch.params['service']) q.set('service', ch.params['service']);
    for (const s of scopes) q.append('scope', s);
    const res = await this.fetchToken(realm, q, this.credentials ? basicHeader(this.credentials) : undefined);
    if (res.status === 401 || res.status === 403) {
      throw registryError(
        this.host,
        `authentication failed: the token service refused ${this.credentials ? `the credentials of user "${this.credentials.username}"` : 'anonymous access'} (HTTP ${res.status})`,
        this.credentials ? 'unauthorized' : 'no-credentials',
        this.credentials ? 'check the username and password' : 'no credentials were found for this host',
      );
    }
    if (res.status !== 200) throw runtimeError(this.host, `the token service answered HTTP ${res.status}`);
    let body: { token?: string; access_token?: string; expires_in?: number };
    try {
      body = JSON.parse(res.body) as typeof body;
    } catch {
      throw runtimeError(this.host, 'the token service answered something that is not JSON');
    }
    const token = body.token ?? body.access_token;
    if (!token) throw runtimeError(this.host, 'the token service answered without a token');
    const ttl = Math.max(60, body.expires_in ?? 60) * 1000;
    return { token, expiresAt: Date.now() + ttl - 10_000 };
  }
}

export function scopeKey(scopes: string[]): string {
  return [...new Set(scopes)].sort().join(' ');
}

export const pullScope = (repo: string): string => `repository:${repo}:pull`;
export const pushScope = (repo: string): string => `repository:${repo}:pull,push`;
