import { sizeText } from '../../core/fs/models/sizeText';
import type { FsPicture } from '../../core/fs/subsystem/view';
import { percent } from '../../shell/format';
import { ModelStoreTables } from './ModelStoreTables';
import { LazyChart } from './LazyChart';

/** The model cache at this tick (sizes in decimal units, as model hubs and the cache's own sentences give them): the weights held in its budget, which are pinned, and what it has done so far. */
export function ModelCachePanel({ fs }: { fs: FsPicture }) {
  const m = fs.figures.models;
  if (!m)
    return (
      <section className="model-cache" aria-labelledby="model-cache-title">
        <h2 id="model-cache-title">Model cache</h2>
        <p>
          This file system has no model cache: add <code>models</code> (a budget in bytes, a load bandwidth, a policy)
          to the fs section, and give AI_INFERENCE processes a <code>model</code>.
        </p>
      </section>
    );
  const s = m.stats;
  const requests = s.hits + s.misses;
  return (
    <section className="model-cache" aria-labelledby="model-cache-title">
      <h2 id="model-cache-title">Model cache</h2>
      <p>
        {m.config.policy} within {sizeText(m.config.budget)}, loading {sizeText(m.config.bandwidth)} a tick:{' '}
        {sizeText(m.used)} held ({percent(m.used / m.config.budget)}).
      </p>
      {m.held.length === 0 ? (
        <p>No model is in memory at this tick.</p>
      ) : (
        <table>
          <caption>Models in memory</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Size</th>
              <th scope="col">Pinned by</th>
              <th scope="col">Requests served</th>
            </tr>
          </thead>
          <tbody>
            {m.held.map((e) => (
              <tr key={e.name}>
                <td>{e.name}</td>
                <td>{sizeText(e.bytes)}</td>
                <td>{e.pins === 0 ? 'none (may be evicted)' : `${e.pins} process${e.pins === 1 ? '' : 'es'}`}</td>
                <td>{e.uses}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        {requests === 0
          ? 'No process has asked for a model yet.'
          : `${s.hits} hits, ${s.misses} misses (hit rate ${percent(s.hits / requests)}); ${s.evictions} evictions; ${sizeText(s.bytesLoaded)} loaded in ${s.loadTicks} ticks.`}
      </p>
      <LazyChart chart="models" size={m.config.budget} />
      {fs.figures.store && <ModelStoreTables store={fs.figures.store} />}
    </section>
  );
}
