import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

/**
 * Rows to render for a long table: above `threshold` only those in view, with spacer heights above and
 * below, so 10,000 rows cost what 30 do. Below it, every row.
 */
export function useVirtualRows<R>(rows: readonly R[], rowHeight: number, threshold: number) {
  const virtual = rows.length > threshold;
  const scrollRef = useRef<HTMLDivElement>(null);
  // This build has no React Compiler, and the virtualizer's results are used only in this render.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    enabled: virtual,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  const items = virtual ? virtualizer.getVirtualItems() : [];
  const shown = virtual ? items.map((i) => rows[i.index]).filter((r): r is R => r !== undefined) : rows;
  const padTop = virtual ? (items[0]?.start ?? 0) : 0;
  const padBottom = virtual ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  return { scrollRef, virtual, shown, padTop, padBottom };
}
