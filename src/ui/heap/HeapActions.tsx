import { useId, useMemo, useState } from 'react';
import type { HeapPicture } from '../../core/index';
import type { AppState } from '../../store/types';
import { useAppStore, useApp } from '../app/StoreContext';
import { ActionForm, PidSelect, usePid } from '../memory/ActionForm';
import { operateAndAnswer } from '../memory/operateAndAnswer';
import { TextField } from '../memory/TextField';

const selectProcesses = (s: AppState) => s.frame?.processes;
const selectOperations = (s: AppState) => s.scenario?.operations;

/**
 * malloc and free at the current tick, as a process of the scenario would call them; the answer is the
 * simulation's own sentence (or why it refused: a process not alive, a size beyond the heap, …).
 */
export function HeapActions({ heap }: { heap: HeapPicture }) {
  const store = useAppStore();
  const id = useId();
  const processes = useApp(selectProcesses);
  const operations = useApp(selectOperations);
  const live = useMemo(
    () =>
      (processes ?? [])
        .filter((p) => p.state !== 'NEW' && p.state !== 'TERMINATED')
        .map((p) => ({ pid: p.pid, name: p.name })),
    [processes],
  );
  const mallocs = useMemo(
    () => (operations ?? []).flatMap((o) => (o.op === 'malloc' ? [{ pid: o.pid, bytes: o.bytes }] : [])),
    [operations],
  );
  const [chosenPid, setPid] = usePid(live);
  const [bytes, setBytes] = useState('8');
  const [error, setError] = useState<string>();
  const held = new Set(heap.chunks.flatMap((c) => (c.free || c.ptrIndex === null ? [] : [c.ptrIndex])));
  const [allocation, setAllocation] = useState<number | null>(null);
  const chosenAllocation = allocation ?? [...held][0] ?? (mallocs.length > 0 ? 0 : undefined);
  const malloc = () => {
    const n = Number(bytes.trim());
    const ok = /^\d+$/.test(bytes.trim()) && n <= heap.size;
    setError(ok ? undefined : `Bytes: a whole number from 0 to ${heap.size} (the heap's size).`);
    return ok && chosenPid !== undefined ? operateAndAnswer(store, { op: 'malloc', pid: chosenPid, bytes: n }) : null;
  };
  const free = () =>
    chosenPid !== undefined && chosenAllocation !== undefined
      ? operateAndAnswer(store, { op: 'free', pid: chosenPid, allocation: chosenAllocation })
      : null;
  return (
    <section className="memory-actions" aria-label="Heap operations">
      <ActionForm title="malloc" submitLabel="malloc now" onSubmit={malloc}>
        <PidSelect id={`${id}-mpid`} pids={live} value={chosenPid} onChange={setPid} />
        <TextField id={`${id}-bytes`} label="Bytes" value={bytes} onChange={setBytes} error={error} size={6} />
      </ActionForm>
      <ActionForm title="free" submitLabel="free now" onSubmit={free}>
        <PidSelect id={`${id}-fpid`} pids={live} value={chosenPid} onChange={setPid} />
        <div className="memory-field">
          <label htmlFor={`${id}-alloc`}>Allocation</label>
          <select
            id={`${id}-alloc`}
            value={chosenAllocation ?? ''}
            onChange={(e) => setAllocation(Number(e.target.value))}
            disabled={mallocs.length === 0}
          >
            {mallocs.length === 0 && <option value="">no malloc yet</option>}
            {mallocs.map((m, k) => (
              <option key={k} value={k}>
                ptr[{k}]: P{m.pid}, {m.bytes} bytes{held.has(k) ? '' : ' (not held now)'}
              </option>
            ))}
          </select>
        </div>
      </ActionForm>
    </section>
  );
}
