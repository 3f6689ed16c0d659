import type { ColumnVisibilityState } from '@tanstack/react-table';
import { storage } from '../../store/autosave';

export const COLUMNS_KEY = 'bcos.processTable.hidden';

/** Hidden until chosen: the figures a first look needs least, so the table fits 1440 px. */
export const DEFAULT_HIDDEN: readonly string[] = ['ioTime', 'contextSwitches', 'pageFaults', 'held', 'networkMbps'];

/** Columns the textbook naming leaves out: types and names (of processes and memory) are the AI and blockchain flavour. */
const NOT_TEXTBOOK: readonly string[] = ['name', 'type', 'memoryTypes'];

/** Columns with nothing to say without memory management: hidden then, and shown by default when it is on. */
export const MEMORY_COLUMNS: readonly string[] = ['memoryBytes', 'residentPages', 'swappedPages', 'memoryTypes'];

/** What decides which columns there are besides the user's choice. */
export interface ColumnContext {
  textbook: boolean;
  memory: boolean;
}

/** Columns the context leaves out whatever the user chose: the Columns menu does not offer them. */
export function columnsLeftOut({ textbook, memory }: ColumnContext): string[] {
  return [...(textbook ? NOT_TEXTBOOK : []), ...(memory ? [] : MEMORY_COLUMNS)];
}

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

/** What the table shows: the user's choice, less the columns the context leaves out. */
export function columnVisibility(hidden: readonly string[], context: ColumnContext): ColumnVisibilityState {
  return Object.fromEntries([...hidden, ...columnsLeftOut(context)].map((id) => [id, false]));
}
