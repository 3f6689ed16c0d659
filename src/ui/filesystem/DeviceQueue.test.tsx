import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FsPicture } from '../../core/index';
import { DeviceQueue } from './DeviceQueue';

/** Only what the panel reads of a picture: the device, its queue and the figures. */
function picture(over: Partial<FsPicture>): FsPicture {
  return {
    config: {
      device: {
        kind: 'disk',
        sectorAngles: [30],
        tracks: 6,
        skew: 0,
        seekSpeed: 2,
        rotateSpeed: 10,
        policy: 'SSTF',
        window: -1,
      },
    },
    queue: [],
    waiting: [],
    busyUntil: 0,
    figures: {
      stats: { requests: 3, reads: 3, writes: 0, refused: 0, blocksMoved: 3, busyTicks: 40, queuedTicks: 12 },
      device: {
        kind: 'disk',
        requests: 3,
        blocks: 3,
        busyTicks: 40,
        seek: 20,
        rotate: 17,
        transfer: 3,
        track: 4,
        tracks: 6,
      },
    },
    ...over,
  } as unknown as FsPicture;
}

const names = (pid: number) => `P${pid}`;

describe('DeviceQueue', () => {
  it("lists the request the disk serves and those waiting for its policy's pick", () => {
    render(
      <DeviceQueue
        fs={picture({
          queue: [{ pid: 1, kind: 'read', path: '/a', blocks: 1, start: 10, end: 30 }],
          waiting: [
            { pid: 3, kind: 'read', path: '/c', blocks: 2, arrived: 12 },
            { pid: 2, kind: 'write', path: '/b', blocks: 1, arrived: 14 },
          ],
          busyUntil: 30,
        })}
        now={15}
        names={names}
      />,
    );
    const table = screen.getByRole('table', { name: 'Requests at tick 15' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'P1read /a1now, until tick 30',
      'P3read /c2waiting since tick 12: SSTF picks the next request at tick 30',
      'P2write /b1waiting since tick 14: SSTF picks the next request at tick 30',
    ]);
    expect(screen.getByText(/^A hard disk of 6 tracks, sectors 30 degrees apart, skew 0;/)).toBeInTheDocument();
    expect(within(screen.getByLabelText('Device figures')).getByText('Head over').nextSibling).toHaveTextContent(
      'track 4 of 6 (0 the outermost)',
    );
  });

  it('says the device is idle when nothing is served or waiting', () => {
    render(<DeviceQueue fs={picture({})} now={50} names={names} />);
    expect(screen.getByText('The device is idle at tick 50.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
