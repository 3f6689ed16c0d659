import type { AppState } from '../../store/types';
import { useApp } from '../app/StoreContext';
import { FreeList } from '../ostep/FreeList';
import { HeapBar } from '../ostep/HeapBar';
import { HeapActions } from './HeapActions';
import '../memory/memory.css';
import '../ostep/ostep.css';

const selectHeap = (s: AppState) => s.heap;

/**
 * The scenario's heap at the current tick, for scenarios with a heap section (malloc and free operations, e.g. an
 * imported malloc.py command): the chunks in address order, the free list in list order, and the latest step
 * explained. It follows the transport like every other view; the OSTEP view steps through the same run.
 */
export function HeapPanel() {
  const heap = useApp(selectHeap);
  if (!heap) return null;
  return (
    <section className="panel" aria-labelledby="heap-panel-title">
      <h2 id="heap-panel-title">Heap (free-list allocator)</h2>
      <p>{heap.explanation}</p>
      <HeapBar picture={heap} caption="The heap now" />
      <FreeList list={heap.freeList} label="Free list now (in list order)" />
      <HeapActions heap={heap} />
    </section>
  );
}
