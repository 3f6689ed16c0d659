import type { DiskDecision, DiskEstimate, DiskReason } from './diskTypes';

const TRACK_NAMES = ['outer', 'middle', 'inner'];
/** OSTEP's three tracks by name; on a disk of another count, by number from the outside in. */
function trackName(t: number, tracks: number): string {
  if (tracks === TRACK_NAMES.length) return `the ${TRACK_NAMES[t] ?? `#${t}`} track`;
  return `track ${t}${t === 0 ? ' (the outermost)' : t === tracks - 1 ? ' (the innermost)' : ''}`;
}
/** Estimates are in ticks, fractional when the speeds do not divide evenly: two decimals at most. */
const ticks = (x: number): string => String(Math.round(x * 100) / 100);
const parts = (e: DiskEstimate): string =>
  `${ticks(e.total)} from the head (seek ${ticks(e.seek)}, rotate ${ticks(e.rotate)}, transfer ${ticks(e.transfer)})`;

/**
 * Why a policy picked what it did, in words, after a head naming the request and the word joining them; `tracks`
 * the disk's count of tracks (OSTEP's three are named).
 */
export function diskReasonWords(r: DiskReason, tracks = 3): { by: string; why: string } {
  const trackWords = (t: number) => trackName(t, tracks);
  switch (r.kind) {
    case 'fifo':
      return { by: '', why: `next in arrival order, ${parts(r.estimate)}` };
    case 'satf':
      return { by: '', why: `shortest seek+rotate of ${r.candidates} waiting in the window, ${parts(r.estimate)}` };
    case 'sstf':
      return {
        by: '',
        why: `nearest track with a request (${trackWords(r.track)}, ${r.distance} away), first to come round of ${r.onTrack} there, ${parts(r.estimate)}`,
      };
    case 'sweep': {
      const way = r.direction === 1 ? 'inwards' : 'outwards';
      const turn = r.turned
        ? r.policy.startsWith('C-')
          ? 'nothing lay ahead, so the sweep starts again from the outer side'
          : `nothing lay ahead, so the sweep turns ${way}`
        : `nearest request ahead, sweeping ${way}`;
      const via = r.via.length > 0 ? ` by way of ${r.via.map(trackWords).join(' and ')}` : '';
      return {
        by: ` by ${r.policy}`,
        why: `${turn}, on ${trackWords(r.track)}${via}, first to come round of ${r.onTrack} there, ${parts(r.estimate)}`,
      };
    }
  }
}

/** A disk scheduling decision in words, for the narration and the CLI alike. */
export function explainDiskDecision(d: DiskDecision, tracks = 3): string {
  const { by, why } = diskReasonWords(d.reason, tracks);
  return `request ${d.index} (block ${d.block}) chosen${by}: ${why}`;
}
