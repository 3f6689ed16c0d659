import { firstFrom, type Fit } from './fit';

/** FIRST: the first chunk that is large enough (the scan stops there). */
export const firstFit: Fit = {
  name: 'FIRST',
  label: 'first fit',
  search: (list, needed) => firstFrom(list, needed, 0),
  why: (chunk, needed) => `first fit: ${chunk} is the first that holds ${needed}`,
};
