import type { FreeChunk } from '../../core/index';

interface Props {
  list: readonly FreeChunk[];
  label: string;
  /** indexes the search examined, in order (shown as numbered badges) */
  searched?: readonly number[];
  /** the index the search took */
  chosen?: number | null;
}

/** A free list in LIST order, as boxes "addr (size)" joined by arrows; the search's path numbered on it. */
export function FreeList({ list, label, searched = [], chosen = null }: Props) {
  return (
    <div className="ostep-freelist-wrap">
      <h3 className="ostep-subhead">{label}</h3>
      {list.length === 0 ? (
        <p className="muted">empty</p>
      ) : (
        <ol className="ostep-freelist" aria-label={label}>
          {list.map((c, i) => {
            const order = searched.indexOf(i);
            const cls = ['fl-item', order >= 0 && 'searched', chosen === i && 'chosen'].filter(Boolean).join(' ');
            return (
              <li key={c.addr} className={cls}>
                <span className="fl-box">
                  {c.addr} ({c.size})
                </span>
                {order >= 0 && (
                  <span className="fl-badge">
                    {chosen === i ? `examined ${order + 1}, chosen` : `examined ${order + 1}`}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
