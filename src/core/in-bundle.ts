/** Defined (as true) only in the bundle that src/build/bundle.mjs makes in dist/bundle/. */
declare const SPECTRO_PACK_BUNDLE: boolean | undefined;

/**
 * Whether this code runs from the bundle (bin/ → dist/bundle/) rather than from tsc's dist/ or
 * src/ under vitest: the bundle's own `require` and its worker chunk exist only there.
 */
export const IN_BUNDLE = typeof SPECTRO_PACK_BUNDLE === 'boolean';
