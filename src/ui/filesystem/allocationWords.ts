import { BLOCK_KIND, type AllocDisk } from '../../core/fs/allocation/types';
import { groupedDigits } from '../../core/groupedDigits';

const KIND_WORDS: Record<number, string> = {
  [BLOCK_KIND.free]: 'free',
  [BLOCK_KIND.data]: 'data',
  [BLOCK_KIND.fat]: 'the file allocation table',
  [BLOCK_KIND.indirect]: 'an indirect block',
  [BLOCK_KIND.extentTree]: 'an extent-tree block',
  [BLOCK_KIND.directory]: 'a directory block',
};

/** "block 40: data of /a/f", "block 0: the file allocation table", "block 9: free". */
export function describeBlock(disk: AllocDisk, block: number, paths: ReadonlyMap<number, string>): string {
  const kind = disk.kind[block] as number;
  const owner = disk.owner[block] as number;
  const of = owner >= 0 ? ` of ${paths.get(owner) ?? `inode ${owner}`}` : '';
  return `block ${block}: ${KIND_WORDS[kind]}${of}`;
}

/** The map in one sentence, the canvas's text alternative. */
export function diskSummary(
  label: string,
  disk: AllocDisk,
  figures: { files: number; metadataBlocks: number; freeRuns: number },
): string {
  const { blocks, blockSize } = disk.geometry;
  return (
    `${label}: ${groupedDigits(blocks)} blocks of ${blockSize} bytes; ${groupedDigits(figures.files)} files in ` +
    `${groupedDigits(blocks - disk.freeBlocks - figures.metadataBlocks)} data blocks, ` +
    `${groupedDigits(figures.metadataBlocks)} metadata blocks, ${groupedDigits(disk.freeBlocks)} free in ${groupedDigits(figures.freeRuns)} runs`
  );
}

/** A ratio as a percentage with one decimal ("12.5 %"). */
export const percent = (x: number): string => `${(x * 100).toFixed(1)} %`;
