import { useState } from 'react';

/**
 * `value`, or the value held from an earlier render while `key` stays the same. A new snapshot or frame
 * comes with every tick change and rebuilds arrays that often say the same thing; passing the held one
 * keeps a memoised child (a chart, a form) from rendering again. `key` must sum up everything the child reads.
 */
export function useKeyed<T>(value: T, key: string): T {
  const [held, setHeld] = useState({ key, value });
  if (held.key === key) return held.value;
  // Adjusting state while rendering, as React documents for values derived from props.
  setHeld({ key, value });
  return value;
}
