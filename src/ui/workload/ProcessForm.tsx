import { useMemo, useState, type FormEvent } from 'react';
import { forPeople } from '../../core/scenario/fieldWords';
import type { ProcessSpec } from '../../core/scenario/types';
import { validateProcessSpec } from '../../core/scenario/validate';
import { AccessFields } from './AccessFields';
import type { AccessDraft } from './accessDraft';
import { OtherErrors, SelectInput, TextInput } from './formFields';
import { errorsAt, unclaimedErrors } from './formErrors';
import { processOf, TYPE_OPTIONS, type ProcessDraft } from './processDraft';

interface Props {
  title: string;
  /** the fields as typed, kept by the caller (in the store, so a switch to another view keeps them) */
  draft: ProcessDraft;
  onChange(draft: ProcessDraft): void;
  /** pids of the other processes: the edited one may keep its own */
  otherPids: number[];
  nodeGpus: number;
  onSave(process: ProcessSpec): void;
  onCancel(): void;
}

const SHOWN = [
  'pid',
  'name',
  'type',
  'priority',
  'arrival',
  'bursts',
  'deadline',
  'tickets',
  'needs.gpus',
  'needs.memoryBytes',
  'needs.networkMbps',
  'accesses',
  'parent',
  'workingSet',
  'affinity',
];

/** Adds or edits one process; checked with validateProcessSpec before anything is sent. */
export function ProcessForm({ title, draft, onChange, otherPids, nodeGpus, onSave, onCancel }: Props) {
  // Errors appear after the first Save, then follow every keystroke until the draft is valid.
  const [tried, setTried] = useState(false);
  const validation = useMemo(
    () => validateProcessSpec(processOf(draft), { existingPids: otherPids, nodeGpus }),
    [draft, otherPids, nodeGpus],
  );
  const errors = useMemo(
    () => (tried && !validation.ok ? forPeople(validation.errors, processOf(draft)) : []),
    [tried, validation, draft],
  );
  const set = (patch: Partial<ProcessDraft>) => onChange({ ...draft, ...patch });
  const at = (path: string) => errorsAt(errors, path);
  const setAccess = (patch: Partial<AccessDraft>) => onChange({ ...draft, access: { ...draft.access, ...patch } });
  const save = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (validation.ok) onSave(validation.process);
  };
  return (
    <form className="panel process-form" aria-label={title} onSubmit={save} noValidate>
      <h3>{title}</h3>
      <div className="form-row">
        <TextInput
          numeric
          size={6}
          label="PID"
          value={draft.pid}
          onChange={(pid) => set({ pid })}
          hint="unique"
          errors={at('pid')}
        />
        <TextInput
          label="Name"
          value={draft.name}
          onChange={(name) => set({ name })}
          hint="1–64 characters"
          errors={at('name')}
        />
        <SelectInput
          label="Type"
          value={draft.type}
          options={TYPE_OPTIONS}
          onChange={(type) => set({ type })}
          errors={at('type')}
        />
        <TextInput
          numeric
          size={6}
          label="Priority"
          value={draft.priority}
          onChange={(priority) => set({ priority })}
          hint="default 0"
          errors={at('priority')}
        />
        <TextInput
          numeric
          size={6}
          label="Arrival"
          value={draft.arrival}
          onChange={(arrival) => set({ arrival })}
          hint="tick"
          errors={at('arrival')}
        />
      </div>
      <div className="form-row">
        <TextInput
          label="Bursts"
          value={draft.bursts}
          onChange={(bursts) => set({ bursts })}
          hint="ticks: CPU, I/O, CPU, … (e.g. 5, 3, 4)"
          errors={at('bursts')}
        />
        <TextInput
          numeric
          size={8}
          label="Deadline"
          value={draft.deadline}
          onChange={(deadline) => set({ deadline })}
          hint="tick; blank = none"
          errors={at('deadline')}
        />
        <TextInput
          numeric
          size={8}
          label="Tickets"
          value={draft.tickets}
          onChange={(tickets) => set({ tickets })}
          hint="lottery; blank = 100"
          errors={at('tickets')}
        />
        <TextInput
          numeric
          size={4}
          label="GPUs"
          value={draft.gpus}
          onChange={(gpus) => set({ gpus })}
          hint={`0–${nodeGpus} (node)`}
          errors={at('needs.gpus')}
        />
        <TextInput
          numeric
          size={8}
          label="Memory (MiB)"
          value={draft.memoryMiB}
          onChange={(memoryMiB) => set({ memoryMiB })}
          hint="default 0"
          errors={at('needs.memoryBytes')}
        />
        <TextInput
          numeric
          size={8}
          label="Network (Mbit/s)"
          value={draft.networkMbps}
          onChange={(networkMbps) => set({ networkMbps })}
          hint="bandwidth; default 0"
          errors={at('needs.networkMbps')}
        />
      </div>
      <div className="form-row">
        <TextInput
          numeric
          size={6}
          label="Parent"
          value={draft.parent}
          onChange={(parent) => set({ parent })}
          hint="PID; blank = a root"
          errors={at('parent')}
        />
        <TextInput
          numeric
          size={8}
          label="Cache working set"
          value={draft.workingSet}
          onChange={(workingSet) => set({ workingSet })}
          hint="node.cache units; blank = none"
          errors={at('workingSet')}
        />
        <TextInput
          label="CPU affinity"
          value={draft.affinity}
          onChange={(affinity) => set({ affinity })}
          hint="CPUs, e.g. 0, 2; blank = any"
          errors={at('affinity')}
        />
      </div>
      <AccessFields draft={draft.access} errors={errors} set={setAccess} />
      <OtherErrors title="This process cannot be saved:" errors={unclaimedErrors(errors, SHOWN)} />
      <div className="form-actions">
        <button type="submit" className="primary">
          Save process
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
