import type { FsPicture } from '../../core/fs/subsystem/view';
import { groupedDigits } from '../../core/groupedDigits';
import { FactList } from './FactList';

/** Percent with one decimal, as the comparison panel shows fragmentation. */
const percent = (ratio: number): string => `${(ratio * 100).toFixed(1)}%`;

/**
 * The node's file system under its allocation strategy (fs.allocation): the metadata it keeps, the blocks moves
 * copied, free-space fragmentation, and each file's runs. Nothing without a strategy.
 */
export function NodeAllocationFigures({ fs }: { fs: Pick<FsPicture, 'figures' | 'tree'> }) {
  const a = fs.figures.allocation;
  if (!a) return null;
  const pathOf = (inum: number) => fs.tree.find((e) => e.inum === inum)?.path ?? `inode ${inum}`;
  const f = fs.figures.fragmentation;
  return (
    <section className="node-allocation" aria-labelledby="node-allocation-title">
      <h3 id="node-allocation-title">Allocation: {a.strategy}</h3>
      <FactList
        rows={[
          ['FAT blocks', groupedDigits(a.metaBlocks.fat)],
          ['Indirect blocks', groupedDigits(a.metaBlocks.indirect)],
          ['Extent-tree blocks', groupedDigits(a.metaBlocks.extentTree)],
          ['Blocks copied by moves', groupedDigits(a.moved)],
          [
            'Free runs',
            `${groupedDigits(f.freeRuns)} (largest ${groupedDigits(f.largestFreeRun)} of ${groupedDigits(f.freeBlocks)} free blocks)`,
          ],
          ['Free-space fragmentation', percent(a.freeFragmentation)],
        ]}
      />
      <table aria-label="Files by fragments">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Blocks</th>
            <th scope="col">Fragments</th>
            <th scope="col">Metadata blocks</th>
          </tr>
        </thead>
        <tbody>
          {a.files.map((file) => (
            <tr key={file.inum}>
              <th scope="row">{pathOf(file.inum)}</th>
              <td>{file.blocks}</td>
              <td>{file.fragments}</td>
              <td>{file.metaBlocks}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
