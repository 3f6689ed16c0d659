import { Swatch } from '../memory/Swatch';
import { DISK_CLASS, FILE_CLASS, FILE_COLOURS, type DiskMapModel } from './diskMapModel';
import type { DiskMapLook } from './drawDiskMap';

const FIXED: { cls: number; label: string }[] = [
  { cls: DISK_CLASS.free, label: 'free' },
  { cls: DISK_CLASS.fat, label: 'file allocation table' },
  { cls: DISK_CLASS.indirect, label: 'indirect blocks' },
  { cls: DISK_CLASS.extentTree, label: 'extent-tree blocks' },
  { cls: DISK_CLASS.directory, label: 'directory blocks' },
  { cls: DISK_CLASS.inode, label: 'inodes' },
  { cls: DISK_CLASS.imap, label: 'inode-map pieces' },
  { cls: DISK_CLASS.checkpoint, label: 'checkpoint region' },
  { cls: DISK_CLASS.dead, label: 'dead (superseded) blocks' },
  { cls: DISK_CLASS.selected, label: 'the selected file' },
];

/** What each colour means and how many blocks have it; kinds no block has are left out (free always shows). */
export function DiskMapLegend({ model, look, per }: { model: DiskMapModel; look: DiskMapLook; per: number }) {
  let fileBlocks = 0;
  for (let k = 0; k < FILE_COLOURS; k++) fileBlocks += model.counts[FILE_CLASS + k] as number;
  return (
    <ul className="disk-map-legend" aria-label="Legend">
      {FIXED.filter((f) => f.cls === DISK_CLASS.free || (model.counts[f.cls] as number) > 0).map((f) => (
        <li key={f.cls}>
          <Swatch color={look.classes[f.cls] as string} pattern="solid" /> {f.label}{' '}
          <span className="muted">({model.counts[f.cls]})</span>
        </li>
      ))}
      {fileBlocks > 0 && (
        <li>
          {[0, 1, 2].map((k) => (
            <Swatch key={k} color={look.classes[FILE_CLASS + k] as string} pattern="solid" />
          ))}{' '}
          file data, a colour per inode (repeating after {FILE_COLOURS}) <span className="muted">({fileBlocks})</span>
        </li>
      )}
      {per > 1 && (
        <li className="muted">each pixel is {per} blocks, showing the selected file, then metadata, then data</li>
      )}
    </ul>
  );
}
