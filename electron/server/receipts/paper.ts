/**
 * Where the receipt paper lies in a photo: the bright band of columns and rows that stands out from
 * a darker background. Works on a small grey raster; returns null when the whole picture is paper
 * (a scan) or no clear paper shows, so nothing is cropped then.
 */
export interface Box { x0: number; y0: number; x1: number; y1: number }

/** The longest run of indices whose value passes, bridging gaps of up to `gap`. */
function longestRun(values: number[], pass: (v: number) => boolean, gap: number): [number, number] | null {
  let best: [number, number] | null = null;
  let start = -1, lastOk = -1;
  values.forEach((v, i) => {
    if (!pass(v)) return;
    if (start < 0 || i - lastOk > gap + 1) start = i;
    lastOk = i;
    if (!best || lastOk - start > best[1] - best[0]) best = [start, lastOk];
  });
  return best;
}

/** Mean brightness per index, smoothed over a small window. */
function smooth(values: number[], r: number): number[] {
  return values.map((_, i) => {
    let s = 0, n = 0;
    for (let j = Math.max(0, i - r); j <= Math.min(values.length - 1, i + r); j++) { s += values[j] as number; n++; }
    return s / n;
  });
}

/** Paper columns (then rows) are those brighter than a third of the way from the darkest to the brightest. */
function band(profile: number[], gapFrac: number): [number, number] | null {
  const p = smooth(profile, 2);
  const max = Math.max(...p), min = Math.min(...p);
  if (max - min < 25) return null;
  return longestRun(p, (v) => v >= min + 0.35 * (max - min), Math.ceil(p.length * gapFrac));
}

export function paperBox(data: Uint8Array | Buffer, w: number, h: number): Box | null {
  if (w < 16 || h < 16) return null;
  const px = (x: number, y: number) => data[y * w + x] as number;
  const cols = Array.from({ length: w }, (_, x) => { let s = 0; for (let y = 0; y < h; y++) s += px(x, y); return s / h; });
  const cx = band(cols, 1 / 40);
  if (!cx) return null;
  const rows = Array.from({ length: h }, (_, y) => { let s = 0; for (let x = cx[0]; x <= cx[1]; x++) s += px(x, y); return s / (cx[1] - cx[0] + 1); });
  const cy = band(rows, 1 / 40) ?? [0, h - 1];
  const box = { x0: cx[0], y0: cy[0], x1: cx[1] + 1, y1: cy[1] + 1 };
  const area = ((box.x1 - box.x0) * (box.y1 - box.y0)) / (w * h);
  if (area > 0.85 || area < 0.05) return null;
  let inside = 0, nIn = 0, outside = 0, nOut = 0;
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const v = px(x, y);
    if (x >= box.x0 && x < box.x1 && y >= box.y0 && y < box.y1) { inside += v; nIn++; } else { outside += v; nOut++; }
  }
  if (nOut === 0 || inside / nIn - outside / nOut < 25) return null;
  const mx = Math.ceil((box.x1 - box.x0) * 0.03), my = Math.ceil((box.y1 - box.y0) * 0.02);
  return { x0: Math.max(0, box.x0 - mx), y0: Math.max(0, box.y0 - my), x1: Math.min(w, box.x1 + mx), y1: Math.min(h, box.y1 + my) };
}
