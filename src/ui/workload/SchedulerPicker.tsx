import { POLICY_NAMES, type Scenario } from '../../core/index';
import type { FieldError } from '../../core/scenario/validate';
import { CheckInput, OtherErrors, SelectInput, TextInput } from './formFields';
import { errorsAt, unclaimedErrors } from './formErrors';
import { MlfqFields } from './MlfqFields';
import { OptionsFields } from './OptionsFields';
import { POLICY_LABEL, SUGGESTED } from './policies';
import { applyDraft, draftOf, type SchedulerDraft } from './schedulerDraft';
import { useScenarioForm } from './useScenarioForm';

/** The store's errorSource for refusals of this form: only those are shown inline here. */
export const SCHEDULER_SOURCE = 'scheduler';
/** Paths the controls of this form show; anything else is listed at its foot. */
const SHOWN = [
  ...[
    'policy',
    'quantum',
    'preemptive',
    'agingInterval',
    'levels',
    'allotmentUnit',
    'boostInterval',
    'agingThreshold',
    'ioResetsAllotment',
    'ioToFront',
  ]
    .concat(['draw', 'drawOffset', 'fullQuantum', 'switchOnIo', 'ioCompletion'])
    .map((f) => `scheduler.${f}`),
  'options',
  'node.cpus',
  'node.gpus',
];
const POLICIES = POLICY_NAMES.map((p) => ({ value: p, label: POLICY_LABEL[p] }));
const DRAWS = [
  { value: 'seeded', label: "the scenario's seeded generator" },
  { value: 'python', label: "Python's random(), as OSTEP lottery.py" },
] as const;
const IO_COMPLETIONS = [
  { value: 'later', label: 'waits its turn (IO_RUN_LATER)' },
  { value: 'immediate', label: 'takes the CPU at once (IO_RUN_IMMEDIATE)' },
] as const;

export function SchedulerPicker({ scenario }: { scenario: Scenario }) {
  const { draft, set, submit, errors } = useScenarioForm(scenario, draftOf, applyDraft, SCHEDULER_SOURCE);
  return (
    <form className="panel scheduler-picker" aria-labelledby="scheduler-picker-title" onSubmit={submit}>
      <h2 id="scheduler-picker-title">Scheduler and options</h2>
      <fieldset className="form-group">
        <legend>Policy</legend>
        <SelectInput
          label="Scheduler"
          value={draft.policy}
          options={POLICIES}
          onChange={(policy) => set({ policy })}
          errors={errorsAt(errors, 'scheduler.policy')}
        />
        <PolicyParams draft={draft} errors={errors} set={set} />
      </fieldset>
      {draft.policy === 'MLFQ' && <MlfqFields draft={draft} errors={errors} set={set} />}
      <OptionsFields draft={draft} errors={errors} set={set} />
      <OtherErrors title="The scenario was not changed:" errors={unclaimedErrors(errors, SHOWN)} />
      <button type="submit" className="primary">
        Apply
      </button>
    </form>
  );
}

function PolicyParams({
  draft,
  errors,
  set,
}: {
  draft: SchedulerDraft;
  errors: readonly FieldError[];
  set(patch: Partial<SchedulerDraft>): void;
}) {
  switch (draft.policy) {
    case 'RR':
    case 'LOTTERY': {
      const key = draft.policy === 'RR' ? 'rrQuantum' : 'lotteryQuantum';
      const quantum = (
        <TextInput
          numeric
          label="Quantum"
          value={draft[key]}
          onChange={(v) => set({ [key]: v })}
          hint={`ticks per turn, ≥ 1; suggested ${SUGGESTED[draft.policy].quantum}`}
          errors={errorsAt(errors, 'scheduler.quantum')}
        />
      );
      return draft.policy === 'RR' ? (
        quantum
      ) : (
        <>
          {quantum}
          <SelectInput
            label="Draws from"
            value={draft.lotteryDraw}
            options={DRAWS}
            onChange={(v) => set({ lotteryDraw: v })}
            hint="where the winning ticket comes from; default the seeded generator"
            errors={errorsAt(errors, 'scheduler.draw')}
          />
          {draft.lotteryDraw === 'python' && (
            <TextInput
              numeric
              label="Skip Python values"
              value={draft.lotteryDrawOffset}
              onChange={(v) => set({ lotteryDrawOffset: v })}
              hint="random() values skipped before the first draw (OSTEP's random job list uses them); default 0"
              errors={errorsAt(errors, 'scheduler.drawOffset')}
            />
          )}
          <CheckInput
            label="Full quantum"
            checked={draft.lotteryFullQuantum}
            onChange={(v) => set({ lotteryFullQuantum: v })}
            hint="a winner that ends early leaves the CPU idle until its quantum is over, as in OSTEP; default off"
            errors={errorsAt(errors, 'scheduler.fullQuantum')}
          />
        </>
      );
    }
    case 'PID_SCAN':
      return (
        <>
          <CheckInput
            label="Switch on I/O"
            checked={draft.scanSwitchOnIo}
            onChange={(v) => set({ scanSwitchOnIo: v })}
            hint="off: the CPU waits, idle, for a process doing I/O (SWITCH_ON_END); suggested on"
            errors={errorsAt(errors, 'scheduler.switchOnIo')}
          />
          <SelectInput
            label="A process whose I/O completes"
            value={draft.scanIoCompletion}
            options={IO_COMPLETIONS}
            onChange={(v) => set({ scanIoCompletion: v })}
            hint="suggested: waits its turn"
            errors={errorsAt(errors, 'scheduler.ioCompletion')}
          />
        </>
      );
    case 'PRIORITY':
      return (
        <>
          <CheckInput
            label="Preemptive"
            checked={draft.priorityPreemptive}
            onChange={(v) => set({ priorityPreemptive: v })}
            hint="a better-priority arrival takes the CPU; suggested on"
            errors={errorsAt(errors, 'scheduler.preemptive')}
          />
          <TextInput
            numeric
            label="Aging interval"
            value={draft.agingInterval}
            onChange={(v) => set({ agingInterval: v })}
            hint="ticks waited per priority step gained; 0 = off; suggested 0"
            errors={errorsAt(errors, 'scheduler.agingInterval')}
          />
        </>
      );
    case 'EDF':
      return (
        <CheckInput
          label="Preemptive"
          checked={draft.edfPreemptive}
          onChange={(v) => set({ edfPreemptive: v })}
          hint="an earlier deadline takes the CPU; suggested on"
          errors={errorsAt(errors, 'scheduler.preemptive')}
        />
      );
    default:
      return null;
  }
}
