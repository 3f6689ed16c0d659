import { useState, type FormEvent } from 'react';
import { DEFAULT_WORKLOAD, generateWorkload, validateWorkloadSpec } from '../../core/scenario/generate';
import type { FieldError } from '../../core/scenario/validate';
import { forPeople } from '../../core/scenario/fieldWords';
import { PROCESS_TYPES } from '../../core/process/types';
import type { Scenario } from '../../core/scenario/types';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { ProcessTypeIcon } from '../icons/ProcessIcons';
import { formatBytes } from '../memory/formatBytes';
import { DistFields } from './DistFields';
import { OtherErrors, SelectInput, TextInput } from './formFields';
import { errorsAt, unclaimedErrors } from './formErrors';
import { DEFAULT_DRAFT, specOf, type WorkloadDraft } from './workloadDraft';

export const GENERATOR_SOURCE = 'workload generator';
const selectGenerator = (s: AppState) => s.generator;
const D = DEFAULT_WORKLOAD;
const ARRIVALS = [
  { value: 'allAtZero', label: 'all at tick 0' },
  { value: 'uniform', label: 'uniform over a span' },
  { value: 'poisson', label: 'Poisson (mean gap)' },
] as const;
const SHOWN = [
  'seed',
  'count',
  'mix',
  'arrival',
  'cpuBurst',
  'ioBurst',
  'burstsPerProcess',
  'priorities',
  'validatorSlot',
];

/** A random workload from a seed: the same seed and settings always give the same processes. */
export function GenerateForm({ scenario }: { scenario: Scenario }) {
  const store = useAppStore();
  // Kept in the store, so that a switch to another view keeps what was typed; this form wrote it, in this shape.
  const draft = (useApp(selectGenerator) as WorkloadDraft | null) ?? DEFAULT_DRAFT;
  const [errors, setErrors] = useState<FieldError[]>([]);
  const set = (patch: Partial<WorkloadDraft>) => store.getState().setGenerator({ ...draft, ...patch });
  const at = (path: string) => errorsAt(errors, path);

  const generate = (e: FormEvent) => {
    e.preventDefault();
    const v = validateWorkloadSpec(specOf(draft, scenario.node.gpus), scenario.memory);
    if (!v.ok) {
      setErrors(forPeople(v.errors));
      return;
    }
    setErrors([]);
    const processes = generateWorkload(v.spec, scenario.memory);
    // Scheduled operations name pids of the old workload, so they go with it; a new workload starts at tick 0.
    void store.getState().edit((s) => ({ ...s, processes, operations: [] }), GENERATOR_SOURCE, 0);
  };

  return (
    <form className="panel generate-form" aria-labelledby="generate-title" onSubmit={generate} noValidate>
      <h2 id="generate-title">Generate a workload</h2>
      <p className="muted">
        Replaces the processes (and clears scheduled operations). AI inference jobs ask for a GPU when the node has any
        ({scenario.node.gpus} now).{' '}
        {scenario.memory
          ? `Memory management is on (${formatBytes(scenario.memory.physicalBytes)}): each type's memory is scaled down to fit it, in the design's proportions, so every process can run.`
          : "Memory needs are the design's sizes (a model takes 2 GiB); with memory management on they are scaled to fit."}
      </p>
      <div className="form-row">
        <TextInput
          numeric
          size={10}
          label="Seed"
          value={draft.seed}
          onChange={(seed) => set({ seed })}
          hint={`0–4294967295; default ${D.seed}`}
          errors={at('seed')}
        />
        <TextInput
          numeric
          size={6}
          label="Count"
          value={draft.count}
          onChange={(count) => set({ count })}
          hint={`processes; default ${D.count}`}
          errors={at('count')}
        />
      </div>
      <fieldset className="form-group">
        <legend>Mix (relative weights; 0 excludes a type; default 1 each)</legend>
        {errorsAt(errors, 'mix')
          .filter((err) => err.path === 'mix')
          .map((err) => (
            <p key={err.message} className="field-error">
              {err.message}
            </p>
          ))}
        <div className="form-row">
          {PROCESS_TYPES.map((t) => (
            <TextInput
              key={t}
              numeric
              size={4}
              label={
                <>
                  <ProcessTypeIcon type={t} decorative /> {t}
                </>
              }
              value={draft.mix[t]}
              onChange={(w) => set({ mix: { ...draft.mix, [t]: w } })}
              errors={at(`mix.${t}`)}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="form-group">
        <legend>Arrival</legend>
        <SelectInput
          label="Arrival pattern"
          value={draft.arrivalKind}
          options={ARRIVALS}
          onChange={(arrivalKind) => set({ arrivalKind })}
          hint="default uniform over 40 ticks"
          errors={at('arrival.kind')}
        />
        {draft.arrivalKind === 'uniform' && (
          <TextInput
            numeric
            size={6}
            label="Arrival span"
            value={draft.span}
            onChange={(span) => set({ span })}
            hint="ticks"
            errors={at('arrival.span')}
          />
        )}
        {draft.arrivalKind === 'poisson' && (
          <TextInput
            numeric
            size={6}
            label="Mean gap"
            value={draft.meanGap}
            onChange={(meanGap) => set({ meanGap })}
            hint="ticks between arrivals"
            errors={at('arrival.meanGap')}
          />
        )}
      </fieldset>
      <div className="form-row">
        <DistFields
          label="CPU burst"
          path="cpuBurst"
          dist={draft.cpuBurst}
          hint="default uniform 2–12 ticks"
          errors={errors}
          onChange={(cpuBurst) => set({ cpuBurst })}
        />
        <DistFields
          label="I/O burst"
          path="ioBurst"
          dist={draft.ioBurst}
          hint="default uniform 2–8 ticks"
          errors={errors}
          onChange={(ioBurst) => set({ ioBurst })}
        />
      </div>
      <div className="form-row">
        <TextInput
          numeric
          size={5}
          label="CPU bursts per process, min"
          value={draft.burstsMin}
          onChange={(burstsMin) => set({ burstsMin })}
          hint={`default ${D.burstsPerProcess.min}`}
          errors={at('burstsPerProcess.min')}
        />
        <TextInput
          numeric
          size={5}
          label="CPU bursts per process, max"
          value={draft.burstsMax}
          onChange={(burstsMax) => set({ burstsMax })}
          hint={`default ${D.burstsPerProcess.max}`}
          errors={at('burstsPerProcess.max')}
        />
        <TextInput
          numeric
          size={5}
          label="Priority min"
          value={draft.priorityMin}
          onChange={(priorityMin) => set({ priorityMin })}
          hint={`default ${D.priorities.min}; SYSTEM gets this`}
          errors={at('priorities.min')}
        />
        <TextInput
          numeric
          size={5}
          label="Priority max"
          value={draft.priorityMax}
          onChange={(priorityMax) => set({ priorityMax })}
          hint={`default ${D.priorities.max}`}
          errors={at('priorities.max')}
        />
        <TextInput
          numeric
          size={6}
          label="Validator slot"
          value={draft.validatorSlot}
          onChange={(validatorSlot) => set({ validatorSlot })}
          hint={`ticks; validators' deadline = end of slot; 0 = none; default ${D.validatorSlot}`}
          errors={at('validatorSlot')}
        />
      </div>
      <OtherErrors title="The workload cannot be generated:" errors={unclaimedErrors(errors, SHOWN)} />
      <button type="submit" className="primary">
        Generate
      </button>
    </form>
  );
}
