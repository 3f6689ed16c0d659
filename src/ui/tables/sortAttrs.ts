const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** What a sortable column header says: aria-sort for screen readers and a ▲/▼ mark for the eye. */
export function sortAttrs(column: { getIsSorted(): false | 'asc' | 'desc'; getCanSort(): boolean }) {
  const sorted = column.getIsSorted();
  return {
    ariaSort: column.getCanSort() ? (sorted ? ARIA_SORT[sorted] : ('none' as const)) : undefined,
    mark: sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : '',
  };
}
