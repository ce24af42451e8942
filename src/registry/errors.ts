import { runtimeError, type SpectroPackError } from '../core/errors.js';

/**
 * Why a registry operation failed, for the layers above to phrase advice in their own terms (flags, env vars,
 * commands): the registry client knows nothing of the CLI, so its own hints stay generic.
 */
export type RegistryFailure =
  | 'unauthorized' // credentials were sent and refused
  | 'no-credentials' // the registry wants credentials and none were given
  | 'forbidden'
  | 'tls-unverified' // the certificate chain could not be verified
  | 'tls-handshake' // no TLS on the other side (plain HTTP?)
  | 'connection-refused'
  | 'tag-exists' // the tag holds other content
  | 'not-found'
  | 'layout-unreadable';

export type RegistryError = SpectroPackError & { reason?: RegistryFailure };

/** A runtime error tagged with why it happened. */
export function registryError(where: string, message: string, reason: RegistryFailure, hint?: string, cause?: unknown): RegistryError {
  return Object.assign(runtimeError(where, message, hint, cause), { reason });
}

export function failureReason(e: unknown): RegistryFailure | undefined {
  return (e as { reason?: RegistryFailure } | undefined)?.reason;
}
