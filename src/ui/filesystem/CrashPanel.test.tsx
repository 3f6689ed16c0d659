import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../core/scenario/validate';
import type { Scenario } from '../../core/scenario/types';
import { CrashPanel } from './CrashPanel';
import { scenarioWorkload } from './WorkloadChoice';

function preset(file: string): Scenario {
  const v = validateScenario(JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8')));
  if (!v.ok) throw new Error(v.errors[0]?.message);
  return v.scenario;
}

describe('CrashPanel', () => {
  it("explores the scenario's own file operations on its own disk, or the demo workload", async () => {
    const scenario = preset('file-system.json');
    expect(scenarioWorkload(scenario).map((op) => op.kind)).toEqual(['mkdir', 'mkdir', 'write', 'link']);
    render(<CrashPanel scenario={scenario} />);
    expect(screen.getByRole('radio', { name: "This scenario's file operations (4)" })).toBeChecked();
    expect(screen.getByRole('radiogroup', { name: 'Journal mode' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: /The demo workload \(12 operations/ }));
    expect(screen.getByRole('radio', { name: /The demo workload/ })).toBeChecked();
  });

  it('says why a scenario without file operations cannot be explored, and shows the demo', () => {
    const scenario = { ...preset('file-system.json'), operations: [] };
    render(<CrashPanel scenario={scenario} />);
    expect(screen.getByRole('radio', { name: "This scenario's file operations (0)" })).toBeDisabled();
    expect(screen.getByText("This scenario's cannot be used: it has no file operations.")).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /The demo workload/ })).toBeChecked();
  });
});
