import { SpectroPackError } from '../core/errors.js';
import { failureReason, type RegistryFailure } from '../registry/errors.js';

/** What the user can do, in the tool's own terms (commands, flags, env vars), per registry failure. */
const HINTS: Partial<Record<RegistryFailure, string>> = {
  'unauthorized': 'check the username and password (spectro-pack login HOST, or SPECTRO_PACK_USERNAME/SPECTRO_PACK_PASSWORD)',
  'no-credentials': 'log in with: spectro-pack login HOST, or set SPECTRO_PACK_USERNAME/SPECTRO_PACK_PASSWORD',
  'tls-unverified': 'trust its CA with --ca-file PEM, or skip verification with --insecure',
  'tls-handshake': 'if the registry speaks plain HTTP, add --plain-http',
  'tag-exists': 'bump the version, or replace the tag with --force',
  'not-found': 'list the versions with: spectro-pack tags NAME --registry …',
  'layout-unreadable': 'point --oci-layout at an empty folder or an OCI image layout',
};

/**
 * A registry failure with the advice of this tool (the registry client gives only generic hints, knowing
 * nothing of the CLI); anything else is returned as it is.
 */
export function registryHint(e: unknown): unknown {
  const reason = failureReason(e);
  const hint = reason && HINTS[reason];
  if (!hint || !(e instanceof SpectroPackError)) return e;
  return Object.assign(new SpectroPackError(e.kind, e.message, { where: e.where, hint, cause: e.cause }), { reason });
}
