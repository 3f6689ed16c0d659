import { describe, expect, it } from 'vitest';
import { REFERENCE_DOWNTIME_MS, referenceComparison, referenceText } from './reference';

describe('the comparison with Clark et al. and QEMU', () => {
  const rows = referenceComparison();
  const downtime = (w: string, m: string): number =>
    (rows.find((r) => r.workload === w && r.method.startsWith(m)) as { downtimeMs: number }).downtimeMs;

  it('runs both workloads under the four methods, each beside its published figure', () => {
    expect(rows).toHaveLength(8);
    for (const r of rows) {
      expect(r.referenceMs).toBe(
        r.workload === 'interactive' ? REFERENCE_DOWNTIME_MS.quake3 : REFERENCE_DOWNTIME_MS.specweb99,
      );
    }
  });

  it('ranks the methods by downtime as the literature does: post-copy < pre-copy < stop-and-copy', () => {
    for (const w of ['interactive', 'writeHeavy']) {
      expect(downtime(w, 'postCopy')).toBeLessThan(downtime(w, 'preCopy (Xen'));
      expect(downtime(w, 'preCopy (QEMU')).toBeLessThan(downtime(w, 'stopAndCopy'));
    }
  });

  it('keeps QEMU-limited pre-copy within its 300 ms limit, and the write-heavy one in the hundreds of ms like SPECweb99', () => {
    expect(downtime('interactive', 'preCopy (QEMU')).toBeLessThanOrEqual(REFERENCE_DOWNTIME_MS.qemuLimit);
    expect(downtime('writeHeavy', 'preCopy (QEMU')).toBeLessThanOrEqual(REFERENCE_DOWNTIME_MS.qemuLimit);
    // A working set written faster than the link sends it: Xen's rounds run out, the downtime stays large.
    expect(downtime('writeHeavy', 'preCopy (Xen')).toBeGreaterThan(100);
    expect(downtime('interactive', 'preCopy (Xen')).toBeLessThan(REFERENCE_DOWNTIME_MS.quake3);
  });

  it('says it is a model and gives each figure', () => {
    const text = referenceText(rows);
    expect(text[0]).toMatch(/^A model, not a measurement/);
    expect(text).toHaveLength(3 + rows.length);
    expect(text[3]).toMatch(/^interactive, stopAndCopy: downtime [\d,]+ ticks \([\d.]+ ms\) beside 60 ms/);
  });
});
