import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { visibleRange } from './virtualRange.js';

interface Props {
  total: number;
  rowHeight: number;
  height: number;
  overscan?: number;
  /** Set to scroll (and stay) at a position; change `jumpKey` to jump again to the same place. */
  scrollTo?: { top: number; key: number } | null;
  renderRow: (index: number) => ReactNode;
  onRange?: (start: number, end: number) => void;
  label: string;
  header?: ReactNode;
}

/** Renders only the rows in view (plus a margin): the DOM stays small however long the list is. */
export function VirtualList({ total, rowHeight, height, overscan = 8, scrollTo, renderRow, onRange, label, header }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const { start, end } = visibleRange(top, height, rowHeight, total, overscan);

  useLayoutEffect(() => {
    if (scrollTo && ref.current) {
      ref.current.scrollTop = scrollTo.top;
      setTop(ref.current.scrollTop);
    }
  }, [scrollTo]);

  useEffect(() => {
    onRange?.(start, end);
  }, [start, end, onRange]);

  const rows: ReactNode[] = [];
  for (let i = start; i < end; i++) {
    rows.push(<div key={i} className="vrow" role="row" aria-rowindex={i + 2} style={{ top: i * rowHeight, height: rowHeight }}>{renderRow(i)}</div>);
  }
  return (
    <div className="vlist" role="table" aria-label={label} aria-rowcount={total + 1}>
      {header}
      <div ref={ref} className="vlist-scroll" style={{ height }} onScroll={(e) => setTop(e.currentTarget.scrollTop)} data-testid="vlist-scroll">
        <div className="vlist-inner" role="rowgroup" style={{ height: total * rowHeight }}>{rows}</div>
      </div>
    </div>
  );
}
