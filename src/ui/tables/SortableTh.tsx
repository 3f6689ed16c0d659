import type { ReactNode } from 'react';
import { sortAttrs } from './sortAttrs';

interface SortColumn {
  getIsSorted(): false | 'asc' | 'desc';
  getCanSort(): boolean;
  getToggleSortingHandler(): ((event: unknown) => void) | undefined;
}

/** A column header that sorts when pressed and says how it is sorted (aria-sort, ▲/▼). */
export function SortableTh({
  column,
  className,
  children,
}: {
  column: SortColumn;
  className?: string;
  children: ReactNode;
}) {
  const { ariaSort, mark } = sortAttrs(column);
  return (
    <th scope="col" aria-sort={ariaSort} className={className}>
      {ariaSort ? (
        <button type="button" className="sort-button" onClick={column.getToggleSortingHandler()}>
          {children}
          <span aria-hidden="true" className="sort-mark">
            {mark}
          </span>
        </button>
      ) : (
        children
      )}
    </th>
  );
}
