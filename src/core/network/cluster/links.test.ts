import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seedRng } from '../../kernel/rng';
import { DEFAULT_LINK, type LinkSpec } from '../config';
import { crossLink, drawLatency, newLinkRun, serialisationTicks } from './links';

const spec = (over: Partial<LinkSpec>): LinkSpec => ({ ...DEFAULT_LINK, ...over });

describe('a link', () => {
  it('delays by its latency plus the time its bytes take on the wire, behind the queue', () => {
    const link = newLinkRun(0, 1, spec({ latency: { kind: 'constant', ticks: 5 }, bandwidthMbps: 8 }));
    const rng = seedRng(1);
    // 8 Mbit/s moves 100 bytes a tick: 250 bytes take 3 ticks
    expect(serialisationTicks(250, 8)).toBe(3);
    expect(crossLink(link, 250, 10, rng)).toMatchObject({ kind: 'sent', arrivals: [18] });
    // the wire is busy until 13: the next 100 bytes leave then, take 1 tick and 5 more
    expect(crossLink(link, 100, 10, rng)).toMatchObject({ kind: 'sent', arrivals: [19] });
  });

  it('draws latencies within their bounds, never below a tick', () => {
    const rng = seedRng(7);
    for (let i = 0; i < 200; i++) {
      const u = drawLatency({ kind: 'uniform', min: 3, max: 6 }, rng);
      expect(u).toBeGreaterThanOrEqual(3);
      expect(u).toBeLessThanOrEqual(6);
      expect(drawLatency({ kind: 'exponential', mean: 2 }, rng)).toBeGreaterThanOrEqual(1);
    }
    const sum = Array.from({ length: 4000 }, () => drawLatency({ kind: 'exponential', mean: 50 }, rng)).reduce(
      (a, b) => a + b,
    );
    // the mean of ceil(Exp(50)) is about 50.5
    expect(Math.abs(sum / 4000 - 50.5)).toBeLessThan(3);
  });

  it('keeps FIFO order unless a message is reordered, and counts what it loses', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 500 })), { maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, sends, loss) => {
          const link = newLinkRun(
            0,
            1,
            spec({ latency: { kind: 'uniform', min: 1, max: 40 }, bandwidthMbps: 1, loss }),
          );
          const rng = seedRng(seed);
          let now = 0;
          let last = 0;
          let lost = 0;
          for (const [gap, bytes] of sends) {
            now += gap;
            const out = crossLink(link, bytes, now, rng);
            if (out.kind === 'lost') {
              lost++;
              continue;
            }
            const at = out.arrivals[0] as number;
            expect(at).toBeGreaterThan(now);
            expect(at).toBeGreaterThanOrEqual(last);
            last = at;
          }
          expect(link.lost).toBe(lost);
          expect(link.sent).toBe(sends.length);
        },
      ),
    );
  });

  it('drops, duplicates and delays the next message when a fault says so', () => {
    const link = newLinkRun(0, 1, DEFAULT_LINK);
    const rng = seedRng(1);
    link.dropNext = 1;
    expect(crossLink(link, 10, 0, rng)).toEqual({ kind: 'lost', reason: 'faultDrop' });
    link.duplicateNext = 1;
    link.delayNext.push(30);
    expect(crossLink(link, 10, 0, rng)).toEqual({
      kind: 'sent',
      arrivals: [40, 41],
      reordered: false,
      duplicated: 'fault',
      delayed: 30,
    });
  });
});
