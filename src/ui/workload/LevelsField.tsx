import type { FieldError } from '../../core/index';
import { SelectInput, TextInput } from './formFields';
import { errorsAt } from './formErrors';
import { resizeLevels, type LevelDraft } from './paramDraft';

interface Props {
  levels: LevelDraft[];
  /** the most levels allowed */
  max: number;
  hint: string;
  /** the allotment's unit, shown under each allotment */
  unit: string;
  errors: readonly FieldError[];
  onChange(levels: LevelDraft[]): void;
}

/** A list of queue levels, top first: how many, then each one's quantum and allotment. */
export function LevelsField({ levels, max, hint, unit, errors, onChange }: Props) {
  const counts = Array.from({ length: max }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
  const setLevel = (i: number, patch: Partial<LevelDraft>) =>
    onChange(levels.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <>
      <SelectInput
        label="Number of levels"
        value={String(levels.length)}
        options={counts}
        onChange={(v) => onChange(resizeLevels(levels, Number(v)))}
        hint={hint}
        errors={errorsAt(errors, 'scheduler.levels').filter((e) => e.path === 'scheduler.levels')}
      />
      <div className="mlfq-levels">
        {levels.map((l, i) => (
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
              hint={unit}
              errors={errorsAt(errors, `scheduler.levels[${i}].allotment`)}
            />
          </div>
        ))}
      </div>
    </>
  );
}
