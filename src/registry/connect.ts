import { readFile } from 'node:fs/promises';
import { runtimeError } from '../core/errors.js';
import { RegistryClient, type ClientOptions } from './client.js';
import type { Credentials } from './credentials.js';
import { parseRegistry, type RegistryLocation } from './reference.js';

export interface TransportOptions {
  /** PEM file of CAs to trust besides the system ones */
  caFile?: string;
  /** skip TLS verification */
  insecure?: boolean;
  /** talk plain http:// */
  plainHttp?: boolean;
  retry?: ClientOptions['retry'];
  trace?: ClientOptions['trace'];
  onRetry?: ClientOptions['onRetry'];
  chunk?: { threshold?: number; size?: number };
}

/** A client for `HOST[:PORT][/BASE]` plus the warnings the caller should show (insecure transport). */
export async function connect(registry: string, credentials: Credentials | undefined, o: TransportOptions): Promise<{ client: RegistryClient; location: RegistryLocation; warnings: string[] }> {
  const location = parseRegistry(registry);
  const plainHttp = Boolean(o.plainHttp || location.plainHttp);
  const warnings: string[] = [];
  let caPem: Buffer | undefined;
  if (o.caFile) {
    try {
      caPem = await readFile(o.caFile);
    } catch (e) {
      throw runtimeError(o.caFile, `cannot read the CA file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    if (!caPem.toString('latin1').includes('-----BEGIN CERTIFICATE-----')) throw runtimeError(o.caFile, 'holds no PEM certificate');
  }
  if (plainHttp) warnings.push(`using plain HTTP to ${location.host}: ${credentials ? 'content and credentials travel' : 'content travels'} unencrypted`);
  else if (o.insecure) warnings.push(`TLS certificate verification is off for ${location.host} (insecure mode)`);
  const client = new RegistryClient({ host: location.host, plainHttp, insecure: o.insecure, caPem, credentials, retry: o.retry, trace: o.trace, onRetry: o.onRetry });
  return { client, location, warnings };
}
