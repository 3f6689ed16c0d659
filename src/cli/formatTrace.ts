import { explain, FORMULAS, type RunResult, type SimEvent } from '../core/index';
import { printable } from './printable';

/** "1 file", "3 files". */
const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const pad = (s: string | number, n: number): string => String(s).padStart(n);
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
const fmt = (x: number | null): string => (x === null ? '-' : x.toFixed(2));
const show = (x: number | null): string => (x === null ? '-' : String(x));

/** Events per chunk of output: large enough to write little, small enough that no chunk is large. */
export const CHUNK_EVENTS = 1000;

/**
 * The readable trace, one line per decision with its reason, like OSTEP's -c answers: in chunks of lines, so
 * that a long run is written without ever building one string of its whole trace.
 */
export function* traceChunks(r: RunResult): Generator<string> {
  // Names come from the user: escaped, so that a name cannot drive the terminal or forge a line.
  const names = new Map(r.processes.map((p) => [p.pid, printable(p.name)]));
  const width = String(r.ticks).length;
  const line = (e: SimEvent): string => `[t=${pad(e.tick, width)}] ${explain(e, (pid) => names.get(pid))}`;
  // An empty trace is one empty line, so the metrics still follow a blank line.
  if (r.events.length === 0) yield '';
  for (let i = 0; i < r.events.length; i += CHUNK_EVENTS)
    yield r.events
      .slice(i, i + CHUNK_EVENTS)
      .map(line)
      .join('\n');
}

/**
 * `run --json` (with `--events`, the events last) as chunks of one JSON text: the long lists (the timeline, the
 * events) a chunk of CHUNK_EVENTS items at a time, so that a long run is never one string.
 */
export function* jsonChunks(r: RunResult, withEvents: boolean): Generator<string> {
  const { events, ...rest } = r;
  let pending = '{';
  for (const [key, value] of Object.entries(withEvents ? { ...rest, events } : rest)) {
    if (value === undefined) continue; // as JSON.stringify leaves it out
    if (pending !== '{') pending += ',';
    pending += `${JSON.stringify(key)}:`;
    if (!Array.isArray(value) || value.length <= CHUNK_EVENTS) {
      pending += JSON.stringify(value);
      continue;
    }
    yield `${pending}[`;
    for (let i = 0; i < value.length; i += CHUNK_EVENTS) {
      const more = i + CHUNK_EVENTS < value.length;
      yield (
        value
          .slice(i, i + CHUNK_EVENTS)
          .map((item: unknown) => JSON.stringify(item))
          .join(',') + (more ? ',' : '')
      );
    }
    pending = ']';
  }
  yield `${pending}}`;
}

/** Per-process table and the averages, with the formulas they follow. */
export function formatMetrics(r: RunResult): string {
  const head = `${pad('PID', 5)} ${'NAME'.padEnd(18)} ${'TYPE'.padEnd(20)} ${pad('ARR', 6)} ${pad('CPU', 6)} ${pad('I/O', 6)} ${pad('FIRST', 6)} ${pad('DONE', 6)} ${pad('RESP', 6)} ${pad('TURN', 6)} ${pad('WAIT', 6)} ${pad('CS', 4)} STATE`;
  const rows = r.processes.map(
    (p) =>
      `${pad(p.pid, 5)} ${printable(p.name).slice(0, 18).padEnd(18)} ${p.type.padEnd(20)} ${pad(p.arrival, 6)} ${pad(p.cpuTime, 6)} ${pad(p.ioTime, 6)} ${pad(show(p.firstRun), 6)} ${pad(show(p.completion), 6)} ${pad(show(p.response), 6)} ${pad(show(p.turnaround), 6)} ${pad(p.waiting, 6)} ${pad(p.contextSwitches, 4)} ${p.state}${p.deadlineMissed ? ' (missed deadline)' : ''}`,
  );
  const s = r.summary;
  return [
    head,
    ...rows,
    '',
    `Policy ${r.policy}; ended at tick ${r.ticks}${r.stalled ? ' (stalled: some processes can never run again — suspended with no resume, or waiting for memory that never frees)' : ''}; trace hash ${r.traceHash}`,
    `Average turnaround ${fmt(s.avgTurnaround)}   (${FORMULAS.turnaround})`,
    `Average waiting    ${fmt(s.avgWaiting)}   (${FORMULAS.waiting})`,
    `Average response   ${fmt(s.avgResponse)}   (${FORMULAS.response})`,
    `Throughput         ${fmt(s.throughput)} per 100 ticks; CPU utilisation ${(s.cpuUtilization * 100).toFixed(0)} %; context switches ${s.contextSwitches}; deadline misses ${s.deadlineMisses}`,
    ...(r.memory ? ['', ...formatMemory(r.memory), '', ...formatProcessMemory(r.processes)] : []),
    ...(r.fs ? ['', ...formatFileSystem(r.fs)] : []),
  ].join('\n');
}

/** Each process's memory: what it held as it ended (its memory is freed then), or holds if it has not ended. */
function formatProcessMemory(processes: RunResult['processes']): string[] {
  const head = `${pad('PID', 5)} ${'MEMORY TYPE'.padEnd(20)} ${pad('BYTES', 12)} ${pad('RESIDENT', 8)} ${pad('SWAPPED', 8)} ${pad('FAULTS', 6)}`;
  return [
    'Memory per process (pages as each process ended, or at the end for one that has not):',
    head,
    // With a memory section every process has its memory part.
    ...processes.flatMap(({ pid, memory: m }) =>
      m
        ? [
            `${pad(pid, 5)} ${(m.types.join(', ') || '-').padEnd(20)} ${pad(m.bytes, 12)} ${pad(m.residentPages, 8)} ${pad(m.swappedPages, 8)} ${pad(m.pageFaults, 6)}`,
          ]
        : [],
    ),
  ];
}

/** The model store under /models: what sharing blobs saved, and where its loads found their blocks. */
function ledgerLine(l: NonNullable<RunResult['fs']>['ledger']): string {
  const v = l.verdict;
  const verified =
    v === null
      ? 'not verified since it last changed'
      : v.ok
        ? `verify-ledger found all ${count(v.checked, 'block')} good`
        : `verify-ledger found block ${v.height} bad (${v.fault.kind})`;
  return `Ledger at /ledger: ${count(l.blocks, 'block')}, ${l.bytes} B stored, head ${l.head.slice(0, 16)}…; ${verified}`;
}

function modelStoreLine(store: NonNullable<NonNullable<RunResult['fs']>['store']>): string {
  const reads = store.loads.flatMap((l) => (l.read ? [l.read] : []));
  const hits = reads.reduce((n, r) => n + r.hits, 0);
  const missed = reads.reduce((n, r) => n + r.missed, 0);
  return `Model store under /models: ${store.stats.sentence}; ${count(store.loads.length, 'load')}, ${reads.length} reading files: ${hits} blocks from the page cache, ${missed} from the disk`;
}

function allocationLine(a: NonNullable<NonNullable<RunResult['fs']>['allocation']>): string {
  const m = a.metaBlocks;
  const fragmented = a.files.filter((f) => f.fragments > 1).length;
  return `Allocation: ${a.strategy}; metadata blocks: ${m.fat} FAT, ${m.indirect} indirect, ${m.extentTree} extent-tree; ${fragmented} of ${count(a.files.length, 'file')} in more than one fragment; ${count(a.moved, 'block')} copied by moves; free-space fragmentation ${pct(a.freeFragmentation)}`;
}

function formatFileSystem(f: NonNullable<RunResult['fs']>): string[] {
  const s = f.stats;
  const g = f.fragmentation;
  return [
    `File system: ${f.blocks} blocks of ${f.blockSize} B, ${f.usedBlocks} in use; ${f.usedInodes} of ${f.inodes} inodes in use (${count(f.files, 'file')}, ${count(f.directories, 'directory', 'directories')}${f.symlinks > 0 ? `, ${count(f.symlinks, 'symbolic link')}` : ''})`,
    ...(f.ffs
      ? [
          `Layout: FFS, ${f.ffs.count} cylinder groups of ${f.ffs.blocksPerGroup} blocks and ${f.ffs.inodesPerGroup} inodes; ${
            f.ffs.largeFileBlocks > 0
              ? `a file moves on to the next group every ${f.ffs.largeFileBlocks} blocks`
              : 'no large-file exception'
          }`,
        ]
      : []),
    ...(f.lfs
      ? [
          `Layout: LFS, a log of ${f.lfs.segments.total} segments of ${f.lfs.segmentBlocks} blocks (${f.lfs.segments.inUse} in use, ${f.lfs.segments.free} free); ${f.lfs.live} blocks live, ${f.lfs.dead} dead`,
          `Cleaner (${f.lfs.config.policy}, below ${f.lfs.config.cleanBelow} free segments up to ${f.lfs.config.cleanTo}): ${count(f.lfs.cleaner.runs, 'run')}, ${count(f.lfs.cleaner.segmentsCleaned, 'segment')} cleaned, ${count(f.lfs.cleaner.blocksCopied, 'live block')} copied; ${f.lfs.writtenBlocks} blocks written for ${f.lfs.userBlocks} the user wrote (write amplification ${f.lfs.writeAmplification ?? '-'})`,
        ]
      : []),
    ...(f.allocation ? [allocationLine(f.allocation)] : []),
    `Fragmentation at the end: ${g.fragmented} of ${g.withBlocks} files and directories in more than one run (${g.runs} runs); free space in ${g.freeRuns} run${g.freeRuns === 1 ? '' : 's'}, the largest ${g.largestFreeRun} blocks`,
    `Block device: ${s.requests} requests (${s.reads} reads of ${s.bytesRead} B, ${s.writes} writes of ${s.bytesWritten} B, ${s.refused} refused), ${s.blocksMoved} blocks moved; busy ${s.busyTicks} ticks; queued ${s.queuedTicks} ticks in all`,
    ...(f.device ? [deviceLine(f.device)] : []),
    `Operations: ${s.operations} (${s.operationsRefused} refused)${
      s.fsckRuns + s.corruptions > 0
        ? `; fsck ran ${s.fsckRuns} time${s.fsckRuns === 1 ? '' : 's'} and fixed ${s.fsckFixes}; ${s.corruptions} corrupted on purpose`
        : ''
    }`,
    ...(f.ledger.blocks > 0 ? [ledgerLine(f.ledger)] : []),
    ...(f.store ? [modelStoreLine(f.store)] : []),
    ...(f.journal
      ? [
          `Journal: ${f.journal.mode === 'none' ? 'none (every block in place)' : `${f.journal.mode} mode`}, a commit ${f.journal.commitTicks} ticks after the first change; ${count(f.journal.commits, 'commit')} of ${count(f.journal.blockWrites, 'block write')} (${f.journal.journalBlocks} into the journal); ${count(f.journal.crashes, 'crash', 'crashes')} lost ${count(f.journal.operationsLost, 'change')}, replay redid ${count(f.journal.transactionsReplayed, 'transaction')}, fsck fixed ${f.journal.fsckFixesAfterCrash} after them; at the end ${count(f.journal.pending, 'change')} not yet committed`,
        ]
      : []),
    ...(f.cache.frames
      ? [
          `Page cache in memory: ${f.cache.held} of ${f.cache.capacity} blocks at the end in ${f.cache.frames.held} CACHE frames (at most ${f.cache.frames.bound}); ${f.cache.evictions} evictions, ${f.cache.writeBacks} dirty blocks written back`,
        ]
      : []),
  ];
}

/** The device beneath, a disk's or an SSD's own figures. */
function deviceLine(d: NonNullable<NonNullable<RunResult['fs']>['device']>): string {
  const head = `${count(d.requests, 'request')} of ${count(d.blocks, 'block')}, busy ${d.busyTicks} ticks`;
  if (d.kind === 'raid') {
    const members = d.members
      .map(
        (m, i) =>
          `disk ${i} ${m.state} (${m.reads} reads, ${m.writes} writes, busy ${m.busyTicks} ticks${m.utilisation === null ? '' : `, ${m.utilisation}%`})`,
      )
      .join(', ');
    const w = d.stripeWrites;
    const stripes =
      d.level >= 4
        ? `; stripes written: ${w.full} full, ${w.reconstruct} reconstruct-write, ${w.readModifyWrite} read-modify-write, ${w.degraded} degraded`
        : '';
    const rebuild =
      d.rebuilding === null
        ? ''
        : `; rebuilding disk ${d.rebuilding.disk}: ${d.rebuilding.done} of ${d.rebuilding.of} offsets`;
    return `RAID ${d.level}: ${head}: ${members}${stripes}; ${count(d.degradedReads, 'degraded read')}, ${count(d.lostReads, 'read')} that lost data, ${d.rebuilt} offsets rebuilt${rebuild}`;
  }
  if (d.kind === 'disk')
    return `Disk: ${head}: seek ${d.seek} + rotate ${d.rotate} + transfer ${d.transfer} ticks; the head ends over track ${d.track}`;
  return `SSD: ${head}: ${count(d.hostWrites, 'host write')}, ${count(d.programs, 'page program')} (write amplification ${d.writeAmplification ?? '-'}), ${count(d.reads, 'page read')}, ${count(d.erases, 'block erase')}, ${count(d.gcPasses, 'GC pass', 'GC passes')}; wear ${d.wearMin} to ${d.wearMax} erases a block, ${d.retired} retired, ${d.failedWrites} writes refused`;
}

function formatMemory(m: NonNullable<RunResult['memory']>): string[] {
  const t = m.stats;
  return [
    `Memory: ${m.frames} frames of ${m.pageSize} B; swap ${m.swap.used} of ${m.swap.slots} slots in use at the end`,
    `Translations ${t.translations}: TLB hits ${t.tlbHits}, misses ${t.tlbMisses}; page faults ${t.pageFaults} (fault rate ${pct(t.faultRate)}); swap-ins ${t.swapIns}, swap-outs ${t.swapOuts}, write-backs ${t.writeBacks}`,
    `Fragmentation at the end: external ${pct(m.fragmentation.external)}, ${m.fragmentation.holes} holes, largest ${m.fragmentation.largestHole} frames; internal ${m.fragmentation.internalBytes} B`,
    `Stalls on references: ${t.stallTicks} ticks (page latency and page-table walks, one tick = 0.1 ms)`,
    ...m.pools
      .filter((p) => p.references > 0)
      .map((p) => `Pool ${p.name}: ${p.references} references, average latency ${p.averageLatency.toFixed(1)} ticks`),
    ...m.alerts.map((a) => `Alert: ${a}`),
  ];
}
