import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIELDS, registerWalkModel } from './registerWalkModel';
import { RegisterWalkthrough } from './RegisterWalkthrough';

describe('registerWalkModel', () => {
  it("walks relocation.py's README example: 0x1ae under base 0x3082, bounds 472", () => {
    const w = registerWalkModel(DEFAULT_FIELDS);
    expect(w).toEqual({
      ok: true,
      steps: [
        {
          step: 'bounds',
          within: true,
          text: 'VA 0x1ae is below the bounds register 0x1d8: it is inside the address space.',
        },
        { step: 'physical', pa: 0x3230, text: 'PA = base 0x3082 + VA 0x1ae = 0x3230.' },
      ],
      outcome: 'VA 0x1ae < bounds 0x1d8: PA = base 0x3082 + 0x1ae = 0x3230',
    });
  });

  it('walks a segment growing down, and names the field that does not parse', () => {
    const w = registerWalkModel({ ...DEFAULT_FIELDS, mode: 'segmentation', address: '802' });
    expect(w.ok && w.steps.map((s) => s.step)).toEqual(['segment', 'offset', 'bounds', 'physical']);
    expect(registerWalkModel({ ...DEFAULT_FIELDS, mode: 'segmentation', bounds0: 'ten' })).toMatchObject({
      ok: false,
      field: 'bounds0',
    });
    expect(registerWalkModel({ ...DEFAULT_FIELDS, mode: 'segmentation', bounds1: '5000' })).toMatchObject({
      ok: false,
      field: 'bounds1',
    });
  });
});

describe('RegisterWalkthrough', () => {
  it('translates with segment registers a step at a time, ending in the violation', async () => {
    const user = userEvent.setup();
    render(<RegisterWalkthrough />);
    const region = screen.getByRole('region', { name: 'Base-and-bounds and segmentation walkthrough' });
    await user.selectOptions(within(region).getByRole('combobox', { name: 'Translation mode' }), 'segmentation');
    const va = within(region).getByRole('textbox', { name: 'Virtual address' });
    await user.clear(va);
    await user.type(va, '523');
    await user.click(within(region).getByRole('button', { name: 'Translate' }));
    const steps = within(region).getByRole('list', { name: 'Register translation steps' });
    expect(within(steps).getAllByRole('listitem')).toHaveLength(1);
    expect(steps).toHaveTextContent('The top bits of VA 0x20b select segment 1, which grows down.');
    await user.click(within(region).getByRole('button', { name: 'Show all' }));
    expect(within(steps).getAllByRole('listitem')).toHaveLength(4);
    expect(region).toHaveTextContent('The MMU raises a segmentation violation in segment 1.');
    expect(region).toHaveTextContent('Step 4 of 4');
  });

  it('says which register does not parse', async () => {
    const user = userEvent.setup();
    render(<RegisterWalkthrough />);
    const base = screen.getByRole('textbox', { name: 'Base' });
    await user.clear(base);
    await user.type(base, '-5');
    await user.click(screen.getByRole('button', { name: 'Translate' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Base must not be negative.');
    expect(base).toHaveAttribute('aria-invalid', 'true');
  });
});
