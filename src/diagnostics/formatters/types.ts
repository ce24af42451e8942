import type { Diagnostic } from '../diagnostic.js';

/** One validated target (pack directory or file) and what was found in it. */
export interface FormatTarget {
  target: string;
  diagnostics: Diagnostic[];
}

/** Colour functions; the CLI passes chalk or identity functions. Formatters never decide colour. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  underline(s: string): string;
}

export interface FormatOptions {
  style: Style;
  /** tool name and version, for SARIF/JUnit headers */
  tool: { name: string; version: string; informationUri?: string };
  /** rule code → one-line description (SARIF rules, README) */
  rules?: Record<string, string>;
}

/** A formatter is a pure function from results to the text printed on stdout. */
export type Formatter = (targets: FormatTarget[], opts: FormatOptions) => string;

export const plainStyle: Style = {
  bold: (s) => s,
  dim: (s) => s,
  red: (s) => s,
  yellow: (s) => s,
  blue: (s) => s,
  green: (s) => s,
  underline: (s) => s,
};
