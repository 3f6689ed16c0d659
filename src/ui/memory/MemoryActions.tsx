import { useId, useState } from 'react';
import { MEMORY_TYPES, type MemoryType } from '../../core/memory/types';
import { ActionForm, PidSelect, usePid } from './ActionForm';
import { formatBytes } from './formatBytes';
import { parseAddress } from './parseAddress';
import { TextField } from './TextField';
import type { FormAnswer, PidOption } from './types';
import './memory.css';

export interface MemoryActionsProps {
  pids: PidOption[];
  /** bits of a virtual address: addresses must be below 2^virtualBits */
  virtualBits: number;
  /** the largest allocation to offer, in bytes (default 1 GiB, the largest physical memory) */
  maxBytes?: number;
  onAllocate(pid: number, bytes: number, type: MemoryType): Promise<FormAnswer>;
  onDeallocate(pid: number, address: number): Promise<FormAnswer>;
  onAccess(pid: number, address: number, access: 'read' | 'write'): Promise<FormAnswer>;
  onDefragment(): Promise<FormAnswer>;
}

const UNITS = { KiB: 1024, MiB: 1024 * 1024 } as const;
type Unit = keyof typeof UNITS;

/** Requests a person can make of the memory manager; each form shows the simulator's answer. */
export function MemoryActions(props: MemoryActionsProps) {
  return (
    <section className="memory-actions" aria-label="Memory operations">
      <AllocateForm {...props} />
      <AddressForm {...props} kind="deallocate" />
      <AddressForm {...props} kind="access" />
      <ActionForm title="Defragment" submitLabel="Defragment now" onSubmit={props.onDefragment} />
    </section>
  );
}

function AllocateForm({ pids, maxBytes = 2 ** 30, onAllocate }: MemoryActionsProps) {
  const id = useId();
  const [pid, setPid] = usePid(pids);
  const [size, setSize] = useState('64');
  const [unit, setUnit] = useState<Unit>('KiB');
  const [type, setType] = useState<MemoryType>('USER');
  const [error, setError] = useState<string>();
  const submit = () => {
    const value = Number(size.trim());
    const bytes = Math.ceil(value * UNITS[unit]);
    const ok = size.trim() !== '' && Number.isFinite(value) && bytes > 0 && bytes <= maxBytes;
    setError(ok ? undefined : `Size: a number above 0, at most ${formatBytes(maxBytes)}.`);
    return ok && pid !== undefined ? onAllocate(pid, bytes, type) : null;
  };
  return (
    <ActionForm title="Allocate" submitLabel="Allocate" onSubmit={submit}>
      <PidSelect id={`${id}-pid`} pids={pids} value={pid} onChange={setPid} />
      <TextField id={`${id}-size`} label="Size" value={size} onChange={setSize} error={error} size={8} />
      <div className="memory-field">
        <label htmlFor={`${id}-unit`}>Unit</label>
        <select id={`${id}-unit`} value={unit} onChange={(e) => setUnit(e.target.value as Unit)}>
          {Object.keys(UNITS).map((u) => (
            <option key={u}>{u}</option>
          ))}
        </select>
      </div>
      <div className="memory-field">
        <label htmlFor={`${id}-type`}>Memory type</label>
        <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as MemoryType)}>
          {MEMORY_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </div>
    </ActionForm>
  );
}

/** Deallocate (the start address of an allocation) and Access (any address, read or write) share a shape. */
function AddressForm({
  pids,
  virtualBits,
  onDeallocate,
  onAccess,
  kind,
}: MemoryActionsProps & { kind: 'deallocate' | 'access' }) {
  const id = useId();
  const [pid, setPid] = usePid(pids);
  const [text, setText] = useState('');
  const [access, setAccess] = useState<'read' | 'write'>('read');
  const [error, setError] = useState<string>();
  const submit = () => {
    const parsed = parseAddress(text, virtualBits, 'Address');
    setError(parsed.ok ? undefined : parsed.message);
    if (!parsed.ok || pid === undefined) return null;
    return kind === 'deallocate' ? onDeallocate(pid, parsed.value) : onAccess(pid, parsed.value, access);
  };
  const title = kind === 'deallocate' ? 'Deallocate' : 'Access';
  return (
    <ActionForm title={title} submitLabel={title} onSubmit={submit}>
      <PidSelect id={`${id}-pid`} pids={pids} value={pid} onChange={setPid} />
      <TextField
        id={`${id}-address`}
        label="Address"
        value={text}
        onChange={setText}
        hint={
          kind === 'deallocate'
            ? 'start of an allocation; decimal or 0x hex'
            : `decimal or 0x hex, below 2^${virtualBits}`
        }
        error={error}
        size={14}
      />
      {kind === 'access' && (
        <div className="memory-field">
          <label htmlFor={`${id}-access`}>Access</label>
          <select id={`${id}-access`} value={access} onChange={(e) => setAccess(e.target.value as 'read' | 'write')}>
            <option value="read">read</option>
            <option value="write">write</option>
          </select>
        </div>
      )}
    </ActionForm>
  );
}
