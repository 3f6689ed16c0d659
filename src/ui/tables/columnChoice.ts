import type { ColumnVisibilityState } from '@tanstack/react-table';
import { storage } from '../../store/autosave';

export const COLUMNS_KEY = 'bcos.processTable.hidden';

/** Hidden until chosen: the figures a first look needs least, so the table fits 1440 px. */
export const DEFAULT_HIDDEN: readonly string[] = ['ioTime', 'contextSwitches', 'pageFaults', 'held'];

/** Columns the textbook naming leaves out: types and names are the AI and blockchain flavour. */
const NOT_TEXTBOOK: readonly string[] = ['name', 'type'];

/** The columns the user hid, as remembered; the defaults when nothing (or nothing readable) is stored. */
export function readHidden(store: Pick<Storage, 'getItem'> | null = storage()): string[] {
  try {
    const raw: unknown = JSON.parse(store?.getItem(COLUMNS_KEY) ?? 'null');
    return Array.isArray(raw) && raw.every((id) => typeof id === 'string') ? raw : [...DEFAULT_HIDDEN];
  } catch {
    return [...DEFAULT_HIDDEN];
  }
}

export function storeHidden(hidden: readonly string[]): void {
  try {
    storage()?.setItem(COLUMNS_KEY, JSON.stringify(hidden));
  } catch {
    // Storage refused: the choice holds for this page.
  }
}

/** What the table shows: the user's choice, less the type and name columns in textbook naming. */
export function columnVisibility(hidden: readonly string[], textbook: boolean): ColumnVisibilityState {
  const off = textbook ? [...hidden, ...NOT_TEXTBOOK] : hidden;
  return Object.fromEntries(off.map((id) => [id, false]));
}
