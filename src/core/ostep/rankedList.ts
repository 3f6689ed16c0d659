/**
 * A list that is only appended to, read by index and cut at an index, as lfs.py uses its list of file names and
 * vsfs.py (and fsck.py's copy) its list of files: `files.pop(i)` or `files.remove(name)` moves every later name
 * along, which over a long run is quadratic (a million lfs commands spent most of their time there; an array's
 * indexOf and splice at each of fsck's 21,000 unlinks in 80,000 requests took about half a second). Here an index
 * is a rank among the items still in the list, found by descending a Fenwick tree of which appended items remain:
 * O(log n) for each read and each cut.
 */
export class RankedList<T extends NonNullable<unknown>> {
  private items: (T | undefined)[] = [];
  /** Fenwick tree over `items`: 1 where an item remains, 0 where it was cut; index 0 unused */
  private tree = new Int32Array(16);
  private size = 0;

  get length(): number {
    return this.size;
  }

  /** appends `item`; returns its slot (how many items were pushed before it) */
  push(item: T): number {
    this.items.push(item);
    if (this.items.length >= this.tree.length) this.rebuild(2 * this.tree.length);
    else this.add(this.items.length, 1);
    this.size++;
    return this.items.length - 1;
  }

  /** the item at rank `k` (0 ≤ k < length) */
  at(k: number): T {
    return this.items[this.slotOf(k)] as T;
  }

  /** the item in `slot` (as slotOf gives it: one still in the list) */
  atSlot(slot: number): T {
    return this.items[slot] as T;
  }

  /**
   * The slot of the item at rank `k` (0 ≤ k < length), where a caller keeps what it knows of the item: the last
   * tree position whose prefix count is at most k.
   */
  slotOf(k: number): number {
    let pos = 0;
    let left = k;
    for (let step = this.tree.length >> 1; step > 0; step >>= 1) {
      const next = pos + step;
      if (next < this.tree.length && (this.tree[next] as number) <= left) {
        pos = next;
        left -= this.tree[next] as number;
      }
    }
    return pos;
  }

  /** takes out the item at rank `k` (0 ≤ k < length) and returns it */
  removeAt(k: number): T {
    const slot = this.slotOf(k);
    const item = this.items[slot] as T;
    this.items[slot] = undefined;
    this.add(slot + 1, -1);
    this.size--;
    return item;
  }

  /** the items in order */
  toArray(): T[] {
    const out: T[] = [];
    for (const item of this.items) if (item !== undefined) out.push(item);
    return out;
  }

  private add(position: number, delta: number): void {
    for (let i = position; i < this.tree.length; i += i & -i) this.tree[i] = (this.tree[i] as number) + delta;
  }

  /** a tree of `capacity` positions over the items (a power of two, so the descent's steps cover it) */
  private rebuild(capacity: number): void {
    const tree = new Int32Array(capacity);
    this.items.forEach((item, slot) => {
      if (item !== undefined) tree[slot + 1] = 1;
    });
    for (let i = 1; i < capacity; i++) {
      const up = i + (i & -i);
      if (up < capacity) tree[up] = (tree[up] as number) + (tree[i] as number);
    }
    this.tree = tree;
  }
}
