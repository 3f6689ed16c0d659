import type { SliceContext } from './deps';

/** Filled in by the console work (issue 4); registered in appStore.ts and AppState. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ConsoleSlice {}

export function consoleSlice(_ctx: SliceContext): ConsoleSlice {
  return {};
}
