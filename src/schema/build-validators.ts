/** Build step: precompiles the JSON schemas in schemas/ to standalone ajv validators (filled in by the schema work). */
export {};
