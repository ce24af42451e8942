/** `# spectrocloud.com/enabled-presets: Group:preset,...` on the first line of values.yaml. */
export interface EnabledPreset {
  group?: string;
  name: string;
  /** 1-based column of the item on line 1 */
  column: number;
  text: string;
}

const LINE = /^(#\s*spectrocloud\.com\/enabled-presets:\s*)(.*)$/;

/** The items of the enabled-presets line, or undefined when values.yaml does not start with one. */
export function parseEnabledLine(valuesText: string): EnabledPreset[] | undefined {
  const first = valuesText.split('\n', 1)[0]!.replace(/\r$/, '');
  const m = LINE.exec(first);
  if (!m) return undefined;
  const out: EnabledPreset[] = [];
  let col = m[1]!.length + 1;
  for (const piece of m[2]!.split(',')) {
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    if (text !== '') {
      const colon = text.indexOf(':');
      out.push({
        group: colon === -1 ? undefined : text.slice(0, colon).trim(),
        name: colon === -1 ? text : text.slice(colon + 1).trim(),
        column: col + lead,
        text,
      });
    }
    col += piece.length + 1;
  }
  return out;
}
