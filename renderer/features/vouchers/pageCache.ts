/**
 * Rows of a long list fetched in pages: which pages a visible range needs, and a bounded cache
 * of the pages already fetched (the oldest are dropped, so memory stays flat at 100 000 rows).
 */
export class PageCache<T> {
  private readonly pages = new Map<number, T[]>();
  private readonly pending = new Set<number>();

  constructor(readonly pageSize: number, readonly maxPages = 40) {}

  row(index: number): T | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  /** Pages covering rows [start, end) that are neither cached nor being fetched. */
  missing(start: number, end: number): number[] {
    const out: number[] = [];
    if (end <= start) return out;
    for (let p = Math.floor(start / this.pageSize); p <= Math.floor((end - 1) / this.pageSize); p++) {
      if (!this.pages.has(p) && !this.pending.has(p)) out.push(p);
    }
    return out;
  }

  markPending(page: number): void {
    this.pending.add(page);
  }

  put(page: number, rows: T[]): void {
    this.pending.delete(page);
    this.pages.delete(page);
    this.pages.set(page, rows);
    while (this.pages.size > this.maxPages) {
      const oldest = this.pages.keys().next().value as number;
      this.pages.delete(oldest);
    }
  }

  drop(page: number): void {
    this.pending.delete(page);
  }

  get size(): number {
    return this.pages.size;
  }
}
