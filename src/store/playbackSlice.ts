import type { SliceContext } from './deps';
import { moveResult, refusedWith } from './results';
import { EMPTY_PROCESS_INDEX } from './processIndex';
import { EMPTY_TIMELINE } from './timelineBuffer';
import type { MoveResult, Reply } from './results';
import type { PlaybackSlice } from './types';

/** Work the worker may do per animation frame at 'max' speed, in ms: leaves room to draw at 60 fps. */
const MAX_SPEED_BUDGET_MS = 12;
/** Events per slice of a long move: some tens of milliseconds of work, so a Cancel is heard soon. */
export const SLICE_EVENTS = 20_000;
/** A tick beyond any run's end: seeking there runs to the end. */
const BEYOND_END = Number.MAX_SAFE_INTEGER;
/**
 * Least time between two frames asked of the worker while playing at a set speed, in ms: every other frame of a
 * 60 Hz display (less its jitter). Each frame costs the whole page some milliseconds (React, layout, paint), so at
 * a speed of more than 30 ticks a second a frame brings the ticks of two display frames, and the pictures that
 * move (the Network view's messages) glide over them in between (ticksAFrame).
 */
const FRAME_GAP_MS = 28;

/** About how many ticks one frame of play brings at `speed` ticks a second: what a picture may glide across. */
export const ticksAFrame = (speed: number): number => Math.max(1, (speed * 2) / 60);

export function playbackSlice(ctx: SliceContext): PlaybackSlice {
  const { set, get, send, deps } = ctx;
  let loop: number | null = null;
  let lastTime: number | null = null;
  /** when the last frame of play was asked for */
  let lastAsked = Number.NEGATIVE_INFINITY;
  let carry = 0;
  let inFlight = false;
  /** the long move under way; a new one or a cancel replaces it, and the old one stops after its slice */
  let move: object | null = null;

  /**
   * Seeks to `tick` in slices of SLICE_EVENTS events, showing progress between them, so that a long run never
   * holds the worker (and so the page's replies) for long; a cancel stops it where it got to.
   */
  const sliced = async (label: string, tick: number): Promise<MoveResult> => {
    const mine = {};
    move = mine;
    const total = Math.min(tick, get().frame?.endKnown ? get().frame!.endTick : (get().facts?.cost.horizon ?? tick));
    let reply: Reply | null = null;
    for (;;) {
      reply = await send({ type: 'seek', tick, maxEvents: SLICE_EVENTS });
      // Slices that stop short bring no frame, only where they got to.
      if (move !== mine || reply?.type !== 'moving') break;
      set({ progress: { label, done: reply.tick, total: Math.max(total, reply.tick) } });
      if (move !== mine) break; // cancelled by someone watching the progress
    }
    if (move === mine) {
      move = null;
      set({ progress: null });
    }
    // Stopped between slices (a cancel, another move, a load): the frame of where the worker is now, which a
    // 'draw' that changes nothing replies with.
    if (reply?.type === 'moving') reply = await send({ type: 'draw' });
    return moveResult(reply);
  };

  /**
   * One animation frame of play: at most one request in flight, so the worker sends at most one state
   * update per frame and never queues up behind a slow renderer.
   */
  const onFrame = (timeMs: number): void => {
    loop = null;
    if (!get().playing) return;
    const elapsed = lastTime === null ? 0 : Math.min(timeMs - lastTime, 250);
    lastTime = timeMs;
    if (!inFlight) {
      const speed = get().speed;
      let ticks: number | 'max' = 'max';
      if (speed !== 'max') {
        carry += (elapsed / 1000) * speed;
        // too soon after the last: the ticks wait in the carry for the next display frame
        ticks = timeMs - lastAsked < FRAME_GAP_MS ? 0 : Math.floor(carry);
        carry -= ticks;
      }
      if (ticks === 'max' || ticks > 0) {
        inFlight = true;
        lastAsked = timeMs;
        void send({ type: 'advance', ticks, budgetMs: MAX_SPEED_BUDGET_MS }).finally(() => {
          inFlight = false;
          const f = get().frame;
          if (f?.finished || (f?.endKnown && f.tick === f.endTick)) get().pause();
        });
      }
    }
    loop = deps.frames.request(onFrame);
  };

  return {
    frame: null,
    slowFrame: null,
    processIndex: EMPTY_PROCESS_INDEX,
    timeline: EMPTY_TIMELINE,
    gpuTimeline: EMPTY_TIMELINE,
    stateTimeline: EMPTY_TIMELINE,
    playing: false,
    speed: 10,
    busy: false,
    progress: null,
    facts: null,
    aimedTick: null,
    aimAt: (tick) => set({ aimedTick: tick }),
    cancel() {
      move = null;
      set({ progress: null });
    },
    play() {
      const f = get().frame;
      if (get().playing || !f || get().status !== 'ready') return;
      if (f.finished && f.tick >= f.endTick) return;
      set({ playing: true });
      lastTime = null;
      carry = 0;
      loop = deps.frames.request(onFrame);
    },
    pause() {
      if (loop !== null) deps.frames.cancel(loop);
      loop = null;
      if (get().playing) set({ playing: false, slowFrame: get().frame });
    },
    togglePlay: () => (get().playing ? get().pause() : get().play()),
    setSpeed: (speed) => set({ speed }),
    async seek(tick) {
      set({ aimedTick: tick });
      const moved =
        tick > (get().frame?.tick ?? 0)
          ? await sliced(`Moving to tick ${tick}`, tick)
          : moveResult(await send({ type: 'seek', tick }));
      // Landed (or stopped, or refused); a later position asked for meanwhile stays aimed at.
      if (get().aimedTick === tick) set({ aimedTick: null });
      return moved;
    },
    async step(direction, unit = 'tick') {
      get().pause();
      return moveResult(await send({ type: 'step', direction, unit }));
    },
    async reset() {
      get().pause();
      return moveResult(await send({ type: 'seek', tick: 0 }));
    },
    async runToEnd() {
      get().pause();
      return get().frame ? sliced('Running to the end', BEYOND_END) : refusedWith('No scenario is loaded yet.');
    },
  };
}
