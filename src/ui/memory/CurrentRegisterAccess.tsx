import { useState } from 'react';
import type { RegisterAccess } from '../../core/index';
import { layoutWords, walkLayout } from '../../core/memory/registerLayout';
import { showAddress } from './parseAddress';
import { WalkSteps } from './WalkSteps';

const MODE_WORDS = {
  'base-bounds': 'base and bounds',
  segmented: 'segmentation',
  'two-level': 'two-level page table',
} as const;

/**
 * The running scenario's latest reference under its register mode (memory.mmu), walked through by the MMU a step at a
 * time with the registers of the process that made it: the bounds check and base + VA, or the segment, its offset and
 * direction, the bounds check and the physical address; or the violation. Each step is the core's (registerWalk.ts).
 */
export function CurrentRegisterAccess({ current }: { current: RegisterAccess | null }) {
  // The steps start again at the first when the access changes.
  const key = current ? `${current.tick}:${current.pid}:${current.address}` : '';
  const [seen, setSeen] = useState({ key, shown: 1 });
  const shown = seen.key === key ? seen.shown : 1;
  if (!current)
    return (
      <section className="mmu-walkthrough" aria-label="Current access">
        <h3>Current access</h3>
        <p className="muted">No process has made a reference yet: play the scenario, or step it.</p>
      </section>
    );
  const walk = walkLayout(current.layout, current.address);
  return (
    <section className="mmu-walkthrough" aria-label="Current access">
      <h3>Current access ({MODE_WORDS[current.layout.mode]})</h3>
      <p>
        At tick {current.tick}, P{current.pid} {current.access}s virtual address{' '}
        <span className="mono">{showAddress(current.address)}</span>. Its registers: {layoutWords(current.layout)}.
      </p>
      <WalkSteps
        steps={walk.steps}
        shown={Math.min(shown, walk.steps.length)}
        onShow={(n) => setSeen({ key, shown: n })}
        outcome={`${walk.sentence}.`}
        label="Current access steps"
      />
    </section>
  );
}
