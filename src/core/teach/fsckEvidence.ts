import { fsckFindings } from '../fs/invariants';
import { META_WORDS, type FsState, type Inode } from '../fs/types';
import type { FsckCorruption } from '../ostep/fsck/fsckCorrupt';
import { namesOf, pathOf } from './fsckDiagnosis';

const count = (n: number) => ['no', 'one', 'two', 'three', 'four'][n] ?? String(n);
const entriesWord = (n: number) => `${count(n)} director${n === 1 ? 'y entry names' : 'y entries name'} it`;
const list = (xs: readonly string[]) =>
  xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}` : (xs[0] ?? '');
const kindWord = (inode: Inode) => (inode.kind === 'dir' ? 'directory' : 'file');

/** What a block holds, as the picture shows it. */
function holds(fs: FsState, b: number): string {
  const block = fs.blocks[b];
  if (!block) return 'nothing';
  if (block.kind === 'meta') return META_WORDS[block.holds];
  return block.kind === 'dir' ? 'directory entries' : `file data ("${block.data}")`;
}

/**
 * The evidence for a corruption in the picture the student sees (`after`), naming inodes, blocks and paths;
 * paths come from the file system before the corruption (`before`), which names everything consistently.
 */
export function evidenceOf(c: FsckCorruption, before: FsState, after: FsState): string[] {
  switch (c.kind) {
    case 'dataBitmap': {
      const owner = after.inodes.findIndex((i) => i?.blocks.includes(c.bit) ?? false);
      return after.dataBitmap[c.bit] === 1
        ? [`The data bitmap marks block ${c.bit} in use, but no inode points to it and it holds nothing.`]
        : [
            `Inode ${owner} (${pathOf(before, owner)}) points to data block ${c.bit}, which holds ${holds(after, c.bit)}, but the data bitmap marks block ${c.bit} free.`,
          ];
    }
    case 'inodeBitmap':
      return after.inodeBitmap[c.bit] === 1
        ? [`The inode bitmap marks inode ${c.bit} in use, but inode ${c.bit} is empty and no directory entry names it.`]
        : [
            `Inode ${c.bit} is in use (a ${kindWord(after.inodes[c.bit] as Inode)} named ${list(namesOf(before, c.bit))}), but the inode bitmap marks it free.`,
          ];
    case 'refcount': {
      const names = namesOf(before, c.inode);
      return [
        `Inode ${c.inode}'s link count is ${(after.inodes[c.inode] as Inode).links}, but ${entriesWord(names.length)}: ${list(names)}.`,
      ];
    }
    case 'orphan':
      return [
        `Inode ${c.inode} is a ${c.type === 'd' ? 'directory' : 'file'} with link count 1, but the inode bitmap marks it free and no directory entry names it.`,
      ];
    case 'deadBlock': {
      const old = (before.inodes[c.inode] as Inode).blocks;
      return [
        `Inode ${c.inode} (${pathOf(before, c.inode)}) points to data block ${c.block}, which holds nothing and which the data bitmap marks free.`,
        ...old.map(
          (b) => `Block ${b} holds ${holds(after, b)} and is marked in use, but no inode points to it any more.`,
        ),
      ];
    }
    case 'typeSwitch': {
      const blocks = (after.inodes[c.inode] as Inode).blocks;
      const what = blocks.map((b) => `block ${b} holds ${holds(after, b)}`);
      return [
        `Inode ${c.inode} (${pathOf(before, c.inode)}) is marked a ${c.to === 'd' ? 'directory' : 'file'}, but ${what.length > 0 ? list(what) : 'it has no data block, so no "." and ".." entries'}.`,
      ];
    }
    case 'entryInode':
    case 'entryName': {
      const [name, target] = c.entry;
      const changed =
        c.kind === 'entryInode'
          ? `the entry "${name}" names inode ${c.to}, which is free`
          : `an entry "${c.to}" names inode ${target}`;
      return [
        `In directory ${c.dir} (${pathOf(before, c.dir)}), ${changed}.`,
        ...fsckFindings(after).map((f) => `fsck's checks: ${f.message}.`),
      ];
    }
  }
}
