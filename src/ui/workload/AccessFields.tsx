import type { FieldError } from '../../core/index';
import { SelectInput, TextInput } from './formFields';
import { errorsAt } from './formErrors';
import { ACCESS_KINDS, type AccessDraft } from './accessDraft';

interface Props {
  draft: AccessDraft;
  /** the process form's errors; paths are relative to the process (`accesses.offsets[1]`) */
  errors: readonly FieldError[];
  set(patch: Partial<AccessDraft>): void;
}

/** How the process references its memory while it runs; only a scenario with memory management runs it. */
export function AccessFields({ draft, errors, set }: Props) {
  const at = (field: string) => errorsAt(errors, `accesses.${field}`);
  const own = errors.filter((e) => e.path === 'accesses' || e.path === 'accesses.kind');
  return (
    <fieldset className="form-group">
      <legend>Access pattern</legend>
      <SelectInput
        label="Access pattern"
        value={draft.kind}
        options={ACCESS_KINDS}
        onChange={(kind) => set({ kind })}
        hint="needs memory management on; default none"
        errors={own}
      />
      {draft.kind === 'sequence' && (
        <>
          <TextInput
            label="Offsets (bytes)"
            value={draft.offsets}
            onChange={(offsets) => set({ offsets })}
            hint="into the process's memory, comma separated, cycled in order; 0x hex accepted (e.g. 0, 0x1000, 8192)"
            errors={at('offsets')}
          />
          <TextInput
            numeric
            size={6}
            label="Reference every (ticks)"
            value={draft.sequenceEvery}
            onChange={(sequenceEvery) => set({ sequenceEvery })}
            hint="ticks of CPU time; default 1"
            errors={at('every')}
          />
          <TextInput
            numeric
            size={6}
            label="Write every Nth reference"
            value={draft.writeEvery}
            onChange={(writeEvery) => set({ writeEvery })}
            hint="0 = reads only; default 0"
            errors={at('writeEvery')}
          />
        </>
      )}
      {draft.kind === 'locality' && (
        <>
          <TextInput
            numeric
            size={6}
            label="Working set (pages)"
            value={draft.workingSetPages}
            onChange={(workingSetPages) => set({ workingSetPages })}
            hint="pages referenced between jumps; ≥ 1"
            errors={at('workingSetPages')}
          />
          <TextInput
            numeric
            size={6}
            label="Jump every (references)"
            value={draft.jumpEvery}
            onChange={(jumpEvery) => set({ jumpEvery })}
            hint="references before moving to another working set; ≥ 1"
            errors={at('jumpEvery')}
          />
          <TextInput
            numeric
            size={6}
            label="Write fraction"
            value={draft.writeFraction}
            onChange={(writeFraction) => set({ writeFraction })}
            hint="0–1 of references are writes; default 0"
            errors={at('writeFraction')}
          />
          <TextInput
            numeric
            size={6}
            label="Reference every (ticks)"
            value={draft.localityEvery}
            onChange={(localityEvery) => set({ localityEvery })}
            hint="ticks of CPU time; default 1"
            errors={at('every')}
          />
        </>
      )}
    </fieldset>
  );
}
