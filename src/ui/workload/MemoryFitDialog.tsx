import { useEffect, useId, useRef } from 'react';
import { DEFAULT_MEMORY } from '../../core/memory/defaults';
import { FIT_MAX_FRAMES, type MemoryFit } from '../../core/scenario/memoryFit';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { formatBytes } from '../memory/formatBytes';
import { acceptMemoryProposal } from './memoryFit';
import './workload.css';
import { groupedDigits } from '../../core/groupedDigits';

const selectProposal = (s: AppState) => s.memoryProposal;

/** Why the proposal changes the workload, and what it proposes, in sentences. */
export function proposalWords(fit: Exclude<MemoryFit, { kind: 'fits' }>): { why: string; what: string | null } {
  const { needs } = fit;
  const largest = needs.largest;
  const frames = DEFAULT_MEMORY.physicalBytes / DEFAULT_MEMORY.pageSize;
  const counted =
    `${needs.count} process${needs.count === 1 ? '' : 'es'} need memory: ${formatBytes(needs.totalBytes)} in all` +
    (largest ? ` (${largest.name}, P${largest.pid}, alone needs ${formatBytes(largest.bytes)})` : '');
  if (fit.kind === 'impossible') return { why: `${counted}. ${fit.why}`, what: null };
  const need =
    `${counted}. The default memory is ${formatBytes(DEFAULT_MEMORY.physicalBytes)} (${frames} frames), so they ` +
    `would all wait in NEW for memory that never comes; and a memory large enough for them would have more ` +
    `frames than the picture can show (at most ${groupedDigits(FIT_MAX_FRAMES)}).`;
  const memory = formatBytes(fit.frames * fit.pageSize);
  const example = largest
    ? ` (${largest.name}: ${formatBytes(largest.bytes)} → ${formatBytes(Math.ceil(largest.bytes / fit.scale))})`
    : '';
  return {
    why: need,
    what:
      `Turn memory management on with ${memory} (${fit.frames} frames of ${formatBytes(fit.pageSize)}) and every ` +
      `process's memory need divided by ${groupedDigits(fit.scale)}${example}, so that all of them fit ` +
      `at once and the run finishes. Undo takes it back.`,
  };
}

/**
 * Asks before "Turn on memory management" changes the workload to fit: says why, proposes a size that fits.
 * A modal dialog where the browser has one (showModal); Escape or Cancel closes it and changes nothing.
 */
export function MemoryFitDialog() {
  const store = useAppStore();
  const fit = useApp(selectProposal);
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (fit && dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  }, [fit]);
  if (!fit || fit.kind === 'fits') return null;
  const { why, what } = proposalWords(fit);
  const close = () => store.getState().proposeMemory(null);
  return (
    <dialog
      ref={ref}
      className="memory-fit-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-why`}
      onClose={close}
    >
      <h2 id={`${id}-title`}>Memory to fit this workload</h2>
      <p id={`${id}-why`}>{why}</p>
      {what && <p>{what}</p>}
      <div className="form-actions">
        {what && (
          <button type="button" className="primary" onClick={() => void acceptMemoryProposal(store)}>
            Turn on with this memory
          </button>
        )}
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
