import type { FsPicture } from '../../core/index';
import { deviceFigures } from './deviceFigures';

/** The device's own figures, a disk's, an SSD's or a RAID's (nothing for the simple device). */
export function DeviceFigures({ device }: { device: FsPicture['figures']['device'] }) {
  const rows = deviceFigures(device);
  if (rows.length === 0) return null;
  return (
    <dl className="device-figures" aria-label="Device figures">
      {rows.map((r) => (
        <div key={r.label}>
          <dt>{r.label}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
