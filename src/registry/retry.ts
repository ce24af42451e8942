/**
 * Retry policy: exponential backoff with full jitter, honouring Retry-After, bounded both in attempts and in
 * total time (after oras-go registry/remote/retry). Only the caller knows whether a body can be replayed.
 */
export interface RetryPolicy {
  /** attempts in all, the first included */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** no retry is started once this much time has passed since the first attempt */
  maxElapsedMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 250, maxDelayMs: 10_000, maxElapsedMs: 90_000 };

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

const RETRYABLE_CODES = new Set([
  'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH',
  'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH',
]);

/** A connection-level failure worth another try (not a TLS verification failure, not a bad URL). */
export function isRetryableError(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 4; cur = (cur as { cause?: unknown }).cause, depth++) {
    const code = (cur as { code?: string }).code;
    if (code && RETRYABLE_CODES.has(code)) return true;
  }
  return false;
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  if (/^\d+$/.test(v.trim())) return Number(v.trim()) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Tracks one logical request across its attempts and says how long to wait before the next one. */
export class RetryBudget {
  private attempt = 0;
  private readonly started = Date.now();
  constructor(private readonly policy: RetryPolicy) {}

  /** Delay before the next attempt, or undefined when the budget (count or time) is spent. */
  next(retryAfterMs?: number): number | undefined {
    this.attempt++;
    if (this.attempt >= this.policy.maxAttempts) return undefined;
    const backoff = Math.random() * Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (this.attempt - 1));
    const delay = retryAfterMs !== undefined ? Math.max(retryAfterMs, backoff / 2) : backoff;
    const remaining = this.policy.maxElapsedMs - (Date.now() - this.started);
    if (delay > remaining) return undefined;
    return Math.round(delay);
  }

  get attempts(): number {
    return this.attempt + 1;
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
