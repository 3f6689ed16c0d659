import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PROCESS_STATES, PROCESS_TYPES } from '../../core/process/types';
import { STATE_LABEL, STATE_PATH, TYPE_LABEL, TYPE_PATH } from './iconPaths';
import { ProcessStateIcon, ProcessTypeIcon } from './ProcessIcons';

describe('process icons', () => {
  it('names every type and state, drawn as SVG in the text colour (no emoji font needed)', () => {
    render(
      <p>
        {PROCESS_TYPES.map((t) => (
          <ProcessTypeIcon key={t} type={t} />
        ))}
        {PROCESS_STATES.map((s) => (
          <ProcessStateIcon key={s} state={s} />
        ))}
      </p>,
    );
    const names = [...PROCESS_TYPES.map((t) => TYPE_LABEL[t]), ...PROCESS_STATES.map((s) => STATE_LABEL[s])];
    for (const name of names) {
      const img = screen.getByRole('img', { name });
      expect(img.tagName.toLowerCase()).toBe('svg');
      expect(img).toHaveAttribute('stroke', 'currentColor');
    }
    expect(new Set(names).size).toBe(names.length);
    expect(document.body.textContent).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it('is hidden from screen readers when its words are beside it', () => {
    render(
      <p>
        <ProcessTypeIcon type="USER" decorative /> User <ProcessStateIcon state="READY" decorative /> READY
      </p>,
    );
    expect(screen.queryAllByRole('img')).toEqual([]);
  });

  it('has a distinct outline for each type and for each state', () => {
    expect(new Set(Object.values(TYPE_PATH)).size).toBe(PROCESS_TYPES.length);
    expect(new Set(Object.values(STATE_PATH)).size).toBe(PROCESS_STATES.length);
  });
});
