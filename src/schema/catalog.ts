/** Codes reported by the JSON-schema checks, with one-line descriptions. */
export const schemaCodes: Record<string, string> = {};
