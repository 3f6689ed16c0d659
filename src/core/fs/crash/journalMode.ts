/**
 * How the file system gets its block writes to disk: in place with no journal (ext2), or through a write-ahead
 * journal in one of ext3/ext4's three modes.
 */
export type JournalMode = 'none' | 'data' | 'ordered' | 'writeback';

export const JOURNAL_MODES: readonly JournalMode[] = ['none', 'data', 'ordered', 'writeback'];

export const JOURNAL_MODE_LABELS: Readonly<Record<JournalMode, string>> = {
  none: 'No journal',
  data: 'Data journalling',
  ordered: 'Ordered',
  writeback: 'Writeback',
};

/** What each mode writes, in what order, and what it promises after a crash. */
export const JOURNAL_MODE_PROMISES: Readonly<Record<JournalMode, string>> = {
  none: 'Every block goes straight home, in disk order (as the buffer cache flushes its dirty blocks). A crash between two writes can leave the bitmaps, inodes and directories disagreeing; only fsck can put them right, and what it cannot know is lost.',
  data: 'Each operation is a transaction: a TxB, a copy of every block it changes (file data too), then the TxE that commits it; only then are the blocks checkpointed home. Replay redoes every committed transaction: nothing committed is lost, data included.',
  ordered:
    "File data goes home first; then the transaction logs the metadata and commits; then the metadata is checkpointed. Metadata is consistent after replay and never points at garbage: a committed file's data reached the disk before its commit (ext3 and ext4's default).",
  writeback:
    'The transaction logs and commits the metadata; file data goes home whenever it is flushed, here after the commit. Metadata is consistent after replay, but a committed inode may point at blocks whose data never reached the disk: it reads stale bytes.',
};
