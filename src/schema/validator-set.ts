/**
 * The validators the schema checks use: a name (an ESM export name of the precompiled module)
 * → the schema (by `$id#pointer`) in schemas/. Shared by the build step and the run-time fallback.
 */
export const VALIDATOR_REFS = {
  pack: 'pack.json',
  manifest: 'manifest-values.json',
  helm: 'helm-configuration.json',
  chart013: 'chart-values-0.13.json',
  chart014: 'chart-values-0.14.json',
  chart015: 'chart-values-0.15.json',
  chart016: 'chart-values-0.16.json',
  IPAddressPool: 'metallb-specs.json#/definitions/IPAddressPool',
  L2Advertisement: 'metallb-specs.json#/definitions/L2Advertisement',
  BGPAdvertisement: 'metallb-specs.json#/definitions/BGPAdvertisement',
  BGPPeer: 'metallb-specs.json#/definitions/BGPPeer',
  Community: 'metallb-specs.json#/definitions/Community',
  BFDProfile: 'metallb-specs.json#/definitions/BFDProfile',
  /** the envelope of a metallb.io object in a CR file (apiVersion, kind, metadata, spec, status) */
  MetalLBObject: 'metallb-object.json',
} as const;

export type ValidatorName = keyof typeof VALIDATOR_REFS;

/**
 * The precompiled modules (dist/schema/validators/<module>.cjs) and the validators each exports.
 * A run loads only the modules it needs (a helm pack: pack, helm and one chart family).
 */
export const VALIDATOR_MODULES: Record<string, readonly ValidatorName[]> = {
  pack: ['pack'],
  manifest: ['manifest'],
  helm: ['helm'],
  chart013: ['chart013'],
  chart014: ['chart014'],
  chart015: ['chart015'],
  chart016: ['chart016'],
  specs: ['IPAddressPool', 'L2Advertisement', 'BGPAdvertisement', 'BGPPeer', 'Community', 'BFDProfile', 'MetalLBObject'],
};

export function moduleOf(name: ValidatorName): string {
  for (const [mod, names] of Object.entries(VALIDATOR_MODULES)) if (names.includes(name)) return mod;
  throw new Error(`no module holds validator ${name}`);
}

/** The file of a precompiled module in `dir` (a folder path ending in a separator, or not). */
export function validatorFile(dir: string, module: string): string {
  return `${dir.replace(/[\\/]$/, '')}/${module}.cjs`;
}

/** The part of an ajv ErrorObject the checks read (ajv runs with `verbose: true`). */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
  data?: unknown;
  parentSchema?: Record<string, unknown>;
}

export type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

export type Validators = Record<ValidatorName, Validator>;

/** Chart family of the upstream metallb chart for a target version (0.13.x and older → 0.13). */
export function chartValidatorName(version: { major: number; minor: number }): ValidatorName {
  const minor = version.major > 0 ? 16 : Math.min(16, Math.max(13, version.minor));
  return `chart0${minor}` as ValidatorName;
}

/** ajv options: identical for the precompiled and the run-time validators. */
export const AJV_OPTIONS = {
  allErrors: true,
  verbose: true,
  strict: true,
  allowUnionTypes: true,
  inlineRefs: false,
  messages: false,
  keywords: ['x-hint'],
} as const;
