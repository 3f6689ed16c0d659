import { useEffect, useRef } from 'react';
import type { HeapPicture } from '../../core/index';
import { barMinWidth, scaleTicks } from './heapScale';
import { TABLE_WINDOW } from './windowAround';

type Chunk = HeapPicture['chunks'][number];

const chunkName = (c: Chunk) => (c.free ? 'free' : c.ptrIndex === null ? 'allocated' : `ptr[${c.ptrIndex}]`);
const chunkTitle = (c: Chunk, header: number) =>
  `${chunkName(c)}: ${c.addr}–${c.addr + c.size} (${c.size} bytes${c.free ? '' : `, header ${Math.min(header, c.size)}`})`;

/**
 * The heap as a bar of chunks in address order, on an address scale: allocated chunks with their header
 * drawn apart and labelled ptr[k], free chunks hatched. The bar scrolls sideways when tiny chunks need room;
 * its text alternative is the chunk table under it. The chunk at `focus` (the step's chunk) is outlined and
 * scrolled into view.
 */
export function HeapBar({
  picture,
  caption,
  focus = null,
}: {
  picture: HeapPicture;
  caption: string;
  focus?: number | null;
}) {
  const { base, size, header, chunks } = picture;
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = scroller.current;
    const chunk = focus === null ? null : box?.querySelector<HTMLElement>(`[data-addr="${focus}"]`);
    if (!box || !chunk) return;
    const c = chunk.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    if (c.left < b.left || c.right > b.right) box.scrollLeft += c.left - b.left - (b.width - c.width) / 2;
  }, [focus]);
  const minWidth = barMinWidth(
    size,
    chunks.map((c) => c.size),
  );
  const ticks = scaleTicks(base, size, Math.max(8, Math.round(minWidth / 90)));
  const at = (a: number) => `${((a - base) / size) * 100}%`;
  const free = chunks.filter((c) => c.free);
  const freeBytes = free.reduce((s, c) => s + c.size, 0);
  const summary = `Heap ${base}–${base + size}: ${chunks.length - free.length} allocated, ${free.length} free chunks (${freeBytes} bytes free)`;
  return (
    <figure className="ostep-heap">
      <figcaption>
        {caption} <span className="muted">— {summary}</span>
      </figcaption>
      <div
        ref={scroller}
        className="ostep-heap-scroll"
        tabIndex={0}
        role="group"
        aria-label="Heap bar (scrolls sideways)"
      >
        <div className="ostep-heap-track" style={minWidth > 0 ? { minWidth: `${minWidth}px` } : undefined}>
          <div className="ostep-heap-bar" role="img" aria-label={`${summary}; the chunk table below lists every chunk`}>
            {chunks.map((c) => (
              <div
                key={c.addr}
                data-addr={c.addr}
                className={`heap-chunk ${c.free ? 'free' : 'used'}${c.addr === focus ? ' focus' : ''}`}
                style={{ left: at(c.addr), width: `${(c.size / size) * 100}%` }}
                title={chunkTitle(c, header)}
              >
                {!c.free && header > 0 && (
                  <span
                    className="heap-chunk-header"
                    style={{ width: `${(Math.min(header, c.size) / c.size) * 100}%` }}
                  />
                )}
                <span className="heap-chunk-label">{chunkName(c)}</span>
              </div>
            ))}
          </div>
          <div className="ostep-heap-scale" aria-hidden="true">
            {ticks.map((a) => (
              <span key={a} style={{ left: at(a) }}>
                {a}
              </span>
            ))}
          </div>
        </div>
      </div>
      <p className="ostep-legend" aria-hidden="true">
        <span className="swatch header" /> header <span className="swatch used" /> allocated{' '}
        <span className="swatch free" /> free
      </p>
      <ChunkTable picture={picture} />
    </figure>
  );
}

/** The bar's text alternative: every chunk in address order (the first TABLE_WINDOW of a huge heap). */
function ChunkTable({ picture }: { picture: HeapPicture }) {
  const shown = picture.chunks.slice(0, TABLE_WINDOW);
  return (
    <div className="ostep-scroll short" tabIndex={0} role="group" aria-label="Chunks (scrolls)">
      <table className="ostep-table">
        <caption>
          Chunks in address order
          {shown.length < picture.chunks.length ? ` (the first ${shown.length} of ${picture.chunks.length})` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Address</th>
            <th scope="col">Size</th>
            <th scope="col">Chunk</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr key={c.addr}>
              <td>
                {c.addr}–{c.addr + c.size}
              </td>
              <td>{c.size}</td>
              <td>
                {c.free
                  ? 'free'
                  : `${chunkName(c)}: header ${Math.min(picture.header, c.size)} + ${Math.max(0, c.size - picture.header)} bytes`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
