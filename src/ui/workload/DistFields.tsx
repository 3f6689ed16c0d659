import type { FieldError } from '../../core/index';
import { SelectInput, TextInput } from './formFields';
import { errorsAt } from './formErrors';
import type { DistDraft } from './workloadDraft';

const KINDS = [
  { value: 'fixed', label: 'fixed' },
  { value: 'uniform', label: 'uniform' },
  { value: 'exponential', label: 'exponential' },
] as const;

interface Props {
  /** "CPU burst" or "I/O burst" */
  label: string;
  /** path of this distribution in the workload spec, e.g. "cpuBurst" */
  path: string;
  dist: DistDraft;
  hint: string;
  errors: readonly FieldError[];
  onChange(dist: DistDraft): void;
}

/** A burst-length distribution in ticks: its kind, then the numbers that kind needs. */
export function DistFields({ label, path, dist, hint, errors, onChange }: Props) {
  const set = (patch: Partial<DistDraft>) => onChange({ ...dist, ...patch });
  return (
    <fieldset className="form-group">
      <legend>{label}</legend>
      <SelectInput
        label={`${label} distribution`}
        value={dist.kind}
        options={KINDS}
        onChange={(kind) => set({ kind })}
        hint={hint}
        errors={errorsAt(errors, `${path}.kind`)}
      />
      {dist.kind === 'fixed' && (
        <TextInput
          numeric
          size={6}
          label={`${label} length`}
          value={dist.value}
          onChange={(value) => set({ value })}
          hint="ticks"
          errors={errorsAt(errors, `${path}.value`)}
        />
      )}
      {dist.kind === 'uniform' && (
        <>
          <TextInput
            numeric
            size={6}
            label={`${label} min`}
            value={dist.min}
            onChange={(min) => set({ min })}
            hint="ticks"
            errors={errorsAt(errors, `${path}.min`)}
          />
          <TextInput
            numeric
            size={6}
            label={`${label} max`}
            value={dist.max}
            onChange={(max) => set({ max })}
            hint="ticks"
            errors={errorsAt(errors, `${path}.max`)}
          />
        </>
      )}
      {dist.kind === 'exponential' && (
        <TextInput
          numeric
          size={6}
          label={`${label} mean`}
          value={dist.mean}
          onChange={(mean) => set({ mean })}
          hint="ticks"
          errors={errorsAt(errors, `${path}.mean`)}
        />
      )}
    </fieldset>
  );
}
