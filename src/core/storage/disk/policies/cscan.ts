import type { DiskPolicy } from './diskPolicy';
import { sweepChoice } from './sweep';

const shape = { policy: 'C-SCAN', circular: true, toEdge: true } as const;

export const cscan: DiskPolicy = {
  name: 'C-SCAN',
  label: 'Circular SCAN: sweeps inwards to the edge, then returns to the outer track',
  ostep: false,
  windowed: true,
  choose: (view) => sweepChoice(shape, view),
};
