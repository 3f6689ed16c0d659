import type { SliceContext } from './deps';

/** Filled in by the present work (issue 4); registered in appStore.ts and AppState. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PresentSlice {}

export function presentSlice(_ctx: SliceContext): PresentSlice {
  return {};
}
