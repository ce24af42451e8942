import { createRequire } from 'node:module';
import type { Agent as UndiciAgent, Dispatcher } from 'undici';

/**
 * The two pieces of undici the client uses, an Agent (keep-alive pool) and `request`, loaded without undici's
 * index.js: that also loads fetch, WebSocket, EventSource, the cache and mock layers, and costs a push process
 * ~100-150 ms before its first request. Falls back to the whole package if its file layout ever changes.
 */
type RequestFn = (url: string, opts: Omit<Dispatcher.RequestOptions, 'origin' | 'path'> & { dispatcher: Dispatcher }) => Promise<Dispatcher.ResponseData>;

const load = (): { Agent: typeof UndiciAgent; request: RequestFn } => {
  const require = createRequire(import.meta.url);
  try {
    const Agent = require('undici/lib/dispatcher/agent.js') as typeof UndiciAgent;
    const apiRequest = require('undici/lib/api/api-request.js') as (this: Dispatcher, opts: Dispatcher.RequestOptions) => Promise<Dispatcher.ResponseData>;
    if (typeof Agent !== 'function' || typeof apiRequest !== 'function') throw new Error('unexpected undici layout');
    const request: RequestFn = (url, { dispatcher, ...opts }) => {
      const u = new URL(url);
      return apiRequest.call(dispatcher, { ...opts, origin: u.origin, path: u.pathname + u.search });
    };
    return { Agent, request };
  } catch {
    const undici = require('undici') as typeof import('undici');
    return { Agent: undici.Agent, request: (url, opts) => undici.request(url, opts) };
  }
};

export const { Agent, request } = load();
