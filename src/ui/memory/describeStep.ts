import type { Access, TranslationStep } from '../../core/index';
import { millis, ticks } from './formatTicks';
import { showAddress } from './parseAddress';

export interface StepContext {
  pageSize: number;
  levels: 1 | 2;
  access: Access;
}

const FAULT_WHY = {
  invalid: 'The address is not in any region of the process: the access is refused (a segmentation fault).',
  protection: 'The page exists but does not allow this access: the access is refused (a protection fault).',
  notPresent: 'The page is valid but not in memory: a page fault. The kernel brings it in from swap and retries.',
} as const;

/** Walk levels are numbered from 1 (the directory in a two-level walk). */
function walkTitle(level: number, levels: 1 | 2): string {
  if (levels === 1) return 'Page-table lookup';
  return level === 1 ? 'Level 1: page directory' : 'Level 2: page table';
}

/** One step of a translation as a title and a sentence, for the walkthrough. */
export function describeStep(step: TranslationStep, c: StepContext): { title: string; text: string } {
  switch (step.step) {
    case 'split': {
      const k = Math.log2(step.pageSize);
      const two =
        step.directory !== undefined && step.table !== undefined
          ? `; the VPN splits into directory index ${step.directory} and table index ${step.table}`
          : '';
      return {
        title: 'Split the address',
        text: `Pages are ${step.pageSize} bytes = 2^${k}, so the low ${k} bits are the offset (${step.offset}) and the bits above them the virtual page number (VPN ${step.vpn})${two}.`,
      };
    }
    case 'tlb':
      return step.hit
        ? {
            title: 'TLB lookup: hit',
            text: `The TLB has this page${step.frame === undefined ? '' : ` in frame ${step.frame}`}: no page-table walk is needed.`,
          }
        : { title: 'TLB lookup: miss', text: 'The TLB does not have this page: the MMU walks the page table.' };
    case 'walk': {
      const last = step.level >= c.levels;
      const found =
        step.entry === null
          ? last
            ? 'has no frame: the page is not mapped, or it is in swap'
            : 'is empty: no second-level table covers this part of the address space'
          : last
            ? `maps the page to frame ${step.entry}`
            : `points to second-level table ${step.entry}`;
      return { title: walkTitle(step.level, c.levels), text: `Entry ${step.index} ${found}.` };
    }
    case 'fault':
      return {
        title: `Fault: ${step.kind === 'notPresent' ? 'page not present' : step.kind}`,
        text: `${FAULT_WHY[step.kind]} ${step.detail}`.trim(),
      };
    case 'swapIn': {
      const v = step.victim;
      const victim = v
        ? ` To make room, P${v.pid}'s page ${v.vpn} was evicted${v.dirty ? ' (dirty: written back to swap first)' : ' (clean: its copy in swap is current, so it is dropped)'}.`
        : ' A free frame was used, so nothing was evicted.';
      return {
        title: 'Swap in',
        text: `The page is read from swap slot ${step.slot} into frame ${step.frame}.${victim}`,
      };
    }
    case 'copyOnWrite':
      return {
        title: 'Copy on write',
        text: `The page is shared (frame ${step.from}) and this is a write: the process gets its own copy in frame ${step.frame}, and its page table now points there.`,
      };
    case 'physical': {
      const offset = step.address - step.frame * c.pageSize;
      return {
        title: 'Physical address',
        text: `Frame ${step.frame} × ${c.pageSize} + offset ${offset} = ${showAddress(step.address)}; the ${c.access} goes ahead. The page is ${step.memoryType} memory, tier ${step.tier}: the access takes ${ticks(step.latency)} (${millis(step.latency)}).`,
      };
    }
    default:
      return unknownStep(step);
  }
}

/** A step kind this view does not know yet (a newer core): said plainly instead of breaking the walkthrough. */
function unknownStep(step: never): { title: string; text: string } {
  return { title: 'Step', text: JSON.stringify(step) };
}
