import type { SliceContext } from './deps';

/** Filled in by the share work (issue 4); registered in appStore.ts and AppState. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ShareSlice {}

export function shareSlice(_ctx: SliceContext): ShareSlice {
  return {};
}
