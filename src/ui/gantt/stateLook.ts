import { STATE_KIND, type StateKind } from '../../protocol';
import type { CanvasPalette } from '../theme/canvasPalette';
import { PROCESS_COLORS } from '../theme/processLook';

/** Fill patterns of the Gantt: the processes' (solid, stripes, dots, cross), the switches' ticks, and horizontal lines. */
export type BarPattern = 'solid' | 'stripes' | 'dots' | 'cross' | 'ticks' | 'lines';

/**
 * How a process state looks in its lane. Told apart without colour: by height (a waiting-for-the-CPU bar is
 * half height and hollow, the waits are taller), by pattern and by the word on the bar where it fits.
 */
export interface StateLook {
  /** the legend's and the segment table's words */
  label: string;
  /** on the bar, when it fits */
  short: string;
  /** the legend swatch's class (gantt.css draws the same fill and pattern) */
  swatch: string;
  fill: (c: CanvasPalette) => string;
  ink: (c: CanvasPalette) => string;
  pattern: BarPattern;
  /** an outline around the bar (the hollow ones) */
  outline: boolean;
  /** of the lane's bar height */
  height: number;
  /** a second colour for the swatch's right half: runs are drawn in each process's own colour */
  split?: string;
}

/** Okabe–Ito orange: reads on both themes' backgrounds, and is no process colour. */
const PAGE_FAULT = '#E69F00';

const muted = (c: CanvasPalette) => c.muted;

export const STATE_LOOK: Record<StateKind, StateLook> = {
  [STATE_KIND.running]: {
    label: 'running (in its colour, on the CPU named on the bar)',
    short: 'CPU',
    swatch: 'gantt-key-running',
    fill: () => PROCESS_COLORS[0],
    ink: () => '#111',
    pattern: 'solid',
    outline: false,
    height: 1,
    split: PROCESS_COLORS[1],
  },
  [STATE_KIND.ready]: {
    label: 'ready (waiting for a CPU)',
    short: 'ready',
    swatch: 'gantt-key-ready',
    fill: (c) => c.background,
    ink: muted,
    pattern: 'solid',
    outline: true,
    height: 0.5,
  },
  [STATE_KIND.waitingIo]: {
    label: 'waiting for I/O',
    short: 'I/O',
    swatch: 'gantt-key-waiting-io',
    fill: (c) => c.idle,
    ink: muted,
    pattern: 'lines',
    outline: true,
    height: 0.75,
  },
  [STATE_KIND.waitingMemory]: {
    label: 'waiting for a page (page fault)',
    short: 'page fault',
    swatch: 'gantt-key-waiting-memory',
    fill: () => PAGE_FAULT,
    ink: () => '#111',
    pattern: 'cross',
    outline: false,
    height: 0.75,
  },
  [STATE_KIND.suspended]: {
    label: 'suspended',
    short: 'suspended',
    swatch: 'gantt-key-suspended',
    fill: muted,
    ink: (c) => c.background,
    pattern: 'ticks',
    outline: false,
    height: 0.75,
  },
  [STATE_KIND.newWaitingMemory]: {
    label: 'new, waiting for memory',
    short: 'no memory',
    swatch: 'gantt-key-new-waiting-memory',
    fill: (c) => c.background,
    ink: muted,
    pattern: 'dots',
    outline: true,
    height: 0.5,
  },
};

/** The states in the legend's order: the order a process usually meets them. */
export const STATE_ORDER: readonly StateKind[] = [
  STATE_KIND.newWaitingMemory,
  STATE_KIND.ready,
  STATE_KIND.running,
  STATE_KIND.waitingIo,
  STATE_KIND.waitingMemory,
  STATE_KIND.suspended,
];

export function isStateKind(kind: number): kind is StateKind {
  return kind >= STATE_KIND.running && kind <= STATE_KIND.newWaitingMemory;
}

/** States drawn as bars of their own in a process lane: RUNNING is drawn by its CPU bars. */
export function drawnState(kind: number): kind is StateKind {
  return isStateKind(kind) && kind !== STATE_KIND.running;
}
