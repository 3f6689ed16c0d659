import type { FieldError, ParamField } from '../../core/index';
import { CheckInput, SelectInput, TextInput } from './formFields';
import { errorsAt } from './formErrors';
import { LevelsField } from './LevelsField';
import { isShown, type LevelDraft, type ParamsDraft, type ParamValue } from './paramDraft';

interface Props {
  fields: readonly ParamField[];
  values: ParamsDraft;
  errors: readonly FieldError[];
  set(key: string, value: ParamValue): void;
}

/** A policy's parameters, one control per field of its module, in the module's order. */
export function PolicyParams({ fields, values, errors, set }: Props) {
  return (
    <>
      {fields
        .filter((f) => isShown(f, values))
        .map((f) => (
          <Param key={f.key} field={f} values={values} errors={errors} set={set} />
        ))}
    </>
  );
}

function Param({ field: f, values, errors, set }: Omit<Props, 'fields'> & { field: ParamField }) {
  const at = errorsAt(errors, `scheduler.${f.key}`);
  switch (f.kind) {
    case 'int':
      return (
        <TextInput
          numeric
          label={f.label}
          value={values[f.key] as string}
          onChange={(v) => set(f.key, v)}
          hint={f.hint}
          errors={at}
        />
      );
    case 'flag':
      return (
        <CheckInput
          label={f.label}
          checked={values[f.key] as boolean}
          onChange={(v) => set(f.key, v)}
          hint={f.hint}
          errors={at}
        />
      );
    case 'choice':
      return (
        <SelectInput
          label={f.label}
          value={values[f.key] as string}
          options={f.options}
          onChange={(v) => set(f.key, v)}
          hint={f.hint}
          errors={at}
        />
      );
    case 'levels':
      return (
        <LevelsField
          levels={values[f.key] as LevelDraft[]}
          max={f.max}
          hint={f.hint}
          unit={values[f.unitKey] as string}
          errors={errors}
          onChange={(v) => set(f.key, v)}
        />
      );
  }
}
