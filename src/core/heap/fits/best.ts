import { extreme, type Fit } from './fit';

/** BEST: the smallest chunk that is large enough; the earliest in the list on a tie (scans the whole list). */
export const bestFit: Fit = {
  name: 'BEST',
  label: 'best fit',
  search: (list, needed) => extreme(list, needed, (size, best) => size < best),
  why: (chunk, needed) => `best fit: ${chunk} is the smallest that holds ${needed}`,
};
