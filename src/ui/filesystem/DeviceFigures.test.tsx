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
});
