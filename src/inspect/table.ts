/** One cell: its lines (a cell may span several rows) and how to colour them. */
export interface Cell {
  lines: string[];
  style?: (s: string) => string;
}

export function cell(text: string | string[], style?: (s: string) => string): Cell {
  return { lines: Array.isArray(text) ? (text.length ? text : ['']) : [text], style };
}

/**
 * A plain text table: columns padded to their widest line (measured before colouring, so styles
 * never shift the columns), two spaces between columns, no trailing spaces. Each row may span
 * several lines (its tallest cell).
 */
export function renderTable(header: Cell[], rows: Cell[][]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => Math.max(...(r[c]?.lines ?? ['']).map((l) => [...l].length)))));
  const out: string[] = [];
  for (const row of all) {
    const height = Math.max(...row.map((c) => c.lines.length));
    for (let k = 0; k < height; k++) {
      const parts = row.map((c, i) => {
        const text = c.lines[k] ?? '';
        const pad = ' '.repeat(widths[i]! - [...text].length);
        return (text && c.style ? c.style(text) : text) + pad;
      });
      out.push(parts.join('  ').trimEnd());
    }
  }
  return out;
}
