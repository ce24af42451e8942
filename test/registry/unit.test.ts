import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registryHint } from '../../src/actions/registry-hints.js';
import { failureReason, registryError } from '../../src/registry/errors.js';
import { parseArchiveName } from '../../src/actions/push.js';
import { compareVersions } from '../../src/actions/tags.js';
import { buildFileArtifactManifest, EMPTY_CONFIG_DIGEST, rfc3339, sameContent } from '../../src/registry/artifact-manifest.js';
import { parseChallenge, parseChallenges } from '../../src/registry/challenge.js';
import { redact } from '../../src/registry/client.js';
import { appendQuery } from '../../src/registry/location.js';
import { parseRegistry } from '../../src/registry/reference.js';
import { isRetryableError, isRetryableStatus, parseRetryAfter, RetryBudget } from '../../src/registry/retry.js';
import { nextLink } from '../../src/registry/tags.js';

describe('protocol helpers', () => {
  it('parses Basic and Bearer challenges, quoted commas included', () => {
    expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({ scheme: 'basic', params: { realm: 'Registry Realm' } });
    expect(parseChallenge('Bearer realm="https://auth.example/token",service="reg",scope="repository:a/b:pull,push",error="insufficient_scope"')).toEqual({
      scheme: 'bearer', params: { realm: 'https://auth.example/token', service: 'reg', scope: 'repository:a/b:pull,push', error: 'insufficient_scope' },
    });
    expect(parseChallenge(undefined)).toBeUndefined();
    // several challenges, in one header or several: Bearer is preferred, then Basic
    const bearer = { scheme: 'bearer', params: { realm: 'https://auth/t,x', service: 'reg' } };
    expect(parseChallenge('Basic realm="r", Bearer realm="https://auth/t,x",service="reg"')).toEqual(bearer);
    expect(parseChallenge(['Basic realm="r"', 'Bearer realm="https://auth/t,x", service=reg'])).toEqual(bearer);
    expect(parseChallenge('Negotiate, Basic realm="r"')).toEqual({ scheme: 'basic', params: { realm: 'r' } });
    expect(parseChallenges('Negotiate, Basic realm="a\\"b", charset="UTF-8"')).toEqual([
      { scheme: 'negotiate', params: {} },
      { scheme: 'basic', params: { realm: 'a"b', charset: 'UTF-8' } },
    ]);
  });

  it('appends digest to absolute, relative and query-carrying Locations without re-encoding', () => {
    const base = 'https://reg.example:5000';
    expect(appendQuery('/v2/a/blobs/uploads/u1', base, 'digest', 'sha256:ab')).toBe('https://reg.example:5000/v2/a/blobs/uploads/u1?digest=sha256%3Aab');
    expect(appendQuery('https://other.example/up/u1?_state=a%2Bb%3D%3D', base, 'digest', 'sha256:ab')).toBe('https://other.example/up/u1?_state=a%2Bb%3D%3D&digest=sha256%3Aab');
    expect(appendQuery('/up/u1?', base, 'digest', 'sha256:ab')).toBe('https://reg.example:5000/up/u1?digest=sha256%3Aab');
  });

  it('finds rel="next" in Link headers', () => {
    expect(nextLink('</v2/a/tags/list?n=2&last=b>; rel="next"')).toBe('/v2/a/tags/list?n=2&last=b');
    expect(nextLink('<https://x/1>; rel="prev", <https://x/3>; rel=next')).toBe('https://x/3');
    expect(nextLink(undefined)).toBeUndefined();
  });

  it('retries what is transient, bounded in count and in time, honouring Retry-After', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 501].some(isRetryableStatus)).toBe(false);
    expect(isRetryableError(Object.assign(new Error('x'), { cause: { code: 'ECONNRESET' } }))).toBe(true);
    expect(isRetryableError({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' })).toBe(false);
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(new Date(Date.now() + 5000).toUTCString())).toBeGreaterThan(3000);
    const b = new RetryBudget({ maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 20, maxElapsedMs: 10_000 });
    expect(b.next()).toBeLessThanOrEqual(10);
    expect(b.next(500)).toBe(500);
    expect(b.next()).toBeUndefined();
    expect(new RetryBudget({ maxAttempts: 9, baseDelayMs: 10, maxDelayMs: 20, maxElapsedMs: 1000 }).next(5000)).toBeUndefined();
  });

  it('redacts upload state and user info from traced URLs', () => {
    expect(redact('https://u:p@reg/v2/a/blobs/uploads/x?_state=SECRETISH&digest=sha256:1')).toBe('https://reg/v2/a/blobs/uploads/x?_state=…&digest=sha256:1');
  });
});

describe('layering: the registry client knows nothing of the CLI', () => {
  it('names no command, flag or env var of the tool in its messages and hints', () => {
    const dir = join(process.cwd(), 'src', 'registry');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      // string literals only (comments may explain), minus the user agent
      const code = readFileSync(join(dir, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').replace("'spectro-pack', ...req.headers", '');
      expect(code, f).not.toMatch(/['"`][^'"`\n]*(?:\s--[a-z]|^--[a-z]|spectro-pack|SPECTRO_PACK_)/m);
    }
  });

  it('tags failures with a reason that the actions turn into advice in the tool\'s terms', () => {
    const e = registryError('reg', 'the tag already exists with other content', 'tag-exists');
    expect(e.hint).toBeUndefined();
    expect(failureReason(e)).toBe('tag-exists');
    expect(registryHint(e)).toMatchObject({ message: e.message, where: 'reg', reason: 'tag-exists', hint: expect.stringMatching(/--force/) });
    expect(registryHint(registryError('reg', 'refused', 'no-credentials', 'no credentials were found'))).toMatchObject({ hint: expect.stringMatching(/spectro-pack login HOST.*SPECTRO_PACK_USERNAME/) });
    const plain = new Error('x');
    expect(registryHint(plain)).toBe(plain);
  });
});

describe('references and names', () => {
  it('parses HOST[:PORT][/BASE]', () => {
    expect(parseRegistry('reg.example.com:5000/team/packs/')).toEqual({ host: 'reg.example.com:5000', basePath: 'team/packs', plainHttp: false });
    expect(parseRegistry('http://127.0.0.1:5000')).toEqual({ host: '127.0.0.1:5000', basePath: '', plainHttp: true });
    expect(() => parseRegistry('reg/Upper')).toThrow(/repository path component/);
    expect(() => parseRegistry('ftp://x')).toThrow(/http/);
    // user info is refused and never repeated
    for (const bad of ['user:hunter2@reg.example.com', 'https://u:hunter2@reg/x', 'u:p/hunter2@reg', 'u@x:hunter2@reg']) {
      let message = '';
      try {
        parseRegistry(bad);
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message, bad).toMatch(/\*\*\*@.*credentials do not belong/);
      expect(message, bad).not.toMatch(/hunter2/);
    }
  });

  it('reads NAME and VERSION from the archive name', () => {
    expect(parseArchiveName('/tmp/lb-metallb-helm-0.14.9.tar.gz')).toEqual({ name: 'lb-metallb-helm', version: '0.14.9' });
    expect(parseArchiveName('x-1.0.0-rc.1.tar.gz')).toEqual({ name: 'x', version: '1.0.0-rc.1' });
    expect(parseArchiveName('pack.tar.gz')).toBeUndefined();
    // a name ending in -DIGIT splits two ways: pack.json's name or version settles it
    expect(parseArchiveName('bench-0-1.0.0.tar.gz')).toEqual({ name: 'bench', version: '0-1.0.0' });
    expect(parseArchiveName('bench-0-1.0.0.tar.gz', { name: 'bench-0' })).toEqual({ name: 'bench-0', version: '1.0.0' });
    expect(parseArchiveName('bench-0-1.0.0.tar.gz', { version: '1.0.0' })).toEqual({ name: 'bench-0', version: '1.0.0' });
    expect(parseArchiveName('x-v2.tgz', { name: 'x' })).toEqual({ name: 'x', version: 'v2' });
  });

  it('orders versions numerically', () => {
    expect(['0.14.9', '0.9.1', '0.13.7', '0.13.7-rc1', '0.16.1'].sort(compareVersions)).toEqual(['0.9.1', '0.13.7-rc1', '0.13.7', '0.14.9', '0.16.1']);
  });
});

describe('the ORAS 1.0 file-artifact manifest', () => {
  const a = { title: 'p-1.0.0.tar.gz', digest: 'sha256:' + 'a'.repeat(64), size: 10, created: rfc3339(1700000000) };
  it('is stable, with the well-known empty config', () => {
    expect(EMPTY_CONFIG_DIGEST).toBe('sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
    expect(buildFileArtifactManifest(a).bytes.toString()).toBe(
      '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.unknown.config.v1+json","digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a","size":2},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar","digest":"sha256:' + 'a'.repeat(64) + '","size":10,"annotations":{"org.opencontainers.image.title":"p-1.0.0.tar.gz"}}],"annotations":{"org.opencontainers.image.created":"2023-11-14T22:13:20Z"}}',
    );
    expect(buildFileArtifactManifest(a).digest).toBe(buildFileArtifactManifest({ ...a }).digest);
  });
  it('treats manifests that differ only in created time as the same content', () => {
    const x = buildFileArtifactManifest(a).bytes;
    expect(sameContent(x, buildFileArtifactManifest({ ...a, created: rfc3339(1) }).bytes)).toBe(true);
    expect(sameContent(x, buildFileArtifactManifest({ ...a, size: 11 }).bytes)).toBe(false);
  });
});
