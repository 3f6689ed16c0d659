import { sizeText } from '../../core/fs/models/sizeText';
import type { FsResult } from '../../core/fs/subsystem/result';

type Store = NonNullable<FsResult['store']>;

/** A blob's name as the panel shows it: its first 12 hex digits, as short hashes go (the full name is its title). */
const shortBlob = (blob: string): string => `${blob.slice(0, 12)}…`;

/**
 * The model store under /models: each load so far with what the page cache and the device did, and each blob with
 * the snapshot files that hold it (several: one blob stored once for all of them).
 */
export function ModelStoreTables({ store }: { store: Store }) {
  return (
    <>
      {store.loads.length === 0 ? (
        <p>No process has loaded a model of the store yet.</p>
      ) : (
        <table>
          <caption>Model loads</caption>
          <thead>
            <tr>
              <th scope="col">Tick</th>
              <th scope="col">Process</th>
              <th scope="col">Model</th>
              <th scope="col">Model cache</th>
              <th scope="col">Page-cache hits</th>
              <th scope="col">Page-cache misses</th>
              <th scope="col">Load time</th>
            </tr>
          </thead>
          <tbody>
            {store.loads.map((l) => (
              <tr key={`${l.tick} ${l.pid}`}>
                <td>{l.tick}</td>
                <td>P{l.pid}</td>
                <td>{l.model}</td>
                <td>{l.hit ? 'hit' : 'miss'}</td>
                <td>{l.read ? `${l.read.hits} of ${l.read.blocks} blocks` : 'none read'}</td>
                <td>
                  {l.read ? (l.read.missed === 0 ? 'none' : `${l.read.missed}, disk until tick ${l.read.until}`) : '—'}
                </td>
                <td>{`${l.ticks} tick${l.ticks === 1 ? '' : 's'}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>Store under /models: {store.stats.sentence}.</p>
      <table>
        <caption>Store blobs</caption>
        <thead>
          <tr>
            <th scope="col">Blob (SHA-256)</th>
            <th scope="col">Size</th>
            <th scope="col">Held by</th>
          </tr>
        </thead>
        <tbody>
          {store.blobs.map((b) => (
            <tr key={b.blob}>
              <td>
                <code title={b.blob}>{shortBlob(b.blob)}</code>
              </td>
              <td>{sizeText(b.size)}</td>
              <td>
                {b.heldBy.join(', ')}
                {b.heldBy.length > 1 ? ` (shared by ${b.heldBy.length}, stored once)` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
