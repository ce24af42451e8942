/**
 * A small HTTP proxy in front of a test registry that injects faults: an error status (with headers such as
 * Retry-After or WWW-Authenticate), a connection dropped after N request-body bytes, a slow trickle of the
 * body both ways. It can also rewrite Location headers to relative form and paginate tag lists (distribution
 * 2.8 ignores `?n=` on tags/list) so the client's Link handling meets a real exchange.
 */
import { Agent, createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Transform } from 'node:stream';

export interface FaultRule {
  method?: string;
  path?: RegExp;
  /** how many matching requests get the fault (then it is spent) */
  times: number;
  fault:
    | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
    | { kind: 'drop'; afterBytes: number }
    | { kind: 'trickle'; chunk: number; delayMs: number };
}

export interface ProxyLogEntry {
  method: string;
  path: string;
  status: number | 'dropped';
  fault?: string;
  authorization?: boolean;
}

export interface FaultProxy {
  host: string;
  rules: FaultRule[];
  log: ProxyLogEntry[];
  relativeLocation: boolean;
  paginateTags: boolean;
  stop(): Promise<void>;
}

export async function startProxy(target: string): Promise<FaultProxy> {
  const [thost, tport] = target.split(':') as [string, string];
  const agent = new Agent({ keepAlive: true });
  const proxy: FaultProxy = { host: '', rules: [], log: [], relativeLocation: false, paginateTags: false, stop: async () => {} };

  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const entry: ProxyLogEntry = { method: req.method ?? 'GET', path, status: 0, authorization: Boolean(req.headers.authorization) };
    proxy.log.push(entry);
    const rule = proxy.rules.find((r) => r.times > 0 && (!r.method || r.method === req.method) && (!r.path || r.path.test(path)));
    if (rule) rule.times--;
    const f = rule?.fault;
    if (f?.kind === 'status') {
      entry.status = f.status;
      entry.fault = `status ${f.status}`;
      req.resume();
      req.on('end', () => {
        res.writeHead(f.status, { 'content-type': 'application/json', ...f.headers });
        res.end(f.body ?? JSON.stringify({ errors: [{ code: 'INJECTED', message: `injected ${f.status}` }] }));
      });
      return;
    }
    if (f?.kind === 'drop') {
      entry.status = 'dropped';
      entry.fault = 'drop';
      let seen = 0;
      const cut = (): void => void req.socket.destroy();
      if (f.afterBytes <= 0) return cut();
      req.on('data', (b: Buffer) => {
        seen += b.length;
        if (seen >= f.afterBytes) cut();
      });
      req.on('end', cut);
      return;
    }
    const url = new URL(path, 'http://x');
    const tagsPage = proxy.paginateTags && req.method === 'GET' && /\/tags\/list$/.test(url.pathname) && url.searchParams.has('n');
    const upstream = request({ host: thost, port: Number(tport), method: req.method, path: tagsPage ? url.pathname : path, headers: req.headers, agent }, (up) => {
      entry.status = up.statusCode ?? 0;
      if (tagsPage && up.statusCode === 200) return paginate(up, res, url);
      const headers = { ...up.headers };
      if (proxy.relativeLocation && typeof headers.location === 'string' && /^https?:\/\//.test(headers.location)) {
        const l = new URL(headers.location);
        headers.location = l.pathname + l.search;
      }
      res.writeHead(up.statusCode ?? 502, headers);
      if (f?.kind === 'trickle') up.pipe(trickle(f.chunk, f.delayMs)).pipe(res);
      else up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    if (f?.kind === 'trickle') {
      entry.fault = 'trickle';
      req.pipe(trickle(f.chunk, f.delayMs)).pipe(upstream);
    } else req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  proxy.host = `127.0.0.1:${(server.address() as { port: number }).port}`;
  proxy.stop = () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      agent.destroy();
      server.close(() => r());
    });
  return proxy;
}

function paginate(up: IncomingMessage, res: ServerResponse, url: URL): void {
  let body = '';
  up.setEncoding('utf8');
  up.on('data', (s: string) => (body += s));
  up.on('end', () => {
    const all = ((JSON.parse(body) as { name: string; tags: string[] }).tags ?? []).sort();
    const n = Number(url.searchParams.get('n'));
    const last = url.searchParams.get('last');
    const from = last ? all.findIndex((t) => t > last) : 0;
    const page = from < 0 ? [] : all.slice(from, from + n);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (from >= 0 && from + n < all.length) headers['link'] = `<${url.pathname}?last=${encodeURIComponent(page.at(-1)!)}&n=${n}>; rel="next"`;
    res.writeHead(200, headers);
    res.end(JSON.stringify({ name: JSON.parse(body).name, tags: page }));
  });
}

function trickle(size: number, delayMs: number): Transform {
  return new Transform({
    transform(chunk: Buffer, _e, done) {
      const parts: Buffer[] = [];
      for (let i = 0; i < chunk.length; i += size) parts.push(chunk.subarray(i, i + size));
      const next = (): void => {
        const p = parts.shift();
        if (!p) return done();
        this.push(p);
        setTimeout(next, delayMs);
      };
      next();
    },
  });
}
