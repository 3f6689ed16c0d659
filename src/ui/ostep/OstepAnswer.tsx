import { lazy, Suspense } from 'react';
import type {
  LinearTranslateAnswers,
  LotteryAnswers,
  MallocAnswers,
  MlfqAnswers,
  PagingPolicyAnswers,
  ProcessRunAnswers,
  SchedulerAnswers,
  VsfsAnswers,
  FsckAnswers,
  FfsAnswers,
  LfsAnswers,
  DiskAnswers,
  ChecksumAnswers,
  RaidAnswers,
  SsdAnswers,
  MultiAnswers,
  MultilevelTranslateAnswers,
  RelocationAnswers,
  SegmentationAnswers,
  ForkAnswers,
  AfsAnswers,
} from '../../core/index';
import type { OstepSolvedResult } from '../../store/ostepSlice';
import { AllocatorView } from './AllocatorView';
import { LinearTranslatePanel } from './LinearTranslatePanel';
import { LotteryPanel } from './LotteryPanel';
import { MlfqPanel } from './MlfqPanel';
import { PagingPolicyPanel } from './PagingPolicyPanel';
import { ProcessRunView } from './ProcessRunView';
import { SchedulerPanel } from './SchedulerPanel';
import { VsfsView } from './VsfsView';
import { FsckView } from './FsckView';
import { FfsView } from './FfsView';
import { LfsView } from './LfsView';

// recharts comes with the disk's chart only when a disk answer shows
const DiskView = lazy(() => import('./DiskView').then((m) => ({ default: m.DiskView })));
// the checksum picture brings the core's checksum modules with it, when a checksum answer shows
const ChecksumView = lazy(() => import('./ChecksumView').then((m) => ({ default: m.ChecksumView })));
// the RAID picture comes with a RAID answer only
const RaidView = lazy(() => import('./RaidView').then((m) => ({ default: m.RaidView })));
// the SSD picture and its write-amplification chart come with an SSD answer only
const SsdView = lazy(() => import('./SsdView').then((m) => ({ default: m.SsdView })));
// the CPU timeline comes with a multi answer only
const MultiView = lazy(() => import('./MultiView').then((m) => ({ default: m.MultiView })));
// the memory dump's picture brings the core's two-level walker with it, when a multi-level answer shows
const MultilevelTranslateView = lazy(() =>
  import('./MultilevelTranslateView').then((m) => ({ default: m.MultilevelTranslateView })),
);
// the base-and-bounds and segments picture comes with a relocation or segmentation answer only
const RelocationView = lazy(() => import('./RelocationView').then((m) => ({ default: m.RelocationView })));
const SegmentationView = lazy(() => import('./SegmentationView').then((m) => ({ default: m.SegmentationView })));
// the process tree's picture comes with a fork answer only
const ForkView = lazy(() => import('./ForkView').then((m) => ({ default: m.ForkView })));
// the message sequence diagram and the AFS model's words come with an AFS answer only
const AfsView = lazy(() => import('./AfsView').then((m) => ({ default: m.AfsView })));

/** The answer panel of the script that answered (`answer` is that script's OUTPUT.md JSON; null for -h). */
export function OstepAnswer({ result }: { result: OstepSolvedResult }) {
  const a = result.answer;
  if (a === null || a === undefined) return null;
  switch (result.script) {
    case 'scheduler':
      return <SchedulerPanel answer={a as SchedulerAnswers} />;
    case 'mlfq':
      return <MlfqPanel answer={a as MlfqAnswers} />;
    case 'lottery':
      return <LotteryPanel answer={a as LotteryAnswers} />;
    case 'process-run':
      return <ProcessRunView answer={a as ProcessRunAnswers} />;
    case 'paging-linear-translate':
      return <LinearTranslatePanel answer={a as LinearTranslateAnswers} />;
    case 'paging-policy':
      return <PagingPolicyPanel answer={a as PagingPolicyAnswers} />;
    case 'malloc':
      return <AllocatorView answer={a as MallocAnswers} heap={result.heap ?? []} />;
    case 'vsfs':
      return <VsfsView answer={a as VsfsAnswers} />;
    case 'fsck':
      return <FsckView answer={a as FsckAnswers} />;
    case 'ffs':
      return <FfsView answer={a as FfsAnswers} />;
    case 'lfs':
      return <LfsView answer={a as LfsAnswers} />;
    case 'disk':
      return (
        <Suspense fallback={<p>Loading the disk…</p>}>
          <DiskView answer={a as DiskAnswers} />
        </Suspense>
      );
    case 'checksum':
      return (
        <Suspense fallback={<p>Loading the checksums…</p>}>
          <ChecksumView answer={a as ChecksumAnswers} />
        </Suspense>
      );
    case 'raid':
      return (
        <Suspense fallback={<p>Loading the RAID…</p>}>
          <RaidView answer={a as RaidAnswers} />
        </Suspense>
      );
    case 'ssd':
      return (
        <Suspense fallback={<p>Loading the SSD…</p>}>
          <SsdView answer={a as SsdAnswers} />
        </Suspense>
      );
    case 'multi':
      return (
        <Suspense fallback={<p>Loading the CPUs…</p>}>
          <MultiView answer={a as MultiAnswers} />
        </Suspense>
      );
    case 'paging-multilevel-translate':
      return (
        <Suspense fallback={<p>Loading the page tables…</p>}>
          <MultilevelTranslateView answer={a as MultilevelTranslateAnswers} />
        </Suspense>
      );
    case 'relocation':
      return (
        <Suspense fallback={<p>Loading the address space…</p>}>
          <RelocationView answer={a as RelocationAnswers} />
        </Suspense>
      );
    case 'segmentation':
      return (
        <Suspense fallback={<p>Loading the address space…</p>}>
          <SegmentationView answer={a as SegmentationAnswers} />
        </Suspense>
      );
    case 'fork':
      return (
        <Suspense fallback={<p>Loading the process tree…</p>}>
          <ForkView answer={a as ForkAnswers} />
        </Suspense>
      );
    case 'afs':
      return (
        <Suspense fallback={<p>Loading the AFS diagram…</p>}>
          <AfsView answer={a as AfsAnswers} />
        </Suspense>
      );
  }
}
