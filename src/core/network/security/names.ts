import type { Directory, NodeId } from './types';

/** The fewest hex digits a node id is shown with. */
export const SHORT_ID_DIGITS = 4;

/**
 * A node id as the narration shows it: its first four hex digits, or as many more as it takes to tell it from every
 * other node of the directory (as git shortens commit ids). Apart from the SHA-256 behind the ids, plain string work:
 * the page may import it without the curves.
 */
export function shortName(directory: Directory, id: NodeId): string {
  let digits = SHORT_ID_DIGITS;
  for (const other of directory) {
    if (other.id === id) continue;
    while (digits < id.length && other.id.startsWith(id.slice(0, digits))) digits++;
  }
  return id.slice(0, digits);
}
