import { DEFAULT_NODE, DEFAULT_OPTIONS } from '../../core/scenario/defaults';
import type { FieldError } from '../../core/scenario/validate';
import { LIMITS } from '../../core/scenario/types';
import { CheckInput, SelectInput, TextInput } from './formFields';
import { errorsAt } from './formErrors';
import type { SchedulerDraft } from './schedulerDraft';

interface Props {
  draft: SchedulerDraft;
  errors: readonly FieldError[];
  set(patch: Partial<SchedulerDraft>): void;
}

const REQUEUE = [
  { value: 'arrivalsFirst', label: 'new arrivals first' },
  { value: 'preemptedFirst', label: 'preempted process first' },
] as const;
const onOff = (b: boolean) => (b ? 'on' : 'off');

/** The node's processors and the semantics textbooks disagree on, each with the documented default. */
export function OptionsFields({ draft, errors, set }: Props) {
  return (
    <>
      <fieldset className="form-group">
        <legend>Node</legend>
        <TextInput
          numeric
          label="CPUs"
          value={draft.cpus}
          onChange={(v) => set({ cpus: v })}
          hint={`1–${LIMITS.maxCpus}; default ${DEFAULT_NODE.cpus}`}
          errors={errorsAt(errors, 'node.cpus')}
        />
        <TextInput
          numeric
          label="GPUs"
          value={draft.gpus}
          onChange={(v) => set({ gpus: v })}
          hint={`0–${LIMITS.maxGpus}; default ${DEFAULT_NODE.gpus}`}
          errors={errorsAt(errors, 'node.gpus')}
        />
      </fieldset>
      <fieldset className="form-group">
        <legend>Simulation options</legend>
        <TextInput
          numeric
          label="Context-switch cost"
          value={draft.contextSwitchCost}
          onChange={(v) => set({ contextSwitchCost: v })}
          hint={`ticks per switch, 0–${LIMITS.maxSwitchCost}; default ${DEFAULT_OPTIONS.contextSwitchCost}`}
          errors={errorsAt(errors, 'options.contextSwitchCost')}
        />
        <CheckInput
          label="Count idle switches"
          checked={draft.countIdleSwitches}
          onChange={(v) => set({ countIdleSwitches: v })}
          hint={`switching to or from idle also counts and costs; default ${onOff(DEFAULT_OPTIONS.countIdleSwitches)}`}
          errors={errorsAt(errors, 'options.countIdleSwitches')}
        />
        <SelectInput
          label="Requeue order"
          value={draft.requeueOrder}
          options={REQUEUE}
          onChange={(v) => set({ requeueOrder: v })}
          hint={`who joins the queue first when both happen in one tick; default ${DEFAULT_OPTIONS.requeueOrder}`}
          errors={errorsAt(errors, 'options.requeueOrder')}
        />
        <CheckInput
          label="Lower number = higher priority"
          checked={draft.lowerNumberIsHigherPriority}
          onChange={(v) => set({ lowerNumberIsHigherPriority: v })}
          hint={`as Unix nice values; default ${onOff(DEFAULT_OPTIONS.lowerNumberIsHigherPriority)}`}
          errors={errorsAt(errors, 'options.lowerNumberIsHigherPriority')}
        />
        <TextInput
          numeric
          label="I/O devices"
          value={draft.ioDevices}
          onChange={(v) => set({ ioDevices: v })}
          hint={`0 = unlimited, 0–${LIMITS.maxIoDevices}; default ${DEFAULT_OPTIONS.ioDevices}`}
          errors={errorsAt(errors, 'options.ioDevices')}
        />
      </fieldset>
    </>
  );
}
