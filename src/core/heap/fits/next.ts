import { firstFrom, type Fit } from './fit';

/** NEXT: first fit that starts where the previous search stopped (the rover) and wraps around the list. */
export const nextFit: Fit = {
  name: 'NEXT',
  label: 'next fit',
  search: firstFrom,
  why: (chunk, needed, start) => `next fit: from list element ${start} on, ${chunk} is the first that holds ${needed}`,
};
