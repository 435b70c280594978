/** The rows a virtual list renders: the visible ones plus `overscan` on each side. */
export function visibleRange(scrollTop: number, height: number, rowHeight: number, total: number, overscan: number): { start: number; end: number } {
  if (total <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + height) / rowHeight);
  return { start: Math.max(0, first - overscan), end: Math.min(total, last + overscan) };
}

/** The scroll position that shows row `index` (0-based) near the top. */
export function scrollTopFor(index: number, rowHeight: number, total: number, height: number): number {
  const max = Math.max(0, total * rowHeight - height);
  return Math.min(max, Math.max(0, index * rowHeight));
}
