import { extreme, type Fit } from './fit';

/** WORST: the largest chunk that is large enough; the earliest in the list on a tie (scans the whole list). */
export const worstFit: Fit = {
  name: 'WORST',
  label: 'worst fit',
  search: (list, needed) => extreme(list, needed, (size, best) => size > best),
  why: (chunk, needed) => `worst fit: ${chunk} is the largest, and holds ${needed}`,
};
