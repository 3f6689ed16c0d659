import { DEFAULT_MEMORY as D, memoryLimits as L } from '../../core/memory/defaults';
import type { FieldError } from '../../core/scenario/validate';
import { PLACEMENTS } from '../../core/memory/types';
import { CheckInput, SelectInput, TextInput } from './formFields';
import { errorsAt } from './formErrors';
import { KiB, PAGE_SIZES_KIB, type MemoryDraft } from './memoryDraft';
import { LIVE_REPLACEMENTS, onOff, PLACEMENT_LABEL, REPLACEMENT_LABEL, TLB_MODE_LABEL } from './memoryLabels';

interface Props {
  draft: MemoryDraft;
  errors: readonly FieldError[];
  set(patch: Partial<MemoryDraft>): void;
}

const PAGE_SIZES = PAGE_SIZES_KIB.map((k) => ({ value: k, label: `${k} KiB` }));
const LEVELS = [
  { value: '1', label: '1 (one flat table)' },
  { value: '2', label: '2 (directory + tables)' },
] as const;
const TLB_MODES = (['flush', 'asid'] as const).map((m) => ({ value: m, label: TLB_MODE_LABEL[m] }));
const PLACEMENT_OPTIONS = PLACEMENTS.map((p) => ({ value: p, label: PLACEMENT_LABEL[p] }));
const REPLACEMENT_OPTIONS = LIVE_REPLACEMENTS.map((r) => ({ value: r, label: REPLACEMENT_LABEL[r] }));
const kib = (bytes: number) => `${bytes / KiB} KiB`;
const TICK = 'one tick = 0.1 ms';

/** Sizes, address translation, allocation and costs: the settings of the memory section a lesson changes. */
export function MemoryFields({ draft, errors, set }: Props) {
  const at = (field: string) => errorsAt(errors, `memory.${field}`);
  const ticks = (key: 'swapInTicks' | 'swapOutTicks' | 'compactionTicksPerPage', label: string, what: string) => (
    <TextInput
      numeric
      size={8}
      label={label}
      value={draft[key]}
      onChange={(v) => set({ [key]: v })}
      hint={`${what}; 0–${L.maxTicks}, ${TICK}; default ${D[key]}`}
      errors={at(key)}
    />
  );
  return (
    <>
      <fieldset className="form-group">
        <legend>Sizes</legend>
        <TextInput
          numeric
          size={10}
          label="Physical memory (KiB)"
          value={draft.physicalKiB}
          onChange={(physicalKiB) => set({ physicalKiB })}
          hint={`a whole number of pages, at least ${L.minPhysicalPages} pages, at most ${kib(L.maxPhysicalBytes)}; default ${kib(D.physicalBytes)} (${D.physicalBytes / D.pageSize} frames)`}
          errors={at('physicalBytes')}
        />
        <SelectInput
          label="Page size"
          value={draft.pageSizeKiB}
          options={PAGE_SIZES}
          onChange={(pageSizeKiB) => set({ pageSizeKiB })}
          hint={`default ${kib(D.pageSize)}`}
          errors={at('pageSize')}
        />
        <TextInput
          numeric
          size={10}
          label="Swap space (KiB)"
          value={draft.swapKiB}
          onChange={(swapKiB) => set({ swapKiB })}
          hint={`a whole number of pages; 0 = no swapping; default ${kib(D.swapBytes)} (${D.swapBytes / D.pageSize} slots)`}
          errors={at('swapBytes')}
        />
        <TextInput
          numeric
          size={4}
          label="Virtual address bits"
          value={draft.virtualBits}
          onChange={(virtualBits) => set({ virtualBits })}
          hint={`each process may address 2^bits bytes; ${L.minVirtualBits}–${L.maxVirtualBits}; default ${D.virtualBits}`}
          errors={at('virtualBits')}
        />
      </fieldset>
      <fieldset className="form-group">
        <legend>Address translation</legend>
        <SelectInput
          label="Page-table levels"
          value={draft.pageTableLevels}
          options={LEVELS}
          onChange={(pageTableLevels) => set({ pageTableLevels })}
          hint={`default ${D.pageTableLevels}`}
          errors={at('pageTableLevels')}
        />
        <TextInput
          numeric
          size={6}
          label="TLB entries"
          value={draft.tlbEntries}
          onChange={(tlbEntries) => set({ tlbEntries })}
          hint={`0 = no TLB; ${L.minTlbEntries}–${L.maxTlbEntries}; default ${D.tlbEntries}`}
          errors={at('tlbEntries')}
        />
        <SelectInput
          label="TLB mode"
          value={draft.tlbMode}
          options={TLB_MODES}
          onChange={(tlbMode) => set({ tlbMode })}
          hint={`default ${TLB_MODE_LABEL[D.tlbMode]}`}
          errors={at('tlbMode')}
        />
      </fieldset>
      <fieldset className="form-group">
        <legend>Allocation and replacement</legend>
        <SelectInput
          label="Placement"
          value={draft.placement}
          options={PLACEMENT_OPTIONS}
          onChange={(placement) => set({ placement })}
          hint={`the four fits keep a process's frames contiguous and so show external fragmentation; any free frame never fragments; default ${PLACEMENT_LABEL[D.placement]}`}
          errors={at('placement')}
        />
        <SelectInput
          label="Replacement"
          value={draft.replacement}
          options={REPLACEMENT_OPTIONS}
          onChange={(replacement) => set({ replacement })}
          hint={`the victim when memory is full; default ${D.replacement}. OPT and UNOPT are not offered: they need every future reference, unknown while a run happens; compare them on a reference string in the Memory view`}
          errors={at('replacement')}
        />
        <CheckInput
          label="Copy-on-write"
          checked={draft.copyOnWrite}
          onChange={(copyOnWrite) => set({ copyOnWrite })}
          hint={`a write to a shared page gives the writer its own copy; default ${onOff(D.copyOnWrite)}`}
          errors={at('copyOnWrite')}
        />
      </fieldset>
      <fieldset className="form-group">
        <legend>Costs</legend>
        {ticks('swapInTicks', 'Swap-in time (ticks)', 'to bring a page in from swap')}
        {ticks('swapOutTicks', 'Swap-out (write-back) time (ticks)', 'to write a dirty page back')}
        {ticks(
          'compactionTicksPerPage',
          'Compaction time per page (ticks)',
          'per page moved; the processes whose pages move wait for them',
        )}
        <CheckInput
          label="Compact automatically"
          checked={draft.autoCompact}
          onChange={(autoCompact) => set({ autoCompact })}
          hint={`when an allocation fails only because the free frames are scattered (enough are free, but no run is long enough) and compaction would make such a run; default ${onOff(D.autoCompact)}`}
          errors={at('autoCompact')}
        />
      </fieldset>
    </>
  );
}
