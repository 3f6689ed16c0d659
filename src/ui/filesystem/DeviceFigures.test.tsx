import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DeviceFigures } from './DeviceFigures';

describe('DeviceFigures', () => {
  it("lists a disk's figures by name, and renders nothing for the simple device", () => {
    const { container, rerender } = render(<DeviceFigures device={undefined} />);
    expect(container).toBeEmptyDOMElement();
    rerender(
      <DeviceFigures
        device={{
          kind: 'disk',
          requests: 7,
          blocks: 50,
          busyTicks: 652,
          seek: 320,
          rotate: 282,
          transfer: 50,
          track: 0,
        }}
      />,
    );
    const figures = screen.getByLabelText('Device figures');
    expect(within(figures).getByText('Seek').nextSibling).toHaveTextContent('320 ticks');
    expect(within(figures).getByText('Head over').nextSibling).toHaveTextContent('the outer track');
  });

  it("adds the checksum's findings, on the simple device too", () => {
    render(
      <DeviceFigures
        device={undefined}
        checksum={{ algorithm: 'crc32', detected: 2, repaired: 3, undetected: 0, unreadable: 1 }}
      />,
    );
    const figures = screen.getByLabelText('Device figures');
    expect(within(figures).getByText('Checksum').nextSibling).toHaveTextContent('CRC-32, per block');
    expect(within(figures).getByText('Repaired from a RAID copy').nextSibling).toHaveTextContent('3');
  });

  it("lights a RAID's full-stripe write apart from a partial one that reads first", () => {
    const stripe = { written: 3, of: 3, reads: 0, writes: 4, otherReads: 0 };
    render(
      <DeviceFigures
        device={{
          kind: 'raid',
          requests: 1,
          blocks: 5,
          busyTicks: 3,
          level: 5,
          members: [],
          degradedReads: 0,
          lostReads: 0,
          rebuilt: 0,
          rebuilding: null,
          stripeWrites: { full: 1, reconstruct: 1, readModifyWrite: 0, degraded: 0 },
          lastRequest: {
            reads: 1,
            writes: 7,
            stripes: [
              { ...stripe, stripe: 0, how: 'full' },
              { ...stripe, stripe: 1, how: 'reconstruct', written: 2, reads: 1, writes: 3, otherReads: 3 },
            ],
          },
        }}
      />,
    );
    const figures = screen.getByLabelText('Device figures');
    const full = within(figures).getByText('Stripe 0');
    expect(full.nextSibling).toHaveTextContent('full stripe: 4 writes, no reads');
    expect(full.parentElement).toHaveAttribute('data-lit', 'full-stripe');
    expect(within(figures).getByText('Stripe 1').parentElement).toHaveAttribute('data-lit', 'partial-stripe');
    expect(within(figures).getByText('Requests').parentElement).not.toHaveAttribute('data-lit');
  });
});
