import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ComponentProps } from 'react';
import { newStore, renderWithStore } from '../testing/renderWithStore';
import { KERNEL_PID } from '../../core/memory/physical';
import { MemoryGrid } from './MemoryGrid';

/** The grid reads its colouring and zoom from the store. */
const render = (props: ComponentProps<typeof MemoryGrid>) => renderWithStore(<MemoryGrid {...props} />, newStore());
import { snapshotFixture } from './testing/snapshotFixture';

// 64 frames in an 800 × 480 box (jsdom's stand-in size): 48 px cells in rows of 16, after a 24 px gutter of
// row numbers and a 21 px band of column numbers. P3 holds frames 32–39 from page 0 on.
const snapshot = snapshotFixture({
  frames: 64,
  blocks: [
    { pid: 1, start: 0, count: 4, type: 'SYSTEM', state: 'PINNED' },
    { pid: 3, start: 32, count: 8, type: 'AI_MODEL', state: 'PINNED' },
  ],
});
const names = (pid: number) => ({ 1: 'kernel', 3: 'llm-infer' })[pid];
const legend = () => within(screen.getByRole('list', { name: 'Legend' }));

describe('MemoryGrid', () => {
  it('summarises memory in the canvas name and lists owners in the legend', () => {
    render({ snapshot, names });
    expect(
      screen.getByRole('img', {
        name: /64 frames of 4 KiB, 12 used and 52 free, held by 2 processes; coloured by owner/,
      }),
    ).toBeInTheDocument();
    expect(legend().getByText(/P3 llm-infer/)).toBeInTheDocument();
    expect(legend().getByText(/free/)).toBeInTheDocument();
  });

  it('switches the legend to page states', async () => {
    render({ snapshot, names });
    await userEvent.click(screen.getByRole('radio', { name: 'Page state' }));
    expect(screen.getByRole('group', { name: 'Colour by' })).toBeInTheDocument();
    for (const text of ['free', 'allocated', 'swapped', 'pinned', 'dirty', 'shared'])
      expect(legend().getByText(new RegExp(`^\\s*${text}`))).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /coloured by page state/ })).toBeInTheDocument();
  });

  it('describes the frame under the pointer', () => {
    render({ snapshot, names });
    // frame 37 = row 2, column 5
    fireEvent.pointerMove(screen.getByRole('img'), { clientX: 24 + 5 * 48 + 5, clientY: 21 + 2 * 48 + 5 });
    expect(screen.getByRole('tooltip')).toHaveTextContent('Frame 37 · P3 llm-infer · page 5 · AI_MODEL · PINNED');
    fireEvent.pointerMove(screen.getByRole('img'), { clientX: 24 + 48 + 5, clientY: 21 + 2 * 48 + 5 });
    expect(screen.getByRole('tooltip')).toHaveTextContent('Frame 33 · P3 llm-infer · page 1');
    // the row numbers are not a frame
    fireEvent.pointerMove(screen.getByRole('img'), { clientX: 5, clientY: 21 + 2 * 48 + 5 });
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.pointerLeave(screen.getByRole('img'));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('picks frames with the keyboard and lists frames as a table', async () => {
    const user = userEvent.setup();
    render({ snapshot, names });
    screen.getByRole('img').focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}{ArrowDown}');
    expect(screen.getByText(/Picked: Frame 33 · P3 llm-infer · page 1/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show frame table' }));
    const table = within(screen.getByRole('table'));
    expect(table.getByText('Frames 33–63 of 64')).toBeInTheDocument();
    expect(table.getByRole('row', { name: /^35 P3 llm-infer 3 AI_MODEL/ })).toHaveTextContent('PINNED');
  });

  it('zooms in to 96 px per frame and out again', async () => {
    const user = userEvent.setup();
    render({ snapshot, names });
    expect(screen.getByText('48 px per frame')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(screen.getByText('64 px per frame')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(screen.getByText('96 px per frame')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(screen.getByText('64 px per frame')).toBeInTheDocument();
  });

  it('names the frame the walkthrough highlights', () => {
    render({ snapshot, names, highlight: 37 });
    expect(screen.getByText(/Highlighted: Frame 37 · P3 llm-infer · page 5/)).toBeInTheDocument();
  });

  it('names what the kernel holds in its frames: the page cache, a model’s weights', async () => {
    const user = userEvent.setup();
    const held = snapshotFixture({
      frames: 64,
      blocks: [
        { pid: 3, start: 0, count: 4 },
        { pid: KERNEL_PID, start: 4, count: 2, type: 'CACHE', firstVpn: 1 },
        { pid: KERNEL_PID, start: 6, count: 10, type: 'AI_MODEL', state: 'PINNED', firstVpn: 3 },
      ],
      patch: {
        kernel: [
          { holder: 'page cache', start: 1, pages: 1 },
          { holder: 'page cache', start: 2, pages: 1 },
          { holder: 'model tiny-llm', start: 3, pages: 10 },
        ],
      },
    });
    render({ snapshot: held, names });
    expect(screen.getByRole('img', { name: /held by 1 process and the kernel/ })).toBeInTheDocument();
    expect(legend().getByText(/kernel \(page cache, model weights\)/)).toHaveTextContent('(12)');
    // frame 5 = row 0, column 5; frame 7 = row 0, column 7
    fireEvent.pointerMove(screen.getByRole('img'), { clientX: 24 + 5 * 48 + 5, clientY: 21 + 5 });
    expect(screen.getByRole('tooltip')).toHaveTextContent('Frame 5 · kernel: page cache · page 2 · CACHE · ALLOCATED');
    fireEvent.pointerMove(screen.getByRole('img'), { clientX: 24 + 7 * 48 + 5, clientY: 21 + 5 });
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'Frame 7 · kernel: model tiny-llm · page 4 · AI_MODEL · PINNED',
    );
    await user.click(screen.getByRole('button', { name: 'Show frame table' }));
    expect(
      within(screen.getByRole('table')).getByRole('row', { name: /^6 kernel: model tiny-llm 3 AI_MODEL/ }),
    ).toBeInTheDocument();
  });

  it('draws a million frames as blocks and says so', () => {
    const huge = snapshotFixture({ frames: 1_048_576, blocks: [{ pid: 3, start: 0, count: 4096 }] });
    render({ snapshot: huge, names });
    expect(screen.getByText('4 px per block of 64 frames')).toBeInTheDocument();
    expect(legend().getByText(/Each cell is a block of 64 frames/)).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /^Physical memory: 1,048,576 frames of 4 KiB, 4,096 used and 1,044,480 free/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Rows of \d+ blocks of 64 frames/ })).toBeInTheDocument();
    // The gutter is as wide as "1,048,575" (9 characters of an 11 px font, 72 px); the first cell starts there.
    fireEvent.pointerMove(screen.getByRole('img'), { clientX: 74, clientY: 23 });
    expect(screen.getByRole('tooltip')).toHaveTextContent(/^Frames 0–63 · 64 used, 0 free · most held by P3/);
  });
});
