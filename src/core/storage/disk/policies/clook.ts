import type { DiskPolicy } from './diskPolicy';
import { sweepChoice } from './sweep';

const shape = { policy: 'C-LOOK', circular: true, toEdge: false } as const;

export const clook: DiskPolicy = {
  name: 'C-LOOK',
  label: 'C-SCAN that jumps back to the outermost request instead of the edge',
  ostep: false,
  windowed: true,
  choose: (view) => sweepChoice(shape, view),
};
