import type { SliceContext } from './deps';
import { refusalOf } from './results';
import type { MemorySlice } from './types';

export function memorySlice({ send }: SliceContext): MemorySlice {
  return {
    memory: null,
    memorySamples: [],
    memoryRecent: [],
    memoryWaiting: [],
    heap: null,
    fs: null,
    fsSamples: [],
    async translate(pid, address, access) {
      const reply = await send({ type: 'translate', pid, address, access });
      return reply?.type === 'translated' ? { ok: true, translation: reply.result } : refusalOf(reply);
    },
    async pageTable(pid) {
      const reply = await send({ type: 'pageTable', pid });
      return reply?.type === 'pageTable' ? { ok: true, rows: reply.rows } : refusalOf(reply);
    },
    async compareReplacement(refs, frames) {
      const reply = await send({ type: 'compareReplacement', refs, frames });
      return reply?.type === 'replacementCompared' ? { ok: true, results: reply.results } : refusalOf(reply);
    },
  };
}
