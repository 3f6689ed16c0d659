import { lazy, Suspense } from 'react';

// The charts bring recharts: they load when a cache panel is first opened, not with the Files view.
const PageCacheChart = lazy(() => import('./CacheCharts').then((m) => ({ default: m.PageCacheChart })));
const ModelCacheChart = lazy(() => import('./CacheCharts').then((m) => ({ default: m.ModelCacheChart })));

/** A cache's chart over time, loaded on first show: the page cache's (its capacity in blocks) or the models' (budget). */
export function LazyChart({ chart, size }: { chart: 'pages' | 'models'; size: number }) {
  return (
    <Suspense fallback={<p role="status">Loading the chart…</p>}>
      {chart === 'pages' ? <PageCacheChart capacity={size} /> : <ModelCacheChart budget={size} />}
    </Suspense>
  );
}
