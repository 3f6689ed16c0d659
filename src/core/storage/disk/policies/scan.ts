import type { DiskPolicy } from './diskPolicy';
import { sweepChoice } from './sweep';

const shape = { policy: 'SCAN', circular: false, toEdge: true } as const;

export const scan: DiskPolicy = {
  name: 'SCAN',
  label: 'Elevator: sweeps in and out to the edge, serving the nearest request ahead',
  ostep: false,
  windowed: true,
  choose: (view) => sweepChoice(shape, view),
};
