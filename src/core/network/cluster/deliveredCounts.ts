/*
 * How many copies of each message were delivered. A count changes long after its message was sent (a late or
 * duplicated copy), so unlike the cluster's logs it cannot be shared by length; yet copying a million counts at
 * every checkpoint made the copies, not the run, the cost of a long cluster run. So the counts live in chunks: a
 * checkpoint freezes them, copies share the frozen chunks (deepCopy keeps what is frozen), and the run copies a
 * chunk again only when it next writes to it, which is the last few chunks, where the recent messages are.
 */

const CHUNK = 4096;

export interface DeliveredCounts {
  /** counts of messages CHUNK·i to CHUNK·(i + 1) − 1; frozen ones are shared with checkpoints */
  chunks: number[][];
  /** messages counted */
  length: number;
}

export const noDeliveries = (): DeliveredCounts => ({ chunks: [], length: 0 });

/** The chunk holding message `id`, the run's own (copied first if a checkpoint shares it). */
function writable(c: DeliveredCounts, id: number): number[] {
  const i = Math.floor(id / CHUNK);
  const chunk = c.chunks[i] as number[];
  if (!Object.isFrozen(chunk)) return chunk;
  const own = chunk.slice();
  c.chunks[i] = own;
  return own;
}

/** A message sent: counted, with nothing delivered yet. */
export function countSent(c: DeliveredCounts): void {
  if (c.length % CHUNK === 0) c.chunks.push([]);
  writable(c, c.length).push(0);
  c.length++;
}

export function countDelivered(c: DeliveredCounts, id: number): void {
  const chunk = writable(c, id);
  chunk[id % CHUNK] = (chunk[id % CHUNK] as number) + 1;
}

export const deliveredOf = (c: DeliveredCounts, id: number): number =>
  (c.chunks[Math.floor(id / CHUNK)]?.[id % CHUNK] as number | undefined) ?? 0;

/** Before a checkpoint copies the cluster: from now on the copy and the run share every chunk until written. */
export function shareDeliveredCounts(c: DeliveredCounts): void {
  for (const chunk of c.chunks) Object.freeze(chunk);
}

/** Every message's count, in order (for checks over the whole run). */
export const allDelivered = (c: DeliveredCounts): number[] => c.chunks.flat();
