import type { DiskPolicy } from './diskPolicy';
import { sweepChoice } from './sweep';

const shape = { policy: 'LOOK', circular: false, toEdge: false } as const;

export const look: DiskPolicy = {
  name: 'LOOK',
  label: 'SCAN that turns at the last request instead of the edge',
  ostep: false,
  windowed: true,
  choose: (view) => sweepChoice(shape, view),
};
