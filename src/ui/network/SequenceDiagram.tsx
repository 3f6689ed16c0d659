import { useId, useMemo, useState } from 'react';
import type { SequenceData } from '../../protocol';
import { useBoxSize } from '../stage/useBoxSize';
import { messageText, sequenceModel, sequenceSummary, shownMessages, type SequenceArrow } from './sequenceModel';
import './networkPanels.css';
import { groupedDigits } from '../../core/groupedDigits';

const FALLBACK = { width: 720, height: 0 };

/**
 * Okabe and Ito's colours by what a message is: the processes' in blues and green, the protocol's in greys and
 * orange, AFS's (the file service between nodes) in vermilion.
 */
export const KIND_COLOURS: Record<SequenceArrow['kind'], string> = {
  data: '#0072B2',
  request: '#56B4E9',
  reply: '#009E73',
  join: '#999999',
  heartbeat: '#999999',
  gossip: '#E69F00',
  afs: '#D55E00',
};

const FAULT_SIGNS: Partial<Record<string, string>> = {
  crash: '✕',
  restart: '↻',
  pause: '⏸',
  resume: '▶',
  attack: '⚠',
  skew: '⏱',
  migrate: '⇄',
};

function ArrowEnd({ a }: { a: SequenceArrow }) {
  const { x2, y2 } = a;
  switch (a.end) {
    case 'lost':
      return (
        <path
          className="seq-lost"
          d={`M${x2 - 4},${y2 - 4}L${x2 + 4},${y2 + 4}M${x2 - 4},${y2 + 4}L${x2 + 4},${y2 - 4}`}
        />
      );
    case 'rejected':
      return (
        <g className="seq-rejected">
          <circle cx={x2} cy={y2} r={5} />
          <path d={`M${x2 - 3.5},${y2 + 3.5}L${x2 + 3.5},${y2 - 3.5}`} />
        </g>
      );
    case 'suppressed':
      return <circle className="seq-suppressed" cx={x2} cy={y2} r={3.5} />;
    case 'onTheWay':
      return null;
    case 'delivered': {
      const angle = Math.atan2(y2 - a.y1, x2 - a.x1);
      const head = (d: number) => `${x2 - 7 * Math.cos(angle + d)},${y2 - 7 * Math.sin(angle + d)}`;
      return <polygon points={`${x2},${y2} ${head(0.4)} ${head(-0.4)}`} fill={KIND_COLOURS[a.kind]} />;
    }
  }
}

interface Props {
  data: SequenceData;
}

/**
 * The message sequence (Lamport) diagram around the tick: a lifeline per node, each message an arrow from its send
 * to its delivery (a cross where a fault lost it, a barred circle where its receiver rejected it, dashed while on
 * its way), faults as marks on the lifelines, and the cursor at the tick. Hovering an arrow or focusing a message
 * in the list below names it; the list holds every message drawn.
 */
export function SequenceDiagram({ data }: Props) {
  const uid = useId().replace(/[^\w-]/g, '');
  const [boxRef, box] = useBoxSize<HTMLDivElement>(FALLBACK);
  const [protocol, setProtocol] = useState(true);
  const [picked, setPicked] = useState<number | null>(null);
  const shown = useMemo(() => shownMessages(data, protocol), [data, protocol]);
  const model = useMemo(() => sequenceModel(data, shown, box.width), [data, shown, box.width]);
  const summary = sequenceSummary(data, shown);
  const pickedMessage = shown.find((m) => m.id === picked);
  return (
    <figure className="net-panel seq" role="group" aria-labelledby={`${uid}-cap`} data-lesson="Message sequence">
      <figcaption id={`${uid}-cap`}>Message sequence up to tick {groupedDigits(data.tick)}</figcaption>
      <label className="net-option">
        <input type="checkbox" checked={protocol} onChange={(e) => setProtocol(e.currentTarget.checked)} /> Show joins
        and heartbeats
      </label>
      <div ref={boxRef} className="seq-plot">
        <svg width={model.width} height={model.height} role="img" aria-labelledby={`${uid}-sum`}>
          <defs>
            <clipPath id={`${uid}-clip`}>
              <rect x={model.left} y={0} width={model.right - model.left} height={model.height} />
            </clipPath>
          </defs>
          {model.axis.map((a) => (
            <g key={a.tick} className="seq-axis">
              <line x1={a.x} x2={a.x} y1={model.top - 4} y2={model.bottom} />
              <text x={a.x} y={model.top - 8} textAnchor="middle">
                {groupedDigits(a.tick)}
              </text>
            </g>
          ))}
          {model.lanes.map((l) => (
            <g key={l.name} className="seq-lane">
              <line x1={model.left} x2={model.right} y1={l.y} y2={l.y} />
              <text x={model.left - 6} y={l.y} textAnchor="end" dominantBaseline="middle">
                {l.name}
              </text>
            </g>
          ))}
          <g clipPath={`url(#${uid}-clip)`}>
            {model.marks.map((f) =>
              f.ys.length === 0 ? (
                <g key={f.key} className={`seq-fault seq-fault-${f.kind}`}>
                  <title>{f.text}</title>
                  <line x1={f.x} x2={f.x} y1={model.top} y2={model.bottom} />
                  <text x={f.x + 3} y={model.top + 8}>
                    {f.kind}
                  </text>
                </g>
              ) : (
                <g key={f.key} className={`seq-fault seq-fault-${f.kind}`}>
                  <title>{f.text}</title>
                  {f.ys.map((y, k) => (
                    <text key={k} x={f.x} y={y - 7} textAnchor="middle">
                      {`${FAULT_SIGNS[f.kind] ?? '◆'} ${f.kind}`}
                    </text>
                  ))}
                </g>
              ),
            )}
            {model.arrows.map((a) => (
              <g
                key={a.key}
                className={a.id === picked ? 'seq-arrow seq-picked' : 'seq-arrow'}
                onMouseEnter={() => setPicked(a.id)}
              >
                <line
                  x1={a.x1}
                  y1={a.y1}
                  x2={a.x2}
                  y2={a.y2}
                  stroke={KIND_COLOURS[a.kind]}
                  strokeDasharray={a.end === 'onTheWay' ? '4 3' : undefined}
                />
                <ArrowEnd a={a} />
              </g>
            ))}
            <line className="seq-cursor" x1={model.cursorX} x2={model.cursorX} y1={0} y2={model.height} />
          </g>
        </svg>
      </div>
      <p id={`${uid}-sum`} className="net-summary">
        {summary}
      </p>
      <p className="net-picked" aria-live="polite">
        {pickedMessage ? messageText(pickedMessage, data.nodes) : 'Point at an arrow or focus a message to name it.'}
      </p>
      <details>
        <summary>Messages in view ({shown.length})</summary>
        <ol className="seq-list" aria-label="Messages in view">
          {shown.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                className="seq-item"
                aria-pressed={m.id === picked}
                onFocus={() => setPicked(m.id)}
                onClick={() => setPicked(m.id)}
              >
                {messageText(m, data.nodes)}
              </button>
            </li>
          ))}
        </ol>
      </details>
    </figure>
  );
}
