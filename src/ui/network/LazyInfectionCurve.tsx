import { lazy, Suspense } from 'react';
import type { InfectionData } from '../../protocol';

// The curve brings recharts: it loads when its tab is first opened, not with the Network view.
const InfectionCurve = lazy(() => import('./InfectionCurve').then((m) => ({ default: m.InfectionCurve })));

export function LazyInfectionCurve({ data }: { data: InfectionData | null }) {
  return (
    <Suspense fallback={<p role="status">Loading the chart…</p>}>
      <InfectionCurve data={data} />
    </Suspense>
  );
}
