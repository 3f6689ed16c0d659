import { useState } from 'react';
import { DEFAULT_MEMORY as D } from '../../core/memory/defaults';
import type { FieldError } from '../../core/scenario/validate';
import { POOL_NAMES } from '../../core/memory/types';
import { TextInput } from './formFields';
import { errorsAt } from './formErrors';
import { CONSTRAINT_NAMES, percentOf, type MemoryDraft } from './memoryDraft';
import { CONSTRAINT_LABEL, POOL_LABEL } from './memoryLabels';

interface Props {
  draft: MemoryDraft;
  errors: readonly FieldError[];
  set(patch: Partial<MemoryDraft>): void;
}

const pct = (f: number) => `${percentOf(f)} %`;

/** Pool sizes, constraint limits and alert thresholds, as percentages of physical memory; collapsed by default. */
export function MemoryPoolFields({ draft, errors, set }: Props) {
  const mine =
    errorsAt(errors, 'memory.pools').length +
    errorsAt(errors, 'memory.constraints').length +
    errorsAt(errors, 'memory.alerts').length;
  const [open, setOpen] = useState(false);
  // A new refusal of a field in here opens the section, so that its inline error is seen.
  const [seen, setSeen] = useState(errors);
  if (seen !== errors) {
    setSeen(errors);
    if (mine > 0) setOpen(true);
  }
  const at = (field: string) => errorsAt(errors, `memory.${field}`);
  return (
    <details className="memory-pools" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Pools and constraints</summary>
      <p className="field-hint">
        Entered as percentages; the scenario stores fractions (50 % = 0.5), and a refusal quotes the fraction.
      </p>
      <fieldset className="form-group">
        <legend>Pools (% of physical memory)</legend>
        {POOL_NAMES.map((name) => (
          <TextInput
            key={name}
            numeric
            size={6}
            label={`${POOL_LABEL[name]} pool (%)`}
            value={draft.pools[name]}
            onChange={(v) => set({ pools: { ...draft.pools, [name]: v } })}
            hint={`0–100; default ${pct(D.pools[name])}`}
            errors={at(`pools.${name}`)}
          />
        ))}
      </fieldset>
      <fieldset className="form-group">
        <legend>Constraints (largest share, % of physical memory)</legend>
        {CONSTRAINT_NAMES.map((name) => (
          <TextInput
            key={name}
            numeric
            size={6}
            label={`${CONSTRAINT_LABEL[name]} limit (%)`}
            value={draft.constraints[name]}
            onChange={(v) => set({ constraints: { ...draft.constraints, [name]: v } })}
            hint={`0–100; default ${pct(D.constraints[name])}`}
            errors={at(`constraints.${name}`)}
          />
        ))}
      </fieldset>
      <fieldset className="form-group">
        <legend>Alerts</legend>
        <TextInput
          numeric
          size={6}
          label="External fragmentation alert (%)"
          value={draft.alerts.fragmentation}
          onChange={(v) => set({ alerts: { ...draft.alerts, fragmentation: v } })}
          hint={`alert when external fragmentation passes this; 0–100; default ${pct(D.alerts.fragmentation)}`}
          errors={at('alerts.fragmentation')}
        />
        <TextInput
          numeric
          size={6}
          label="Swap use alert (%)"
          value={draft.alerts.swapUse}
          onChange={(v) => set({ alerts: { ...draft.alerts, swapUse: v } })}
          hint={`alert when this share of swap is in use; 0–100; default ${pct(D.alerts.swapUse)}`}
          errors={at('alerts.swapUse')}
        />
      </fieldset>
    </details>
  );
}
