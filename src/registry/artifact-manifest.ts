import { sha256 } from './digest.js';
import { ANNOTATION_CREATED, ANNOTATION_TITLE, OCI_LAYER_TAR, OCI_MANIFEST, UNKNOWN_CONFIG } from './media-types.js';

export const EMPTY_CONFIG = Buffer.from('{}');
export const EMPTY_CONFIG_DIGEST = sha256(EMPTY_CONFIG);

export interface FileArtifact {
  /** the layer's title annotation: a file name */
  title: string;
  digest: string;
  size: number;
  /** RFC 3339 creation time for the manifest annotation */
  created: string;
}

/**
 * The manifest ORAS 1.0 writes for `oras push REF FILE`: OCI image manifest, no artifactType, `{}` config of
 * type application/vnd.unknown.config.v1+json, one tar layer titled with the file name, a created annotation.
 * Field order follows ORAS (Go struct order), so equal inputs give equal bytes.
 */
export function buildFileArtifactManifest(a: FileArtifact): { bytes: Buffer; digest: string; mediaType: string } {
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: UNKNOWN_CONFIG, digest: EMPTY_CONFIG_DIGEST, size: EMPTY_CONFIG.length },
    layers: [{ mediaType: OCI_LAYER_TAR, digest: a.digest, size: a.size, annotations: { [ANNOTATION_TITLE]: a.title } }],
    annotations: { [ANNOTATION_CREATED]: a.created },
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  return { bytes, digest: sha256(bytes), mediaType: OCI_MANIFEST };
}

/** Seconds since the epoch (SOURCE_DATE_EPOCH) or a Date → RFC 3339 UTC without fractions, as ORAS writes it. */
export function rfc3339(when: Date | number): string {
  const d = typeof when === 'number' ? new Date(when * 1000) : when;
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** True when two manifests describe the same content and differ at most in their created annotation. */
export function sameContent(a: Buffer, b: Buffer): boolean {
  try {
    const strip = (x: Buffer): string => {
      const m = JSON.parse(x.toString('utf8')) as { annotations?: Record<string, string> };
      if (m.annotations) {
        delete m.annotations[ANNOTATION_CREATED];
        if (Object.keys(m.annotations).length === 0) delete m.annotations;
      }
      return JSON.stringify(m);
    };
    return strip(a) === strip(b);
  } catch {
    return false;
  }
}
