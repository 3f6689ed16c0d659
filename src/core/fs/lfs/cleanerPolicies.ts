/** A segment the cleaner could clean: how many of its blocks are live, and how long ago it was last written. */
export interface Candidate {
  segment: number;
  live: number;
  /** operations since a block was last written into it */
  age: number;
}

/** How the cleaner picks its next segment: one rule, compared in integers, and its words. */
export interface CleanerPolicy {
  label: string;
  description: string;
  /** true when `a` is a better pick than `b` (ties keep the lower segment, which is looked at first) */
  better(a: Candidate, b: Candidate, segmentBlocks: number): boolean;
  /** why it picked `c`, completing "segment 3 cleaned: ...; " */
  why(c: Candidate, segmentBlocks: number): string;
}

/**
 * Rosenblum and Ousterhout's benefit over cost: (1 − u)·age / (1 + u) with u = live / segmentBlocks, which is
 * (segmentBlocks − live)·age / (segmentBlocks + live); two are compared by cross-multiplying, so no rounding.
 */
const benefit = (c: Candidate, n: number): [number, number] => [(n - c.live) * c.age, n + c.live];

export const CLEANER_POLICY_NAMES = ['greedy', 'cost-benefit'] as const;
export type CleanerPolicyName = (typeof CLEANER_POLICY_NAMES)[number];

/** The policies by name: a typed Record, so a name without a policy is a compile error. */
export const CLEANER_POLICIES: Readonly<Record<CleanerPolicyName, CleanerPolicy>> = {
  greedy: {
    label: 'greedy',
    description: 'Cleans the segment with the fewest live blocks: the least copying now.',
    better: (a, b) => a.live < b.live,
    why: () => 'greedy picks the fewest live',
  },
  'cost-benefit': {
    label: 'cost-benefit',
    description:
      'Rosenblum and Ousterhout: the highest (1−u)·age/(1+u), so a cold segment is cleaned while still fairly full and a hot one is left to die further.',
    better: (a, b, n) => {
      const [pa, qa] = benefit(a, n);
      const [pb, qb] = benefit(b, n);
      return pa * qb > pb * qa;
    },
    why: (c, n) =>
      `cost-benefit picks the highest (1−u)·age/(1+u), here u = ${c.live}/${n} and age ${c.age} operations`,
  },
};
