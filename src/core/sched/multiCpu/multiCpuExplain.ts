import { explainCacheEvent } from '../../kernel/cacheWarmth';
import type { MultiCpuDecision, StealReason } from './multiCpuTypes';

const queueName = (queue: number | null): string => (queue === null ? 'the shared queue' : `CPU ${queue}'s queue`);

/** Why a job may be stolen, in words (the kernel's narration of a steal uses them too). */
export const STOLEN: Record<StealReason, string> = {
  'any-cpu': 'it may run on any CPU',
  affinity: 'its affinity allows this CPU',
  'multi.py-record':
    "its run time or working-set size equals this CPU's number, which multi.py's check (`cpu in job`) takes for affinity",
};

/** A multiprocessor scheduling decision in words, for the narration and the CLI alike. */
export function explainMultiCpuDecision(d: MultiCpuDecision): string {
  const at = `at ${d.t}: `;
  switch (d.kind) {
    case 'preempt':
      return `${at}the quantum ends: job ${d.job} leaves CPU ${d.cpu} for the end of ${queueName(d.queue)}`;
    case 'peek':
      return `${at}CPU ${d.cpu}'s queue is empty; it peeks at CPU ${d.from}'s queue and finds no job it may take`;
    case 'steal':
      return `${at}CPU ${d.cpu}'s queue is empty; it steals job ${d.job} from CPU ${d.from}'s queue: ${STOLEN[d.reason]}`;
    case 'dispatch': {
      const passed =
        d.passedOver > 0
          ? `, passing over ${d.passedOver} job${d.passedOver === 1 ? '' : 's'} whose affinity excludes it`
          : '';
      return `${at}CPU ${d.cpu} is idle and takes job ${d.job} from ${queueName(d.queue)}${passed}`;
    }
    case 'finish':
      return `${at}job ${d.job} finishes on CPU ${d.cpu}`;
    case 'cache':
      return `${at}${explainCacheEvent(d.event)}`;
  }
}
