import type { RepairPass } from './repair';

const PASSES: readonly RepairPass[] = ['blocks', 'directories', 'orphans', 'links', 'bitmaps'];

/** fsck's report in words: how many of its passes found nothing, and each fix. */
export function fsckWords(fixes: readonly { pass: RepairPass; message: string }[]): string {
  const clean = PASSES.filter((p) => !fixes.some((f) => f.pass === p)).length;
  const checked = `fsck checked blocks, directories, orphans, link counts and bitmaps: ${clean} of ${PASSES.length} passes found nothing`;
  if (fixes.length === 0) return `${checked}; the file system is consistent, nothing to fix.`;
  return `${checked}; fixed ${fixes.length}: ${fixes.map((f) => f.message).join('; ')}.`;
}
