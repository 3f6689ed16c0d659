/** The one-character names ffs.py draws files with, in its order (its list has no N). */
const SYMBOLS = [
  ...'abcdefghijklmnopqrstuvwxyz',
  ...'ABCDEFGHIJKLMOPQRSTUVWXYZ',
  ...'0123456789',
  ...'!@#%^&*()[]{}/.<>|',
];

/**
 * ffs.py's symbol table: a file is drawn with its own name when that is one free symbol, else with the first
 * free one; a deleted file's symbol goes to the end of the free list.
 */
export class FfsSymbols {
  private free = [...SYMBOLS];
  private byInode = new Map<number, string>();

  /** The symbol for a new inode, or null when none is left (ffs.py crashes then). */
  take(inum: number, name: string): string | null {
    const at = this.free.indexOf(name);
    const choice = at >= 0 ? name : this.free[0];
    if (choice === undefined) return null;
    this.free.splice(this.free.indexOf(choice), 1);
    this.byInode.set(inum, choice);
    return choice;
  }

  release(inum: number): void {
    const s = this.byInode.get(inum);
    if (s === undefined) return;
    this.byInode.delete(inum);
    this.free.push(s);
  }

  of(inum: number): string {
    return this.byInode.get(inum) ?? '?';
  }
}
