import { useId, useState } from 'react';
import { ostepCommandOf } from '../../core/ostep/command';
import type { Scenario } from '../../core/scenario/types';
import './ostep.css';

type Exported = ReturnType<typeof ostepCommandOf>;

/**
 * "Export as OSTEP command": the OSTEP homework command that poses the same problem as this scenario, with a
 * Copy button, or each script's reason why it fits none. Worked out on request, not on every render.
 */
export function OstepExport({ scenario }: { scenario: Scenario }) {
  const id = useId();
  const [done, setDone] = useState<{ for: Scenario; exported: Exported } | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  // An answer for an earlier version of the scenario is not shown: the workload may have been edited since.
  const exported = done?.for === scenario ? done.exported : null;
  const copy = async (command: string) => {
    try {
      await navigator.clipboard.writeText(command);
      setCopied('Copied.');
    } catch {
      setCopied('Copying is not allowed here: select the command and copy it.');
    }
  };
  return (
    <section className="panel ostep-export" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Export as OSTEP command</h2>
      <button
        type="button"
        onClick={() => {
          setCopied(null);
          setDone({ for: scenario, exported: ostepCommandOf(scenario) });
        }}
      >
        Export
      </button>
      {exported?.ok && (
        <div className="ostep-command-row">
          <label htmlFor={`${id}-cmd`}>The OSTEP command</label>
          <input id={`${id}-cmd`} readOnly value={exported.command} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" onClick={() => void copy(exported.command)}>
            Copy
          </button>
          <span role="status">{copied}</span>
        </div>
      )}
      {exported && !exported.ok && (
        <div role="status">
          <p>This scenario fits no OSTEP script:</p>
          <ul>
            {exported.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
