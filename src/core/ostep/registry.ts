import { mallocScript } from './malloc/mallocScript';
import { lotteryScript } from './lottery/lotteryScript';
import { linearTranslateScript } from './linearTranslate/linearTranslateScript';
import { mlfqScript } from './mlfq/mlfqScript';
import { pagingPolicyScript } from './pagingPolicy/pagingPolicyScript';
import { processRunScript } from './processRun/processRunScript';
import { schedulerScript } from './scheduler/schedulerScript';
import type { OstepScript, OstepScriptName } from './script';
import { vsfsScript } from './vsfs/vsfsScript';
import { fsckScript } from './fsck/fsckScript';
import { ffsScript } from './ffs/ffsScript';
import { lfsScript } from './lfs/lfsScript';
import { diskScript } from './disk/diskScript';
import { checksumScript } from './checksum/checksumScript';
import { raidScript } from './raid/raidScript';
import { ssdScript } from './ssd/ssdScript';
import { multiScript } from './multi/multiScript';
import { multilevelTranslateScript } from './multilevelTranslate/multilevelTranslateScript';
import { relocationScript } from './relocation/relocationScript';
import { segmentationScript } from './segmentation/segmentationScript';
import { forkScript } from './fork/forkScript';
import { afsScript } from './afs/afsScript';

/** Every OSTEP script we answer, by OSTEP's name (the type makes a missing one a compile error). */
export const OSTEP_REGISTRY: Record<OstepScriptName, OstepScript> = {
  scheduler: schedulerScript,
  mlfq: mlfqScript,
  lottery: lotteryScript,
  'process-run': processRunScript,
  'paging-linear-translate': linearTranslateScript,
  'paging-policy': pagingPolicyScript,
  malloc: mallocScript,
  vsfs: vsfsScript,
  fsck: fsckScript,
  ffs: ffsScript,
  lfs: lfsScript,
  disk: diskScript,
  checksum: checksumScript,
  raid: raidScript,
  ssd: ssdScript,
  multi: multiScript,
  'paging-multilevel-translate': multilevelTranslateScript,
  relocation: relocationScript,
  segmentation: segmentationScript,
  fork: forkScript,
  afs: afsScript,
};

/** A script by the name a user typed: with or without `.py` or a directory in front. */
export function ostepScriptNamed(name: string): OstepScript | undefined {
  const base = (name.split('/').pop() ?? '').replace(/\.py$/, '');
  return Object.hasOwn(OSTEP_REGISTRY, base) ? OSTEP_REGISTRY[base as OstepScriptName] : undefined;
}

export function supportedScripts(): string {
  return Object.keys(OSTEP_REGISTRY).join(', ');
}
