import { cacheEventWords } from './cacheWarmth';
import { cleanedSentence } from '../fs/lfs/cleaner';
import { assertNever } from '../assertNever';
import { fsckWords } from '../fs/fsckWords';
import { commitWords } from '../fs/subsystem/commitWords';
import { ffsPlacedWords } from '../fs/layout/ffsPlaced';
import { explainDevice, explainDiskPick } from '../fs/device/deviceExplain';
import { explainBlockCheck } from '../fs/device/blockFaults';
import type { FreeStep } from '../heap/types';
import { STOLEN } from '../sched/multiCpu/multiCpuExplain';
import { findPolicy } from '../sched/registry';
import type { PickReason, SimEvent } from './events';
import { layoutWords } from '../memory/registerLayout';
import { remoteFaultText, remoteFlowText, remoteLostText, remoteStallText } from '../network/subsystem/remoteWords';
import { groupedDigits } from '../groupedDigits';

/** How a process is named in sentences: "P3 (llm-infer)", or "P3" without a name. */
export type NameOf = (pid: number) => string | undefined;

const who = (pid: number, nameOf: NameOf): string => {
  const name = nameOf(pid);
  return name && name !== `P${pid}` ? `P${pid} (${name})` : `P${pid}`;
};

const hex = (n: number): string => `0x${n.toString(16).toUpperCase()}`;

/** Bytes in the largest whole unit: "256 KiB", "2 GiB", "300 B". */
function bytes(n: number): string {
  for (const [unit, size] of [
    ['GiB', 2 ** 30],
    ['MiB', 2 ** 20],
    ['KiB', 1024],
  ] as const) {
    if (n >= size && n % size === 0) return `${n / size} ${unit}`;
  }
  return n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`;
}

const ticks = (n: number): string => `${groupedDigits(n)} tick${n === 1 ? '' : 's'}`;
const VERB = { read: 'reads', write: 'writes', execute: 'executes' } as const;

/** Frames as runs: "frames 12–13 and 20", "no frame" (a register pair of bounds 0). */
function framesWords(frames: readonly number[]): string {
  if (frames.length === 0) return 'no frame';
  const runs: string[] = [];
  for (let i = 0; i < frames.length;) {
    let j = i;
    while (j + 1 < frames.length && frames[j + 1] === frames[j]! + 1) j++;
    runs.push(j === i ? `${frames[i]}` : `${frames[i]}–${frames[j]}`);
    i = j + 1;
  }
  return `frame${frames.length === 1 ? '' : 's'} ${list(runs)}`;
}

/** "P1, P2 and P5" */
function list(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A compaction: why (when memory compacted on its own), what moved, how long, and who waits for it. */
function compactWords(ev: Extract<SimEvent, { kind: 'compact' }>, p: (pid: number) => string): string {
  const moved = `${ev.moved} page${ev.moved === 1 ? '' : 's'}`;
  const head = ev.for
    ? `${p(ev.for.pid)} needs ${ev.for.pages} contiguous frames: ${ev.for.free} are free but the largest run is ${ev.for.largest}, so memory is compacted: ${moved} move${ev.moved === 1 ? 's' : ''}, ${ticks(ev.cost)}`
    : `Compaction moves ${moved}, ${ticks(ev.cost)}`;
  if (ev.cost === 0 || ev.pids.length === 0) return `${head}.`;
  const one = ev.pids.length === 1;
  return `${head}, until tick ${groupedDigits(ev.until)}. ${list(ev.pids.map(p))} cannot use ${one ? 'its' : 'their'} memory until then, and wait${one ? 's' : ''} if ${one ? 'it runs' : 'they run'} before.`;
}

/** Why the policy chose this process, in its own terms (its module's words). */
function why(r: PickReason): string {
  const words = {
    among: r.competitors === 1 ? 'the only READY process' : `among ${r.competitors} READY`,
    slice: r.slice !== undefined ? `, slice ${r.slice}` : '',
    gpu:
      (r.skippedForGpu ? `; ${r.skippedForGpu} skipped, their GPUs busy` : '') +
      (r.skippedForAffinity ? `; ${r.skippedForAffinity} skipped, no free CPU in their affinity` : ''),
  };
  return findPolicy(r.policy)?.explain(r, words) ?? words.among;
}

/** A free in words: the heap's own explanation, with what the pointer stood for. */
function freeWords(ptr: number | null, step: FreeStep | null, allocation: number): string {
  if (step === null || ptr === null) return 'its malloc failed, so the pointer is NULL and free(NULL) does nothing.';
  const stale = step.ok && step.owner !== allocation;
  return stale
    ? `its address ${ptr} now belongs to allocation ${step.owner}, so that chunk is the one freed. ${step.explanation}`
    : step.explanation;
}

/** A merged stretch of slices (kernel/loneStretch.ts), told quantum by quantum as a textbook would. */
function lonePicks(name: string, slice: number, quanta: number, tick: number, cpu: number): string {
  const first = tick - (quanta - 1) * slice;
  const when =
    quanta === 2
      ? `at ticks ${groupedDigits(first)} and ${groupedDigits(tick)}`
      : `every ${groupedDigits(slice)} ticks from tick ${groupedDigits(first)} to tick ${groupedDigits(tick)}`;
  const again = quanta === 2 ? 'the first time' : `the first ${groupedDigits(quanta - 1)} times`;
  return (
    `${name}'s quantum of ${groupedDigits(slice)} ticks expired ${groupedDigits(quanta)} times on CPU ${cpu}, ${when}; ${again} ${name} was ` +
    `chosen again at once, the only READY process (no context switch). Now it goes back to the ready queue.`
  );
}

const blockCount = (n: number): string => `${n} block${n === 1 ? '' : 's'}`;

/** A file request: what it touched, what the page cache saved, and how long the process waits for the device. */
/** Where a loaded model's weights went in memory, when the scenario has memory management. */
function modelFramesWords(frames: Extract<SimEvent, { kind: 'modelLoad' }>['frames']): string {
  if (!frames) return '';
  const freed = frames.freed > 0 ? `, after evicted models gave back ${frames.freed}` : '';
  return `, its weights in ${frames.taken} pinned AI_MODEL frame${frames.taken === 1 ? '' : 's'} of the aiModels pool${freed}`;
}

/** A count with its noun, in thousands as a narration prints them: "1,024 blocks", "1 file". */
const counted = (k: number, one: string): string => `${groupedDigits(k)} ${one}${k === 1 ? '' : 's'}`;

/** What reading a store model's snapshot did: its files and blocks, the page cache's hits, the device's work. */
function snapshotReadWords(read: Extract<SimEvent, { kind: 'modelLoad' }>['read']): string {
  if (!read) return '';
  const what = `: ${counted(read.files, 'file')}, ${counted(read.blocks, 'block')}`;
  if (read.missed === 0) return `${what}, all in the page cache (no disk read), then copies its weights`;
  const hits = read.hits === 0 ? '' : `, ${counted(read.hits, 'hit')}`;
  return `${what}: ${groupedDigits(read.missed)} missed the page cache${hits}, the device reading until tick ${groupedDigits(read.until)}; then copies its weights`;
}

function cacheShrinkWords(ev: Extract<SimEvent, { kind: 'cacheShrink' }>, needs: string): string {
  const reason = ev.hole
    ? `${needs} needs a run of ${ev.pages} free frames and the cached blocks are scattered`
    : `${needs} needs ${ev.pages} frame${ev.pages === 1 ? '' : 's'}`;
  const dirty =
    ev.dirty === 0 || ev.until === null
      ? ''
      : `; ${ev.dirty} dirty block${ev.dirty === 1 ? ' is' : 's are'} written back, the disk busy until tick ${groupedDigits(ev.until)}`;
  return `Page cache shrinks by ${ev.blocks} block${ev.blocks === 1 ? '' : 's'} (${ev.frames} frame${ev.frames === 1 ? '' : 's'} back to memory): ${reason}${dirty}.`;
}

/** What finding a file's blocks cost under its allocation strategy: "2 indirect blocks to find them". */
const META_NOUN = { fat: 'FAT block', indirect: 'indirect block', extentTree: 'extent-tree block' } as const;

function metaWords(ev: Extract<SimEvent, { kind: 'fileIo' }>): string {
  if (!ev.meta) return '';
  const { blocks: n, holds, disk } = ev.meta;
  const noun = `${n} ${META_NOUN[holds]}${n === 1 ? '' : 's'}`;
  const where = disk === 0 ? ', in the page cache' : disk === n ? '' : `, ${disk} from the disk`;
  return `, ${noun} ${ev.request === 'read' ? 'to find them' : 'pointing at them'}${where}`;
}

function movedWords(ev: Extract<SimEvent, { kind: 'fileIo' }>): string {
  if (!ev.moved) return '';
  return `; it could not grow in place, so its ${blockCount(ev.moved)} moved to a free run that holds it all (read and written again: contiguous allocation)`;
}

function fileIoWords(ev: Extract<SimEvent, { kind: 'fileIo' }>, name: string): string {
  const reading = ev.request === 'read';
  const what = `${name} ${reading ? 'reads' : 'writes'} ${bytes(ev.bytes)} ${reading ? 'of' : 'to'} ${ev.path}`;
  if (ev.blocks === 0) return `${what}: the end of the file, nothing to read, so it does not wait.`;
  const cache = reading
    ? ev.cached === ev.blocks
      ? `all ${ev.blocks === 1 ? '' : `${ev.blocks} `}in the page cache`
      : ev.cached > 0
        ? `${ev.cached} in the page cache, ${blockCount(ev.blocks - ev.cached)} from the disk`
        : 'none in the page cache'
    : ev.disk === 0
      ? 'into the page cache (written back later)'
      : '';
  const head = `${what} (${blockCount(ev.blocks)}${cache ? `: ${cache}` : ''}${metaWords(ev)})${movedWords(ev)}`;
  if (ev.until === ev.tick) return `${head}: no disk work, so it does not wait.`;
  if (ev.queued !== undefined) {
    const others = ev.queued === 0 ? 'none waiting before it' : `${ev.queued} waiting before it`;
    return `${head}: it blocks, WAITING in the disk's queue (the disk is busy until tick ${groupedDigits(ev.start)}, ${others}); the disk's policy picks the next request each time it comes free.`;
  }
  const queue =
    ev.ahead === 0
      ? 'the device serves it at once'
      : `${ev.ahead} request${ev.ahead === 1 ? '' : 's'} ahead of it, the device serves it from tick ${groupedDigits(ev.start)}`;
  const moved = ev.disk === ev.blocks ? '' : ` (${blockCount(ev.disk)})`;
  return `${head}: it blocks, WAITING for the disk${moved} until tick ${groupedDigits(ev.until)}; ${queue}.`;
}

/** One sentence per event: the narration in the UI and the CLI trace use this same function. */
export function explain(ev: SimEvent, nameOf: NameOf = () => undefined): string {
  const p = (pid: number): string => who(pid, nameOf);
  switch (ev.kind) {
    case 'arrive':
      return `${p(ev.pid)} arrives and is READY.`;
    case 'dispatch': {
      const gpus = ev.gpus.length > 0 ? ` with GPU ${ev.gpus.join(', ')}` : '';
      return `${p(ev.pid)} chosen for CPU ${ev.cpu}${gpus}: ${why(ev.reason)}.`;
    }
    case 'switch':
      return `CPU ${ev.cpu} switches context ${ev.from === null ? 'from idle' : `from ${p(ev.from)}`} to ${ev.to === null ? 'idle' : p(ev.to)} until tick ${groupedDigits(ev.until)}.`;
    case 'preempt': {
      const keys = ev.key !== undefined && ev.byKey !== undefined ? ` (${ev.byKey} beats ${ev.key})` : '';
      return `${p(ev.pid)} is preempted on CPU ${ev.cpu} by ${p(ev.by)}${keys} under ${ev.policy}.`;
    }
    case 'quantumExpired':
      return ev.quanta === undefined
        ? `${p(ev.pid)} used its ${ev.slice}-tick slice on CPU ${ev.cpu} and goes back to the ready queue.`
        : lonePicks(p(ev.pid), ev.slice, ev.quanta, ev.tick, ev.cpu);
    case 'ioStart':
      return `${p(ev.pid)} blocks for I/O${ev.device === null ? '' : ` on device ${ev.device}`} until tick ${groupedDigits(ev.until)}.`;
    case 'ioQueued':
      return `${p(ev.pid)} waits for an I/O device (position ${ev.position} in the device queue).`;
    case 'ioDone':
      return `${p(ev.pid)} finishes its I/O.`;
    case 'exit':
      return `${p(ev.pid)} completes and terminates.`;
    case 'reparent': {
      const many = ev.orphans.length > 1;
      const orphans = `${list(ev.orphans.map(p))}, ${many ? 'its children, are' : 'its child, is'}`;
      return ev.to === null
        ? `${p(ev.pid)} has ended: ${orphans} orphaned and ${many ? 'become roots' : 'becomes a root'} of the process tree (there is no init: no parentless SYSTEM process is running).`
        : `${p(ev.pid)} has ended: ${orphans} adopted by init, ${p(ev.to)} (the parentless SYSTEM process of lowest pid), as Unix re-parents orphans.`;
    }
    case 'idle':
      return `CPU ${ev.cpu} is idle: no READY process can run on it.`;
    case 'hold':
      return ev.until === null
        ? `CPU ${ev.cpu} waits, idle, for ${p(ev.pid)} while it does I/O: the CPU switches only when a process ends.`
        : `CPU ${ev.cpu} stays idle until tick ${groupedDigits(ev.until)}: ${p(ev.pid)}'s quantum runs to its end (the clock moves by whole quanta).`;
    case 'demote':
      return `${p(ev.pid)} used up its allotment (${ev.unit}) at level ${ev.from} and moves down to level ${ev.to}.`;
    case 'promote':
      return `${p(ev.pid)} waited ${groupedDigits(ev.waited)} ticks at level ${ev.from} and is aged up to level ${ev.to}.`;
    case 'boost':
      return `Priority boost: every process returns to the top queue (${ev.moved} moved up).`;
    case 'age':
      return `${p(ev.pid)} has waited long enough to age from priority ${ev.from} to ${ev.to}.`;
    case 'deadlineMiss':
      return ev.tick < ev.deadline
        ? `${p(ev.pid)} will miss its deadline at tick ${groupedDigits(ev.deadline)}: the run has stopped with it unfinished, and nothing is left that would let it run.`
        : `${p(ev.pid)} missed its deadline at tick ${groupedDigits(ev.deadline)}.`;
    case 'op':
      if (ev.op === 'create') return `${p(ev.pid)} is created.`;
      if (ev.op === 'setPriority') return `${p(ev.pid)} now has priority ${ev.priority}.`;
      return `${p(ev.pid)} ${ev.op === 'kill' ? 'is killed' : ev.op === 'suspend' ? 'is suspended' : 'is resumed'}: ${ev.from} → ${ev.to}.`;
    case 'refused':
      return `Refused to ${ev.op} P${ev.pid}: ${ev.why}.`;
    case 'memAlloc':
      return `${p(ev.pid)} gets ${bytes(ev.bytes)} of ${ev.memoryType} memory: ${ev.pages} page${ev.pages === 1 ? '' : 's'} at virtual address ${hex(ev.address)}.`;
    case 'memWait':
      return `${p(ev.pid)} waits in NEW for ${bytes(ev.bytes)} of memory: ${ev.why}`;
    case 'memRefused':
      return `${p(ev.pid)} is refused ${bytes(ev.bytes)} of memory: ${ev.why}`;
    case 'memFree':
      return `${p(ev.pid)} frees ${ev.pages} page${ev.pages === 1 ? '' : 's'}${ev.address === null ? '' : ` at ${hex(ev.address)}`}.`;
    case 'pageFault': {
      const victim = ev.victim
        ? `; it evicts P${ev.victim.pid}'s page ${ev.victim.vpn}${ev.victim.dirty ? ' (dirty: written back first)' : ''}`
        : '';
      const wait =
        ev.until === ev.tick
          ? `the page comes into frame ${ev.frame} at once (a swap-in of 0 ticks), so it does not block`
          : `it blocks until tick ${groupedDigits(ev.until)} while the page comes into frame ${ev.frame}`;
      return `${p(ev.pid)} page fault at ${hex(ev.address)} (page ${ev.vpn} is in swap): ${wait}${victim}.`;
    }
    case 'pageIn':
      return `${p(ev.pid)}'s page is in memory; it is READY again.`;
    case 'frameWait':
      return `${p(ev.pid)} page fault at ${hex(ev.address)} (page ${ev.vpn} is in swap), but the only frame that could take it holds the page ${p(ev.holder)} was just given and has not used yet: it waits until tick ${groupedDigits(ev.until)} and tries again.`;
    case 'frameRetry':
      return `${p(ev.pid)} tries its memory reference again; it is READY.`;
    case 'segfault': {
      if (ev.fault === 'bounds') {
        const what = `${ev.access} at VA ${hex(ev.address)}: ${ev.why ?? 'segmentation violation'}`;
        return ev.killed
          ? `${p(ev.pid)} is killed on ${what}.`
          : `${p(ev.pid)} is signalled on ${what}; the access is skipped and it carries on.`;
      }
      const what = `${ev.fault === 'invalid' ? 'invalid address' : 'protection violation'} on ${ev.access} at ${hex(ev.address)}${ev.why === undefined ? '' : ` (${ev.why})`}`;
      return ev.killed ? `${p(ev.pid)} is killed: ${what}.` : `${p(ev.pid)}: ${what}; the access is refused.`;
    }
    case 'mmuLoad':
      return `${p(ev.pid)}'s MMU registers (${ev.layout.mode}): ${layoutWords(ev.layout)}; ${framesWords(ev.frames)}${ev.placed === null ? ', where the scenario puts them' : `, placed by ${ev.placed}`}.`;
    case 'regRef':
      return ev.walk
        ? `${p(ev.pid)} ${VERB[ev.access]} VA ${hex(ev.address)}: ${ev.walk.join(' ')} ${ev.memoryType}, ${ticks(ev.latency)}, plus ${ticks(ev.reads ?? 0)} for the PDE and PTE reads: it stalls on CPU ${ev.cpu} for ${ticks(ev.latency + (ev.reads ?? 0))}.`
        : `${p(ev.pid)} ${VERB[ev.access]} VA ${hex(ev.address)}: ${ev.why}; ${ev.memoryType}, ${ticks(ev.latency)}: it stalls on CPU ${ev.cpu} for them.`;
    case 'access':
      return `${p(ev.pid)} accesses ${hex(ev.address)} → physical ${hex(ev.physical)} (TLB ${ev.tlbHit ? 'hit' : 'miss'}).`;
    case 'memRef': {
      const walk = ev.walk > 0 ? `, plus ${ticks(ev.walk)} for the page-table walk (TLB miss)` : '';
      return `${p(ev.pid)} ${VERB[ev.access]} ${hex(ev.address)}: ${ev.memoryType}, tier ${ev.tier}, ${ticks(ev.latency)}${walk}; it stalls on CPU ${ev.cpu} for ${ev.walk > 0 ? ticks(ev.latency + ev.walk) : 'them'}.`;
    }
    case 'compact':
      return compactWords(ev, p);
    case 'compactWait':
      return `${p(ev.pid)} cannot use its memory until the compaction ends at tick ${groupedDigits(ev.until)}: it waits (WAITING for memory).`;
    case 'compactDone':
      return `The compaction is over: ${p(ev.pid)}'s memory is in place, and it is READY again.`;
    case 'memAlert':
      return `Memory alert: ${ev.text}`;
    case 'malloc':
      return `${p(ev.pid)} malloc, allocation ${ev.allocation}: ${ev.step.explanation}`;
    case 'free':
      return `${p(ev.pid)} frees allocation ${ev.allocation}: ${freeWords(ev.ptr, ev.step, ev.allocation)}`;
    case 'fsOp':
      if (ev.error !== null)
        return `File system: ${ev.line} is refused, ${ev.error.code}: ${ev.error.message}; nothing changes.`;
      if (ev.said !== undefined) return `Ledger: ${ev.line}: ${ev.said}`;
      if (ev.told !== undefined) return `File system: ${ev.line}: ${ev.told}.`;
      if (ev.fsck) return `File system: ${fsckWords(ev.fsck)}`;
      if (ev.corrupted !== undefined)
        return `File system: ${ev.line} breaks it on purpose: ${ev.corrupted} (fsck.py's words); fsck finds and repairs it.`;
      if (ev.placed) return `File system: ${ev.line}: ${ffsPlacedWords(ev.placed)}`;
      if (!ev.flushed) return `File system: ${ev.line}.`;
      return ev.flushed.blocks === 0
        ? 'File system: sync: no dirty block in the page cache, nothing to write.'
        : `File system: sync writes ${ev.flushed.blocks} dirty cached block${ev.flushed.blocks === 1 ? '' : 's'} to the disk, busy until tick ${groupedDigits(ev.flushed.until)}.`;
    case 'fileIo':
      return ev.placed ? `${fileIoWords(ev, p(ev.pid))} ${ffsPlacedWords(ev.placed)}` : fileIoWords(ev, p(ev.pid));
    case 'deviceServed': {
      const whose = ev.forPid === null ? "the kernel's" : `${p(ev.forPid)}'s`;
      const picked =
        ev.reason.kind === 'disk' && ev.reason.pick
          ? `${explainDiskPick(ev.reason.pick, ev.forPid === null ? 'the kernel' : p(ev.forPid), ev.reason.tracks)}; `
          : '';
      return `Device: ${whose} request, ticks ${groupedDigits(ev.start)} to ${groupedDigits(ev.until)}: ${picked}${explainDevice(ev.reason)}.`;
    }
    case 'blockChecked':
      return `Device: ${p(ev.forPid)}'s read: ${explainBlockCheck(ev.check)}.`;
    case 'fileRefused':
      return `${p(ev.pid)}'s ${ev.request} of ${ev.path} fails, ${ev.error.code}: ${ev.error.message}; it carries on.`;
    case 'ledger':
      return ev.failed === null
        ? `${p(ev.pid)} appends to the ledger: ${ev.sentence}`
        : `${p(ev.pid)} ${ev.sentence.replace(/\.$/, '')}: ${ev.failed.message}.`;
    case 'modelLoad':
      if (ev.failed)
        return `${p(ev.pid)} cannot load ${ev.model}, ${ev.failed.code}: ${ev.failed.message}${ev.said.length > 0 ? ` (${ev.said.join('; ')})` : ''}; it is killed.`;
      return ev.hit
        ? `${p(ev.pid)} finds ${ev.model} in the model cache: its weights are in memory, pinned while it runs.`
        : `${p(ev.pid)} loads ${ev.model}${snapshotReadWords(ev.read)} into the model cache (${ev.said.join('; ')})${modelFramesWords(ev.frames)}: it waits, WAITING, ${ticks(ev.ticks)}.`;
    case 'cacheShrink':
      return cacheShrinkWords(ev, ev.forPid === null ? 'the kernel' : p(ev.forPid));
    case 'fileDone':
      return `${p(ev.pid)}'s file request is done; it is READY again.`;
    case 'fsCommit':
      return commitWords(ev);
    case 'logCleaned':
      return `File system: the log's cleaner, before ${ev.line}: ${cleanedSentence(ev.cleaned)}.`;
    case 'descriptorsClosed':
      return `${p(ev.pid)} has ended: the kernel closes its descriptors (${ev.closed.join('; ')}).`;
    case 'netWait':
      return `${p(ev.pid)} waits for ${NET_WAIT_WORDS[ev.for]}, WAITING ${ev.until === null ? 'until one comes' : `until tick ${groupedDigits(ev.until)} at most`}.`;
    case 'netDone':
      return `${p(ev.pid)}'s wait for the network is over; it is READY again.`;
    case 'remoteFault':
      return `${remoteFaultText(p(ev.pid), ev.pages, ev.from, ev.until - ev.tick)}: WAITING until tick ${groupedDigits(ev.until)}.`;
    case 'remoteLost':
      return `${remoteLostText(p(ev.pid), ev.unsent, ev.from)}.`;
    case 'remoteStall':
      return `${remoteStallText(p(ev.pid), ev.pages, ev.from, ev.why)}.`;
    case 'remoteFlow':
      return `${remoteFlowText(p(ev.pid), ev.pages, ev.from, ev.until)}.`;
    case 'cache':
      return `${cacheEventWords(ev.change, p)}.`;
    case 'steal':
      return ev.stolen === null
        ? `CPU ${ev.cpu}'s queue is empty: it peeks at CPU ${ev.from}'s queue and finds nothing it may take.`
        : `CPU ${ev.cpu}'s queue is empty: it peeks at CPU ${ev.from}'s queue and steals ${p(ev.stolen)}, to the end of its own (${STOLEN[ev.reason ?? 'any-cpu']}).`;
    default:
      return assertNever(ev);
  }
}

const NET_WAIT_WORDS: Record<Extract<SimEvent, { kind: 'netWait' }>['for'], string> = {
  send: 'its bytes to leave at its network bandwidth',
  receive: 'a message',
  reply: 'the reply to its request',
  request: 'a request to serve',
};
