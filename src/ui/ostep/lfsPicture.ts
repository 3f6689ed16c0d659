import { LFS_BLOCK_NAMES } from '../../core/fs/lfs/lfsTypes';
import type { LfsAnswers, LfsBlockAnswer } from '../../core/ostep/answers';

/** A block's relation to the chosen one: it, one it points to, one pointing to it, or none. */
export type LfsMark = 'chosen' | 'target' | 'source' | null;

export interface LfsCell {
  addr: number;
  kind: LfsBlockAnswer['kind'];
  /** null while liveness is the question (hidden) */
  live: boolean | null;
  mark: LfsMark;
  /** appended by the step chosen in the list */
  inStep: boolean;
  label: string;
}

/**
 * The log as a row of cells: each block's kind, its liveness when shown, how it relates to the chosen block
 * (what it points to, what points to it), and whether the chosen step appended it.
 */
export function lfsCells(
  answer: LfsAnswers,
  { showLive, chosen, step }: { showLive: boolean; chosen: number | null; step: number | null },
): LfsCell[] {
  const chosenBlock = chosen === null ? undefined : answer.final[chosen];
  const targets = new Set(chosenBlock?.points ?? []);
  const appended = step === null ? undefined : answer.steps[step]?.appended;
  return answer.final.map((b) => {
    const mark: LfsMark =
      b.addr === chosen
        ? 'chosen'
        : targets.has(b.addr)
          ? 'target'
          : chosen !== null && b.points.includes(chosen)
            ? 'source'
            : null;
    const live = showLive ? b.live : null;
    const relation = mark === 'target' ? ', pointed to' : mark === 'source' ? ', points to the chosen block' : '';
    return {
      addr: b.addr,
      kind: b.kind,
      live,
      mark,
      inStep: appended !== undefined && b.addr >= appended[0] && b.addr < appended[1],
      label: `${b.addr}: ${LFS_BLOCK_NAMES[b.kind]}${live === null ? '' : live ? ', live' : ', dead'}${relation}`,
    };
  });
}
