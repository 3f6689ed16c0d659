import type { MemoryType, PageState } from '../../core/index';
import type { Pattern } from '../theme/processLook';

export interface Look {
  color: string;
  pattern: Pattern;
}

/**
 * Memory types: Paul Tol's "bright" scheme plus indigo (colour-blind safe). Neighbouring colours that
 * could still be confused get different patterns, which the grid draws once cells are big enough; the
 * tooltip, legend and frame table name the type in words.
 */
export const TYPE_LOOK: Readonly<Record<MemoryType, Look>> = {
  SYSTEM: { color: '#4477AA', pattern: 'solid' },
  USER: { color: '#66CCEE', pattern: 'solid' },
  AI_MODEL: { color: '#AA3377', pattern: 'cross' },
  AI_DATA: { color: '#EE6677', pattern: 'stripes' },
  BLOCKCHAIN_LEDGER: { color: '#228833', pattern: 'cross' },
  BLOCKCHAIN_STATE: { color: '#CCBB44', pattern: 'dots' },
  NETWORK_BUFFER: { color: '#BBBBBB', pattern: 'dots' },
  CACHE: { color: '#332288', pattern: 'stripes' },
};

/**
 * Page states in colour-blind-safe shades, with the words the legend uses; the states that red–green
 * blindness would merge (allocated, pinned, dirty) differ in lightness and pattern as well. Drawn as
 * swatches, never emoji: lab machines often have no emoji font.
 */
export const STATE_LOOK: Readonly<Record<PageState, Look & { meaning: string }>> = {
  FREE: { color: '#F2F2F2', pattern: 'solid', meaning: 'free' },
  ALLOCATED: { color: '#228833', pattern: 'solid', meaning: 'allocated' },
  SWAPPED: { color: '#CCBB44', pattern: 'dots', meaning: 'swapped' },
  PINNED: { color: '#AA3377', pattern: 'cross', meaning: 'pinned (never swapped)' },
  DIRTY: { color: '#EE7733', pattern: 'stripes', meaning: 'dirty (written since loaded)' },
  SHARED: { color: '#4477AA', pattern: 'dots', meaning: 'shared (copy-on-write)' },
};

/** The look of a free frame in every mode. */
export const FREE_LOOK: Look = { color: STATE_LOOK.FREE.color, pattern: 'solid' };
