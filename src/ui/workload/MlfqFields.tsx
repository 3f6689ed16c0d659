import type { FieldError } from '../../core/scenario/validate';
import { LIMITS } from '../../core/index';
import { CheckInput, SelectInput, TextInput } from './formFields';
import { errorsAt } from './formErrors';
import { resizeLevels, type SchedulerDraft } from './schedulerDraft';
import { SUGGESTED } from './policies';

interface Props {
  draft: SchedulerDraft;
  errors: readonly FieldError[];
  set(patch: Partial<SchedulerDraft>): void;
}

const S = SUGGESTED.MLFQ;
const LEVEL_COUNTS = Array.from({ length: LIMITS.maxMlfqLevels }, (_, i) => ({
  value: String(i + 1),
  label: String(i + 1),
}));
const UNITS = [
  { value: 'quanta', label: 'quanta (OSTEP mlfq.py)' },
  { value: 'ticks', label: 'ticks (the book’s Rule 4)' },
] as const;

/** MLFQ's queues (level 0 is the highest priority) and its rules. */
export function MlfqFields({ draft, errors, set }: Props) {
  const setLevel = (i: number, patch: Partial<SchedulerDraft['levels'][number]>) =>
    set({ levels: draft.levels.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  return (
    <fieldset className="form-group">
      <legend>MLFQ queues</legend>
      <SelectInput
        label="Number of levels"
        value={String(draft.levels.length)}
        options={LEVEL_COUNTS}
        onChange={(v) => set({ levels: resizeLevels(draft.levels, Number(v)) })}
        hint={`suggested ${S.levels.length}; level 0 is the highest priority`}
        errors={errorsAt(errors, 'scheduler.levels').filter((e) => e.path === 'scheduler.levels')}
      />
      <div className="mlfq-levels">
        {draft.levels.map((l, i) => (
          <div className="mlfq-level" key={i}>
            <TextInput
              numeric
              size={6}
              label={`Level ${i} quantum`}
              value={l.quantum}
              onChange={(v) => setLevel(i, { quantum: v })}
              hint="ticks"
              errors={errorsAt(errors, `scheduler.levels[${i}].quantum`)}
            />
            <TextInput
              numeric
              size={6}
              label={`Level ${i} allotment`}
              value={l.allotment}
              onChange={(v) => setLevel(i, { allotment: v })}
              hint={draft.allotmentUnit}
              errors={errorsAt(errors, `scheduler.levels[${i}].allotment`)}
            />
          </div>
        ))}
      </div>
      <SelectInput
        label="Allotment unit"
        value={draft.allotmentUnit}
        options={UNITS}
        onChange={(v) => set({ allotmentUnit: v })}
        hint={`suggested ${S.allotmentUnit}`}
        errors={errorsAt(errors, 'scheduler.allotmentUnit')}
      />
      <TextInput
        numeric
        label="Boost interval"
        value={draft.boostInterval}
        onChange={(v) => set({ boostInterval: v })}
        hint={`ticks; 0 = never; suggested ${S.boostInterval}`}
        errors={errorsAt(errors, 'scheduler.boostInterval')}
      />
      <TextInput
        numeric
        label="Aging threshold"
        value={draft.agingThreshold}
        onChange={(v) => set({ agingThreshold: v })}
        hint={`ticks waited before moving up one level; 0 = off; suggested ${S.agingThreshold}`}
        errors={errorsAt(errors, 'scheduler.agingThreshold')}
      />
      <CheckInput
        label="I/O resets allotment (OSTEP -S)"
        checked={draft.ioResetsAllotment}
        onChange={(v) => set({ ioResetsAllotment: v })}
        hint="suggested off"
        errors={errorsAt(errors, 'scheduler.ioResetsAllotment')}
      />
      <CheckInput
        label="I/O completion to front (OSTEP -I)"
        checked={draft.ioToFront}
        onChange={(v) => set({ ioToFront: v })}
        hint="suggested off"
        errors={errorsAt(errors, 'scheduler.ioToFront')}
      />
    </fieldset>
  );
}
