import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ostepCommand } from '../../core/ostep/command';
import type { Scenario } from '../../core/scenario/types';
import { OstepExport } from './OstepExport';

function scenarioOf(line: string): Scenario {
  const c = ostepCommand(line);
  if (!c.ok) throw new Error(c.error);
  return c.scenario;
}

describe('OstepExport', () => {
  it('shows the OSTEP command of a scenario that fits a script, and copies it', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    render(<OstepExport scenario={scenarioOf('./scheduler.py -p RR -q 2 -l 3,5,1')} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.getByRole('textbox', { name: 'The OSTEP command' })).toHaveValue(
      './scheduler.py -p RR -l 3,5,1 -q 2',
    );
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('./scheduler.py -p RR -l 3,5,1 -q 2');
    expect(screen.getByRole('status')).toHaveTextContent('Copied.');
  });

  it("lists each script's reason when the scenario fits none", async () => {
    const s = scenarioOf('./scheduler.py -p RR -q 2 -l 3,5,1');
    render(<OstepExport scenario={{ ...s, scheduler: { policy: 'SRTF' } }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      /fits no OSTEP script:.*scheduler\.py runs FIFO, SJF or RR; the scenario uses SRTF/,
    );
    expect(screen.queryByRole('button', { name: 'Copy' })).toBeNull();
  });
});
