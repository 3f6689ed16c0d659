import type { SliceContext } from './deps';

/** Filled in by the teach work (issue 4); registered in appStore.ts and AppState. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TeachSlice {}

export function teachSlice(_ctx: SliceContext): TeachSlice {
  return {};
}
