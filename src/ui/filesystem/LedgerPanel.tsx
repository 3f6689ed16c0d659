import { useId, useState } from 'react';
import { ledgerCards, type LedgerCard } from '../../core/fs/ledger/cards';
import type { LedgerView, Verdict } from '../../core/fs/ledger/types';
import './ledger.css';
import { groupedDigits } from '../../core/groupedDigits';

/** Cards drawn at once: a chain of 100,000 blocks is shown a window at a time. */
export const CARDS_PER_PAGE = 12;

export interface LedgerPanelProps {
  ledger: LedgerView;
  /** the last verification's verdict; null before one (or once the chain changed since) */
  verdict: Verdict | null;
  onVerify(): void;
  /** change block `height` (the caller picks what); `rehash`: recompute its hash too, as a forger would */
  onTamper(height: number, rehash: boolean): void;
}

const STATUS_WORDS = { valid: 'valid', broken: 'broken', unchecked: 'not checked' } as const;

function cardName(c: LedgerCard): string {
  const hashes = c.hash ? `hash ${c.hash}, previous ${c.prevHash}, tick ${c.tick}, ` : '';
  const link = c.height === 0 ? '' : `, link to block ${c.height - 1} ${STATUS_WORDS[c.link]}`;
  return `Block ${c.height}: ${STATUS_WORDS[c.status]}, ${hashes}${c.summary}${link}`;
}

/** The page a verdict points at: the first bad block's, else the tip's. */
function followPage(blocks: number, verdict: Verdict | null): number {
  const focus = verdict && !verdict.ok ? verdict.height : blocks - 1;
  return Math.max(0, Math.floor(focus / CARDS_PER_PAGE));
}

/**
 * The ledger chain as cards (height, short hashes, the arrow from the block before), a Verify button, a tamper
 * action on block N, and the verdict naming the first bad block. Cards are marked valid, broken or not checked
 * (verification stops at the first bad block). Data and actions come from props: the caller owns the ledger.
 */
export function LedgerPanel({ ledger, verdict, onVerify, onTamper }: LedgerPanelProps) {
  const blocks = ledger.blocks.length;
  const [target, setTarget] = useState('0');
  const [rehash, setRehash] = useState(false);
  // An explicit page, until the verdict changes: then the view follows the first bad block (or the tip) again.
  const [chosen, setChosen] = useState<{ page: number; verdict: Verdict | null } | null>(null);
  const pages = Math.max(1, Math.ceil(blocks / CARDS_PER_PAGE));
  const page = Math.min(chosen && chosen.verdict === verdict ? chosen.page : followPage(blocks, verdict), pages - 1);
  const cards = ledgerCards(ledger, verdict, page * CARDS_PER_PAGE, (page + 1) * CARDS_PER_PAGE);
  const height = Number(target);
  const targetOk = target !== '' && Number.isInteger(height) && height >= 0 && height < blocks;
  const inputId = useId();

  return (
    <section className="ledger-panel" aria-label="Ledger chain">
      <div className="ledger-toolbar">
        <button type="button" onClick={onVerify}>
          Verify
        </button>
        <label htmlFor={inputId}>Block to tamper with</label>
        <input
          id={inputId}
          type="number"
          min={0}
          max={Math.max(0, blocks - 1)}
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          aria-invalid={!targetOk}
        />
        <label>
          <input type="checkbox" checked={rehash} onChange={(e) => setRehash(e.target.checked)} /> Recompute its hash
        </label>
        <button type="button" disabled={!targetOk} onClick={() => onTamper(height, rehash)}>
          {targetOk ? `Tamper with block ${height}` : 'Tamper with block'}
        </button>
        {!targetOk && (
          <span className="ledger-hint" role="note">
            {blocks === 0 ? 'The chain is empty.' : `Choose a block from 0 to ${blocks - 1}.`}
          </span>
        )}
      </div>
      <p
        className={`ledger-verdict ${verdict === null ? '' : verdict.ok ? 'ok' : 'broken'}`}
        role="status"
        aria-label="Verification verdict"
      >
        {verdict === null ? 'Not verified since the last change.' : verdict.sentence}
      </p>
      {blocks === 0 ? (
        <p className="muted">No blocks yet.</p>
      ) : (
        <>
          <ol className="ledger-chain" aria-label="Blocks">
            {cards.map((c) => (
              <li key={c.height} className={`ledger-card ${c.status}`} aria-label={cardName(c)}>
                {c.height > 0 && (
                  <span className={`ledger-link ${c.link}`} aria-hidden="true">
                    ←
                  </span>
                )}
                <div className="ledger-card-body" aria-hidden="true">
                  <strong>#{c.height}</strong> <span className="ledger-status">{STATUS_WORDS[c.status]}</span>
                  <div className="mono">hash {c.hash || '—'}</div>
                  <div className="mono">prev {c.prevHash || '—'}</div>
                  <div>{c.tick === null ? '' : `tick ${groupedDigits(c.tick)}`}</div>
                  <div className="muted">{c.summary}</div>
                </div>
              </li>
            ))}
          </ol>
          {pages > 1 && (
            <nav className="ledger-pages" aria-label="Block pages">
              <button type="button" disabled={page === 0} onClick={() => setChosen({ page: page - 1, verdict })}>
                Earlier blocks
              </button>
              <span>
                blocks {page * CARDS_PER_PAGE}–{Math.min(blocks, (page + 1) * CARDS_PER_PAGE) - 1} of {blocks}
              </span>
              <button
                type="button"
                disabled={page === pages - 1}
                onClick={() => setChosen({ page: page + 1, verdict })}
              >
                Later blocks
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
