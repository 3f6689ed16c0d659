import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ProcessRunView } from './ProcessRunView';
import { PROCESS_RUN_ANSWER } from './testAnswers';

const trace = () => screen.getByRole('table', { name: /Trace, one row per tick/ });
const current = () =>
  within(trace())
    .getAllByRole('row')
    .filter((r) => r.getAttribute('aria-current') === 'step');
const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((c) => c.textContent);

describe('ProcessRunView', () => {
  it("draws the trace as OSTEP prints it: Time, a column per process, CPU and IOs, * on an I/O's completion", () => {
    render(<ProcessRunView answer={PROCESS_RUN_ANSWER} />);
    const rows = within(trace()).getAllByRole('row');
    expect(cells(rows[0] as HTMLElement)).toEqual(['Time', 'PID: 0', 'PID: 1', 'CPU', 'IOs']);
    expect(rows.slice(1).map((r) => cells(r))).toEqual([
      ['1', 'RUN:cpu', 'READY', '1', ''],
      ['2', 'RUN:io', 'READY', '1', ''],
      ['3', 'BLOCKED', 'RUN:cpu', '1', '1'],
      ['4', 'BLOCKED', 'RUN:cpu', '1', '1'],
      ['5', 'BLOCKED', 'RUN:cpu', '1', '1'],
      ['6', 'BLOCKED', 'DONE', '', '1'],
      ['7', 'BLOCKED', 'DONE', '', '1'],
      ['8*', 'RUN:io_done', 'DONE', '1', ''],
      ['9', 'RUN:io', 'DONE', '1', ''],
      ['10', 'BLOCKED', 'DONE', '', '1'],
      ['11', 'BLOCKED', 'DONE', '', '1'],
      ['12', 'BLOCKED', 'DONE', '', '1'],
      ['13', 'BLOCKED', 'DONE', '', '1'],
      ['14', 'BLOCKED', 'DONE', '', '1'],
      ['15*', 'RUN:io_done', 'DONE', '1', ''],
    ]);
    // Colour comes with the state's own text: one class per state.
    expect(within(rows[8] as HTMLElement).getByText('RUN:io_done')).toHaveClass('st-io-done');
    expect(within(rows[3] as HTMLElement).getByText('BLOCKED')).toHaveClass('st-blocked');
  });

  it('shows the stats with OSTEP percentages and when each process last ran', () => {
    render(<ProcessRunView answer={PROCESS_RUN_ANSWER} />);
    expect(screen.getByText('Total time').nextElementSibling).toHaveTextContent('15');
    expect(screen.getByText('CPU busy').nextElementSibling).toHaveTextContent('8 (53.33%)');
    expect(screen.getByText('I/O busy').nextElementSibling).toHaveTextContent('10 (66.67%)');
    const last = within(screen.getByRole('table', { name: 'When each process last ran' }))
      .getAllByRole('row')
      .slice(1);
    expect(last.map((r) => r.textContent)).toEqual(['015', '15']);
  });

  it('follows the step controls with a current-tick highlight and says what happens in that tick', async () => {
    render(<ProcessRunView answer={PROCESS_RUN_ANSWER} />);
    expect(current().map((r) => cells(r)[0])).toEqual(['1']);
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('slider', { name: 'Tick' })).toHaveValue('3');
    expect(current().map((r) => cells(r)[0])).toEqual(['4']);
    expect(screen.getByText('Tick 4: PID 0 BLOCKED, PID 1 RUN:cpu; CPU busy; 1 I/O in flight.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Last' }));
    expect(current().map((r) => cells(r)[0])).toEqual(['15*']);
    expect(
      screen.getByText(
        /^Tick 15\* \(an I\/O completed at the start of this tick\): PID 0 RUN:io_done, PID 1 DONE; CPU busy; no I\/O in flight\.$/,
      ),
    ).toBeInTheDocument();
  });
});
