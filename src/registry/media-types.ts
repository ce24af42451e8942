/** Media types and annotation keys of the OCI image spec, and the ORAS 1.0 file-artifact defaults. */
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const OCI_LAYER_TAR = 'application/vnd.oci.image.layer.v1.tar';
export const UNKNOWN_CONFIG = 'application/vnd.unknown.config.v1+json';

export const ANNOTATION_TITLE = 'org.opencontainers.image.title';
export const ANNOTATION_CREATED = 'org.opencontainers.image.created';
export const ANNOTATION_REF_NAME = 'org.opencontainers.image.ref.name';

/** What GET/HEAD of a manifest must accept (distribution answers 404 to an OCI manifest otherwise). */
export const MANIFEST_ACCEPT = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST].join(', ');
