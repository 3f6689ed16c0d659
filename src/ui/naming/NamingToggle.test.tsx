import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { GanttLegend } from '../gantt/GanttLegend';
import { START } from '../teach/testFetch';
import { renderWithStore, startedStore } from '../testing/renderWithStore';
import { NamingToggle } from './NamingToggle';
import { processLabel } from './useNaming';

const PROCESSES = [
  { pid: 1, name: 'llm-infer', type: 'AI_INFERENCE' as const },
  { pid: 2, name: 'validator', type: 'BLOCKCHAIN_VALIDATOR' as const },
];
const legend = () =>
  within(screen.getByRole('list', { name: 'Legend' }))
    .getAllByRole('listitem')
    .slice(0, 2)
    .map((li) => li.textContent?.trim());

beforeEach(() => localStorage.clear());

describe('Textbook names', () => {
  it('labels a process "P3 name", or plain "P3" in textbook naming', () => {
    expect(processLabel({ pid: 3, name: 'etl' }, 'full')).toBe('P3 etl');
    expect(processLabel({ pid: 3, name: 'etl' }, 'textbook')).toBe('P3');
    expect(processLabel({ pid: 3 }, 'full')).toBe('P3');
  });

  it('switches the legend to P1…Pn without type icons, and is remembered', async () => {
    const { store } = await startedStore(START);
    const { container } = renderWithStore(
      <>
        <NamingToggle />
        <GanttLegend processes={PROCESSES} />
      </>,
      store,
    );
    expect(legend()).toEqual(['P1 llm-infer', 'P2 validator']);
    expect(container.querySelectorAll('.gantt-legend svg')).toHaveLength(2);
    await userEvent.click(screen.getByRole('switch', { name: 'Textbook names' }));
    expect(legend()).toEqual(['P1', 'P2']);
    expect(container.querySelectorAll('.gantt-legend svg')).toHaveLength(0);
    const next = await startedStore(START);
    expect(next.store.getState().naming).toBe('textbook');
  });
});
