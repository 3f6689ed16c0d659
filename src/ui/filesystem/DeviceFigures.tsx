import type { FsPicture } from '../../core/index';
import { checksumFigures, deviceFigures } from './deviceFigures';

/** The device's own figures, a disk's, an SSD's or a RAID's (nothing for the simple device), and its checksum's. */
export function DeviceFigures({
  device,
  checksum,
}: {
  device: FsPicture['figures']['device'];
  checksum?: FsPicture['figures']['checksum'];
}) {
  const rows = [...deviceFigures(device), ...checksumFigures(checksum)];
  if (rows.length === 0) return null;
  return (
    <dl className="device-figures" aria-label="Device figures">
      {rows.map((r) => (
        <div key={r.label} data-lit={r.lit}>
          <dt>{r.label}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
