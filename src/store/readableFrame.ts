import type { AppState } from './types';

/** The fastest playing speed (ticks/s) at which what a person reads follows every tick; nobody reads faster. */
export const EVERY_TICK_UP_TO = 20;

/**
 * The frame for words and lists that follow the run (the narration, the queues, the messages in flight): every
 * frame while paused, stepping or playing slowly; faster, the heavy views' frame, a few a second. Rebuilt for every
 * frame at speed they change faster than anyone reads, and the browser's style, layout and paint for each cost
 * most of a display frame.
 */
export const selectReadableFrame = (s: AppState) => (selectPlayingFast(s) ? (s.slowFrame ?? s.frame) : s.frame);

/** Playing faster than anyone reads along (see selectReadableFrame). */
export const selectPlayingFast = (s: AppState) => s.playing && (s.speed === 'max' || s.speed > EVERY_TICK_UP_TO);
