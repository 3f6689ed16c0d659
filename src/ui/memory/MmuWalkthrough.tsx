import { useId, useState, type FormEvent } from 'react';
import type { Access, TranslationResult } from '../../core/index';
import { splitAddress } from './addressSplit';
import { PidSelect, usePid } from './ActionForm';
import { BitFields } from './BitFields';
import { describeOutcome } from './describeOutcome';
import { describeStep } from './describeStep';
import { parseAddress, showAddress } from './parseAddress';
import type { PidOption } from './types';
import { walkFocus, type MmuFocus } from './walkFocus';
import './memory.css';

export interface MmuWalkthroughProps {
  pids: PidOption[];
  /** bytes per page (a power of two) */
  pageSize: number;
  levels: 1 | 2;
  /** bits of a virtual address: the address space is 2^virtualBits bytes */
  virtualBits: number;
  onTranslate(pid: number, address: number, access: Access): Promise<TranslationResult>;
  /** ticks to load a page from swap, said in a page fault's result */
  swapInTicks?: number;
  /** the page, page-table row and frame at the step shown, for the grid and tables to highlight; null when none */
  onFocus?(focus: MmuFocus | null): void;
}

const ACCESSES: Access[] = ['read', 'write', 'execute'];

interface Done {
  pid: number;
  address: number;
  access: Access;
  result: TranslationResult;
}

/**
 * Translates one virtual address and walks through what the MMU did, a step at a time: the address split
 * into bit fields, the TLB, each level of the page table, a fault and its handling, the physical address.
 * Each step tells `onFocus` which page-table row and frame it is at, so the grid and the tables light them.
 */
export function MmuWalkthrough({
  pids,
  pageSize,
  levels,
  virtualBits,
  onTranslate,
  swapInTicks,
  onFocus,
}: MmuWalkthroughProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [access, setAccess] = useState<Access>('read');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const [shown, setShown] = useState(0);
  // The chosen process, or the first one while none is chosen (or the chosen one has gone).
  const [chosen, setPid] = usePid(pids);

  const translate = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseAddress(text, virtualBits);
    setError(parsed.ok ? null : parsed.message);
    if (!parsed.ok || chosen === undefined) return;
    setPending(true);
    setFailure(null);
    try {
      const result = await onTranslate(chosen, parsed.value, access);
      setDone({ pid: chosen, address: parsed.value, access, result });
      show(1, chosen, result);
    } catch (err) {
      setFailure(`The translation could not be run: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setPending(false);
    }
  };

  /** Shows the first `n` steps and tells the other pictures what to highlight. */
  const show = (n: number, pid = done?.pid, result = done?.result) => {
    setShown(n);
    if (pid !== undefined && result) onFocus?.(walkFocus(pid, result.steps, n, levels));
  };
  const steps = done?.result.steps ?? [];
  const r = done?.result;
  const errorId = `${id}-error`;
  return (
    <section className="mmu-walkthrough" aria-label="MMU walkthrough">
      <form className="memory-form" onSubmit={translate} noValidate aria-label="Translate a virtual address">
        <PidSelect id={`${id}-pid`} pids={pids} value={chosen} onChange={setPid} />
        <div className="memory-field">
          <label htmlFor={`${id}-address`}>Virtual address</label>
          <input
            id={`${id}-address`}
            className="mono"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={error !== null || undefined}
            aria-describedby={`${id}-hint${error ? ` ${errorId}` : ''}`}
          />
          <span id={`${id}-hint`} className="hint">
            decimal or 0x hex, below 2^{virtualBits}
          </span>
        </div>
        <div className="memory-field">
          <label htmlFor={`${id}-access`}>Access</label>
          <select id={`${id}-access`} value={access} onChange={(e) => setAccess(e.target.value as Access)}>
            {ACCESSES.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary" disabled={pending || chosen === undefined}>
          {pending ? 'Translating…' : 'Translate'}
        </button>
        {pids.length === 0 && <p className="memory-message muted">No process to translate for: create one first.</p>}
        {error && (
          <p id={errorId} className="memory-message error">
            {error}
          </p>
        )}
        {failure && (
          <p className="memory-message error" role="alert">
            {failure}
          </p>
        )}
      </form>
      {done && r && (
        <div className="mmu-result">
          <p>
            P{done.pid} {done.access}s virtual address <span className="mono">{showAddress(done.address)}</span>.
          </p>
          <BitFields
            fields={splitAddress(done.address, pageSize, virtualBits, levels)}
            label={`Address split of ${showAddress(done.address)}`}
          />
          <ol className="mmu-steps" aria-label="Translation steps">
            {steps.slice(0, shown).map((step, i) => {
              const d = describeStep(step, { pageSize, levels, access: done.access });
              return (
                <li key={i} aria-current={i === shown - 1 ? 'step' : undefined}>
                  <strong>{d.title}.</strong> {d.text}
                </li>
              );
            })}
          </ol>
          <div className="mmu-nav">
            <button type="button" onClick={() => show(shown - 1)} disabled={shown <= 1}>
              Previous step
            </button>
            <button type="button" onClick={() => show(shown + 1)} disabled={shown >= steps.length}>
              Next step
            </button>
            <button type="button" onClick={() => show(steps.length)} disabled={shown >= steps.length}>
              Show all
            </button>
            <span aria-live="polite">
              Step {shown} of {steps.length}
            </span>
          </div>
          {shown >= steps.length && (
            <p className="mmu-outcome">
              {describeOutcome(r, { pid: done.pid, address: done.address, pageSize, access: done.access, swapInTicks })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
