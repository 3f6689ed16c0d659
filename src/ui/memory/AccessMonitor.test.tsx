import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AccessMonitor } from './AccessMonitor';

const sample = (tick: number, translations: number, pageFaults: number) => ({
  tick,
  external: 0,
  freeFrames: 0,
  swapUsed: 0,
  pageFaults,
  swapIns: 0,
  swapOuts: 0,
  translations,
});

describe('AccessMonitor', () => {
  it('shows references and faults per tick between samples in its data table', async () => {
    render(<AccessMonitor samples={[sample(0, 0, 0), sample(10, 20, 1), sample(20, 25, 5)]} />);
    await userEvent.click(screen.getByText('Show data'));
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    // from tick, to tick, references per tick, faults per tick: each rate holds over the gap after a sample
    expect(rows).toContain('01020.1');
    expect(rows).toContain('10200.50.4');
  });
});
