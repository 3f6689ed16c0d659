import { packFlights, type ClusterFrame, type ClusterLayout, type FlightView } from '../../protocol';

/**
 * A cluster frame for the view's tests: `n` nodes on a ring (each linked both ways to the next), all up and
 * whole, with `flights` on their links.
 */
export function ringFrame(n: number, flights: Omit<FlightView, 'link'>[] = [], layout?: ClusterLayout): ClusterFrame {
  const links = Array.from({ length: n }, (_, i) => [
    [i, (i + 1) % n],
    [(i + 1) % n, i],
  ]).flat();
  const linkOf = (from: number, to: number) => links.findIndex(([a, b]) => a === from && b === to);
  const onLink = flights.map((f) => ({ ...f, link: linkOf(f.from, f.to) }));
  return {
    kind: 'cluster',
    version: 3,
    layout: layout ?? { kind: 'ring' },
    nodes: Array.from({ length: n }, (_, i) => ({
      id: `n${i}`,
      status: 'up',
      side: 0,
      processes: [],
      skew: 0,
      held: 0,
    })),
    links: links.map(([from, to], i) => ({
      from: from as number,
      to: to as number,
      queued: 0,
      inFlight: onLink.filter((f) => f.link === i).length,
      delivered: 0,
      lost: 0,
      cut: false,
    })),
    flights: packFlights(onLink),
    flightsTotal: onLink.length,
    shown: 0,
    sent: onLink.length,
    delivered: 0,
    lost: 0,
    panel: null,
  };
}
