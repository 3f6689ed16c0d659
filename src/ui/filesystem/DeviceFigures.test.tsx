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
});
