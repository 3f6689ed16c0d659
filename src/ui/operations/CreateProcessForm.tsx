import { useMemo, useState, type FormEvent } from 'react';
import { useShallow } from '../app/useShallow';
import { forPeople } from '../../core/scenario/fieldWords';
import { type FieldError, validateProcessSpec } from '../../core/scenario/validate';
import type { ProcessType } from '../../core/process/types';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { OtherErrors, SelectInput, TextInput } from '../workload/formFields';
import { errorsAt, unclaimedErrors } from '../workload/formErrors';
import { parseNumberList, toNumber } from '../workload/formValues';
import { nextPid, scenarioPids, TYPE_OPTIONS } from '../workload/processDraft';
import '../workload/workload.css';

interface Draft {
  name: string;
  type: ProcessType;
  priority: string;
  bursts: string;
  gpus: string;
  /** Mbit/s; blank = 0 */
  networkMbps: string;
}

const INITIAL: Draft = { name: 'new-process', type: 'USER', priority: '0', bursts: '5', gpus: '0', networkMbps: '0' };
const SHOWN = ['name', 'type', 'priority', 'bursts', 'needs.gpus', 'needs.networkMbps'];
const selectState = (s: AppState) => ({ scenario: s.scenario, tick: s.frame?.tick ?? 0 });

/**
 * Creates a process at the current tick (a `create` operation, recorded in the scenario). Its pid is one
 * more than any pid the scenario or the run knows.
 */
export function CreateProcessForm() {
  const store = useAppStore();
  const { scenario, tick } = useApp(useShallow(selectState));
  const [draft, setDraft] = useState<Draft>(INITIAL);
  const [tried, setTried] = useState(false);
  /** why the simulation refused the last create, from its reply */
  const [refusal, setRefusal] = useState<readonly FieldError[]>([]);
  // The scenario knows every pid the run does, including those that operations create.
  const pids = useMemo(() => (scenario ? scenarioPids(scenario) : []), [scenario]);
  const pid = nextPid(pids);
  const process = {
    pid,
    name: draft.name,
    type: draft.type,
    priority: toNumber(draft.priority),
    arrival: tick,
    bursts: parseNumberList(draft.bursts),
    needs: { gpus: toNumber(draft.gpus), networkMbps: toNumber(draft.networkMbps) },
  };
  const validation = validateProcessSpec(process, { existingPids: pids, nodeGpus: scenario?.node.gpus ?? 0 });
  // Said for people ("Burst 2 (I/O) must be at least 0 ticks"), not as paths.
  const errors = tried && !validation.ok ? forPeople(validation.errors, process) : [];
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const at = (path: string) => errorsAt(errors, path);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setRefusal([]);
    if (!validation.ok) return;
    const created = await store.getState().operate({ op: 'create', process: validation.process });
    if (!created.ok) setRefusal(created.errors);
  };

  return (
    <form
      className="panel create-process"
      aria-labelledby="create-process-title"
      onSubmit={(e) => void create(e)}
      noValidate
    >
      <h2 id="create-process-title">Create process now</h2>
      <p className="muted">
        P{pid} arrives at tick {tick}.
      </p>
      <div className="form-row">
        <TextInput label="Name" value={draft.name} onChange={(name) => set({ name })} errors={at('name')} />
        <SelectInput
          label="Type"
          value={draft.type}
          options={TYPE_OPTIONS}
          onChange={(type) => set({ type })}
          errors={at('type')}
        />
        <TextInput
          numeric
          size={5}
          label="Priority"
          value={draft.priority}
          onChange={(priority) => set({ priority })}
          hint="default 0"
          errors={at('priority')}
        />
        <TextInput
          label="Bursts"
          value={draft.bursts}
          onChange={(bursts) => set({ bursts })}
          hint="ticks: CPU, I/O, CPU, …"
          errors={at('bursts')}
        />
        <TextInput
          numeric
          size={3}
          label="GPUs"
          value={draft.gpus}
          onChange={(gpus) => set({ gpus })}
          hint={`0–${scenario?.node.gpus ?? 0} (node)`}
          errors={at('needs.gpus')}
        />
        <TextInput
          numeric
          size={6}
          label="Network (Mbit/s)"
          value={draft.networkMbps}
          onChange={(networkMbps) => set({ networkMbps })}
          hint="default 0"
          errors={at('needs.networkMbps')}
        />
      </div>
      <OtherErrors title="The process was not created:" errors={[...unclaimedErrors(errors, SHOWN), ...refusal]} />
      <button type="submit" className="primary" disabled={!scenario}>
        Create process
      </button>
    </form>
  );
}
