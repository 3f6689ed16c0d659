import { blockText, inodeText } from '../../core/ostep/vsfs/vsfsAnswers';
import type { VsfsState } from '../../core/ostep/answers';

const inodeCell = (i: VsfsState['inodes'][number]) => inodeText(i) ?? 'free';
const blockCell = (b: VsfsState['data'][number]) => blockText(b) ?? 'free';

/** How many ones a bitmap has: the inodes or blocks it marks in use. */
export const ones = (bits: string) => [...bits].filter((b) => b === '1').length;

/** One row of cells (a bitmap, the inodes or the data blocks): changed cells outlined, flagged ones marked. */
function Cells({
  label,
  cells,
  before,
  flagged,
  wide,
}: {
  label: string;
  cells: readonly string[];
  before: readonly string[] | null;
  flagged: ReadonlySet<number>;
  wide?: boolean;
}) {
  return (
    <div className="vsfs-row" role="group" aria-label={label}>
      <span className="vsfs-label">{label}</span>
      <ol className={wide ? 'vsfs-cells wide' : 'vsfs-cells'}>
        {cells.map((c, i) => {
          const changed = before !== null && before[i] !== c;
          const free = c === 'free' || c === '0';
          const notes = [changed ? `changed from ${before?.[i] ?? ''}` : '', flagged.has(i) ? 'flagged by fsck' : '']
            .filter(Boolean)
            .join(', ');
          return (
            <li
              key={i}
              className={`vsfs-cell${free ? ' free' : ''}${changed ? ' changed' : ''}${flagged.has(i) ? ' flagged' : ''}`}
              aria-label={`${i}: ${c}${notes ? `, ${notes}` : ''}`}
            >
              <span className="vsfs-index">{i}</span>
              <span className="vsfs-value">{free && wide ? '' : c}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

const NONE: ReadonlySet<number> = new Set();

interface Props {
  state: VsfsState;
  /** the state to compare with: cells that differ are outlined */
  before: VsfsState | null;
  /** inodes and blocks an fsck finding is about */
  flagged?: { inodes: ReadonlySet<number>; blocks: ReadonlySet<number> };
}

/** A very simple file system as OSTEP draws it: inode bitmap, inodes, data bitmap, data blocks, each a row of cells. */
export function FsPicture({ state, before, flagged }: Props) {
  const inodes = flagged?.inodes ?? NONE;
  const blocks = flagged?.blocks ?? NONE;
  return (
    <div className="vsfs-picture">
      <Cells
        label="Inode bitmap"
        cells={[...state.inodeBitmap]}
        before={before && [...before.inodeBitmap]}
        flagged={inodes}
      />
      <Cells
        label="Inodes"
        cells={state.inodes.map(inodeCell)}
        before={before && before.inodes.map(inodeCell)}
        flagged={inodes}
        wide
      />
      <Cells
        label="Data bitmap"
        cells={[...state.dataBitmap]}
        before={before && [...before.dataBitmap]}
        flagged={blocks}
      />
      <Cells
        label="Data blocks"
        cells={state.data.map(blockCell)}
        before={before && before.data.map(blockCell)}
        flagged={blocks}
        wide
      />
    </div>
  );
}
