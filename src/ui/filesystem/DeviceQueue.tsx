import type { FsPicture } from '../../core/index';
import { DeviceFigures } from './DeviceFigures';
import { deviceSummary } from './deviceFigures';

interface Props {
  fs: FsPicture;
  now: number;
  names: (pid: number) => string;
}

/**
 * The block device: the request it serves and those queued behind it (on a disk, those waiting for its policy to
 * pick them when it comes free), with what it has done so far.
 */
export function DeviceQueue({ fs, now, names }: Props) {
  const s = fs.figures.stats;
  const device = fs.config.device;
  const policy = device.kind === 'disk' ? device.policy : '';
  return (
    <section className="device-queue" aria-labelledby="device-queue-title">
      <h2 id="device-queue-title">Block device</h2>
      <p className="muted">{deviceSummary(fs.config.device)}</p>
      <DeviceFigures device={fs.figures.device} checksum={fs.figures.checksum} />
      {fs.queue.length === 0 && fs.waiting.length === 0 ? (
        <p>The device is idle at tick {now}.</p>
      ) : (
        <table>
          <caption>Requests at tick {now}</caption>
          <thead>
            <tr>
              <th scope="col">Process</th>
              <th scope="col">Request</th>
              <th scope="col">Blocks</th>
              <th scope="col">Served</th>
            </tr>
          </thead>
          <tbody>
            {fs.queue.map((q) => (
              <tr key={`${q.pid}-${q.start}`} data-serving={q.start <= now ? 'true' : undefined}>
                <td>{q.pid === null ? 'the kernel (sync)' : names(q.pid)}</td>
                <td>
                  {q.kind} {q.path}
                </td>
                <td>{q.blocks}</td>
                <td>
                  {q.start <= now ? 'now, ' : `from tick ${q.start}, `}until tick {q.end}
                </td>
              </tr>
            ))}
            {fs.waiting.map((w) => (
              <tr key={`${w.pid}-${w.arrived}`} data-waiting="true">
                <td>{names(w.pid)}</td>
                <td>
                  {w.kind} {w.path}
                </td>
                <td>{w.blocks}</td>
                <td>
                  waiting since tick {w.arrived}: {policy} picks the next request at tick {fs.busyUntil}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        {s.requests} requests ({s.reads} reads, {s.writes} writes, {s.refused} refused), {s.blocksMoved} blocks moved;
        busy {s.busyTicks} ticks; requests waited {s.queuedTicks} ticks in the queue in all.
      </p>
    </section>
  );
}
