import type { Inode } from '../../fs/types';
import { pyFixed2 } from '../pyFormat';
import type { FfsOptions } from './ffsFlags';
import type { FfsRun } from './ffsRun';

const pad = (s: string | number, width: number) => String(s).padStart(width);
const padEnd = (s: string | number, width: number) => String(s).padEnd(width);

/** A row of digits numbering `count` columns at one power of ten (a space every ten columns). */
function numericHeader(power: number, count: number): string {
  const every = 10 ** power;
  let out = '';
  for (let i = 0; i < count; i++) {
    if (i > 0 && i % 10 === 0) out += ' ';
    out += String(Math.floor(i / every) % 10);
  }
  return out;
}

/**
 * Each group's inodes and data blocks as the inode holding them (the inode itself for an inode in use), null
 * where free: what ffs.py draws, and the answer's groups.
 */
export function ffsGroupCells(run: FfsRun): { inodes: (number | null)[]; blocks: (number | null)[] }[] {
  const { fs, groups: g } = run;
  const owner = new Map<number, number>();
  fs.inodes.forEach((inode, inum) => inode?.blocks.forEach((b) => owner.set(b, inum)));
  return Array.from({ length: g.count }, (_group, group) => ({
    inodes: Array.from({ length: g.inodesPerGroup }, (_, i) => {
      const inum = group * g.inodesPerGroup + i;
      return fs.inodes[inum] ? inum : null;
    }),
    blocks: Array.from({ length: g.blocksPerGroup }, (_, i) => owner.get(group * g.blocksPerGroup + i) ?? null),
  }));
}

/** One group's inodes or blocks, each drawn with its file's symbol or "-" where free; `spaced`: a space every ten. */
export function groupRow(cells: readonly (number | null)[], run: FfsRun, spaced: boolean): string {
  return cells
    .map((inum, i) => `${spaced && i > 0 && i % 10 === 0 ? ' ' : ''}${inum === null ? '-' : run.symbols.of(inum)}`)
    .join('');
}

/** ffs.py's dump: the totals, the policy, the groups drawn by symbol, and with -M or -S the symbol map. */
export function ffsDump(run: FfsRun, v: FfsOptions): string {
  const { fs, groups: g, symbols } = run;
  const lines = [
    '',
    `num_groups:       ${g.count}`,
    `inodes_per_group: ${g.inodesPerGroup}`,
    `blocks_per_group: ${g.blocksPerGroup}`,
    '',
    `free data blocks: ${fs.geometry.dataBlocks - fs.used.blocks} (of ${fs.geometry.dataBlocks})`,
    `free inodes:      ${fs.geometry.inodes - fs.used.inodes} (of ${fs.geometry.inodes})`,
    '',
    `spread inodes?    ${v.spreadInodes ? 'True' : 'False'}`,
    `spread data?      ${v.spreadData ? 'True' : 'False'}`,
    `contig alloc:     ${v.contiguous}`,
    '',
  ];
  const inodePower = String(g.inodesPerGroup).length - 1;
  const dataPower = String(g.blocksPerGroup).length - 1;
  for (let power = Math.max(inodePower, dataPower); power >= 0; power--) {
    // ffs.py pads a missing data header with as many spaces as a group has inodes.
    const inodes = inodePower >= power ? numericHeader(power, g.inodesPerGroup) : ' '.repeat(g.inodesPerGroup);
    const data = dataPower >= power ? numericHeader(power, g.blocksPerGroup) : ' '.repeat(g.inodesPerGroup);
    lines.push(`     ${inodes}${data}`);
  }
  lines.push('', `group ${'inodes'.slice(0, g.inodesPerGroup)}${' '.repeat(Math.max(0, g.inodesPerGroup - 6))}data`);
  const size = g.inodesPerGroup + g.blocksPerGroup;
  for (const [group, cells] of ffsGroupCells(run).entries()) {
    const row = v.solve
      ? `  ${pad(group, 3)} ${groupRow(cells.inodes, run, true)} ${groupRow(cells.blocks, run, true)}`
      : `  ${pad(group, 3)} ${'?'.repeat(g.inodesPerGroup)} ${'?'.repeat(g.blocksPerGroup)}`;
    lines.push(
      v.solve && v.showBlockAddresses ? `${row}  [${pad(group * size, 4)}-${pad(group * size + size - 1, 4)}]` : row,
    );
  }
  if (!v.showSymbolMap && !v.perFileStats) return `${lines.join('\n')}\n\n`;
  lines.push('', `symbol  inode#  filename     filetype ${v.perFileStats ? '  block_addresses' : ''}`);
  for (const path of [...run.paths.keys()].sort()) {
    const inum = run.paths.get(path) as number;
    const inode = fs.inodes[inum] as Inode;
    const type = inode.kind === 'dir' ? 'directory' : 'regular';
    const row = `${padEnd(symbols.of(inum), 6)}  ${pad(inum, 6)}  ${padEnd(path, 11)}  ${padEnd(type, 10)} `;
    lines.push(v.perFileStats ? `${row}${inode.blocks.map((b) => `${b} `).join('')}` : row);
  }
  return `${lines.join('\n')}\n\n`;
}

/** Where an inode and its blocks lie on the disk, each group being its inodes then its blocks. */
function spanOf(run: FfsRun, inum: number): [inode: number, min: number, max: number] {
  const g = run.groups;
  const size = g.inodesPerGroup + g.blocksPerGroup;
  const inode = (inum % g.inodesPerGroup) + Math.floor(inum / g.inodesPerGroup) * size;
  const addresses = (run.fs.inodes[inum] as Inode).blocks.map(
    (b) => (b % g.blocksPerGroup) + Math.floor(b / g.blocksPerGroup) * size + g.inodesPerGroup,
  );
  return [inode, Math.min(...addresses), Math.max(...addresses)];
}

/** ffs.py -T: each file's span (inode and blocks) and each directory's (with its files), and their averages. */
export function ffsSpans(run: FfsRun, v: FfsOptions): string {
  const lines = ['span: files'];
  const spans = new Map<number, [number, number, number]>();
  let sum = 0;
  for (const [path, inum] of run.paths) {
    if ((run.fs.inodes[inum] as Inode).kind === 'dir') continue;
    const span = spanOf(run, inum);
    spans.set(inum, span);
    const fileSpan = Math.max(...span) - Math.min(...span);
    sum += fileSpan;
    lines.push(`  file: ${pad(path, 10)}  filespan: ${v.solve ? pad(fileSpan, 3) : '?'}`);
  }
  if (spans.size > 0) lines.push(`               avg  filespan: ${v.solve ? pad(pyFixed2(sum / spans.size), 6) : '?'}`);
  lines.push('', 'span: directories');
  let dirSum = 0;
  let dirs = 0;
  for (const [path, inum] of run.paths) {
    const dir = run.fs.inodes[inum] as Inode;
    if (dir.kind !== 'dir') continue;
    const all = [...spanOf(run, inum)];
    for (const b of dir.blocks) {
      const block = run.fs.blocks[b];
      if (block?.kind !== 'dir') continue;
      for (const [name, child] of block.entries)
        if (name !== '.' && name !== '..' && run.fs.inodes[child]?.kind === 'file')
          all.push(...(spans.get(child) ?? []));
    }
    const dirSpan = Math.max(...all) - Math.min(...all);
    dirSum += dirSpan;
    dirs++;
    lines.push(`  dir:  ${pad(path, 10)}  dirspan: ${v.solve ? pad(dirSpan, 3) : '?'}`);
  }
  lines.push(`               avg  dirspan: ${v.solve ? pad(pyFixed2(dirSum / dirs), 6) : '?'}`);
  return `${lines.join('\n')}\n\n`;
}
