/**
 * Text boxes (OCR words, PDF text runs) grouped into the receipt's printed rows: a label and its
 * amount are often separate boxes far apart on one row (case C20), so rows are rebuilt from the
 * boxes' vertical centres rather than trusted from the engine's own line breaks.
 */
export interface TextBox {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Rows top to bottom, each left to right. A box joins a row when its vertical centre lies within
 * half a median box height of the row's centre. `yUp` for PDF coordinates (y grows upwards).
 * @example groupRows([{ text: 'Totalt', x0: 0, y0: 10, x1: 50, y1: 20 }, { text: '40,00', x0: 200, y0: 11, x1: 240, y1: 21 }])
 *   // ['Totalt 40,00']
 */
export function groupRows(boxes: readonly TextBox[], yUp = false): string[] {
  const items = boxes.filter((b) => b.text.trim().length > 0)
    .map((b) => ({ ...b, cy: (yUp ? -1 : 1) * (b.y0 + b.y1) / 2, h: Math.max(1, Math.abs(b.y1 - b.y0)) }))
    .sort((a, b) => a.cy - b.cy || a.x0 - b.x0);
  if (items.length === 0) return [];
  const heights = items.map((i) => i.h).sort((a, b) => a - b);
  const tol = (heights[Math.floor(heights.length / 2)] as number) / 2;
  const rows: { cy: number; n: number; items: typeof items }[] = [];
  for (const it of items) {
    const row = rows.find((r) => Math.abs(r.cy - it.cy) <= tol);
    if (row) {
      row.items.push(it);
      row.cy = (row.cy * row.n + it.cy) / (row.n + 1);
      row.n += 1;
    } else rows.push({ cy: it.cy, n: 1, items: [it] });
  }
  return rows.sort((a, b) => a.cy - b.cy).map((r) => r.items.sort((a, b) => a.x0 - b.x0).map((i) => i.text.trim()).join(' '));
}
