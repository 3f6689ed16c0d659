import type { SliceContext } from './deps';
import type { MemorySlice } from './types';

/** Replies that are not what was asked for become a message for the view to show. */
const failure = (reply: { type: string; message?: string; errors?: { message: string }[] } | null): string =>
  reply?.type === 'error'
    ? (reply.message ?? 'failed')
    : reply?.type === 'invalid'
      ? (reply.errors ?? []).map((e) => e.message).join('; ')
      : 'The simulation did not answer.';

export function memorySlice({ send }: SliceContext): MemorySlice {
  return {
    memory: null,
    memorySamples: [],
    memoryRecent: [],
    memoryWaiting: [],
    heap: null,
    async translate(pid, address, access) {
      const reply = await send({ type: 'translate', pid, address, access });
      return reply?.type === 'translated' ? reply.result : failure(reply);
    },
    async pageTable(pid) {
      const reply = await send({ type: 'pageTable', pid });
      return reply?.type === 'pageTable' ? reply.rows : [];
    },
    async compareReplacement(refs, frames) {
      const reply = await send({ type: 'compareReplacement', refs, frames });
      return reply?.type === 'replacementCompared' ? reply.results : failure(reply);
    },
  };
}
