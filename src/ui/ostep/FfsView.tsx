import { useState } from 'react';
import type { FfsAnswers } from '../../core/index';

/** Block numbers as runs: 61–100, 101. */
function runs(blocks: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < blocks.length;) {
    let j = i;
    while (j + 1 < blocks.length && blocks[j + 1] === (blocks[j] as number) + 1) j++;
    out.push(i === j ? String(blocks[i]) : `${blocks[i]}–${blocks[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

/** One group's cells (its inodes or its blocks), each drawn by its file's symbol, the chosen file's marked. */
function GroupCells({ cells, label, chosen }: { cells: string; label: string; chosen: string | null }) {
  return (
    <span className="ffs-cells" role="img" aria-label={`${label}: ${cells}`}>
      {[...cells].map((c, i) => (
        <span key={i} className={c === '-' ? 'ffs-cell free' : c === chosen ? 'ffs-cell chosen' : 'ffs-cell'}>
          {c}
        </span>
      ))}
    </span>
  );
}

/**
 * ffs.py's answer: every cylinder group's inodes and blocks drawn by the symbol of the file holding them (as
 * ffs.py draws them), a file chosen from the list marked wherever it lies, and each command's outcome.
 */
export function FfsView({ answer }: { answer: FfsAnswers }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const file = answer.files.find((f) => f.symbol === chosen);
  return (
    <section className="ostep-ffs" aria-label="Cylinder groups">
      <p className="ostep-totals">
        Free: <strong>{answer.freeInodes}</strong> inodes and <strong>{answer.freeBlocks}</strong> data blocks.
        {file && ` ${file.path} (inode ${file.inode}) holds blocks ${runs(file.blocks)}.`}
      </p>
      <div className="ostep-scroll" tabIndex={0} role="group" aria-label="Groups (scrolls)">
        <table className="ostep-table ffs-groups">
          <caption>Each group&apos;s inodes and data blocks, drawn by file (- is free)</caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Inodes</th>
              <th scope="col">Data blocks</th>
            </tr>
          </thead>
          <tbody>
            {answer.groups.map((g, i) => (
              <tr key={i}>
                <th scope="row">{i}</th>
                <td>
                  <GroupCells cells={g.inodes} label={`Group ${i} inodes`} chosen={chosen} />
                </td>
                <td>
                  <GroupCells cells={g.data} label={`Group ${i} data blocks`} chosen={chosen} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <table className="ostep-table">
        <caption>Files and directories (choose one to mark its inode and blocks)</caption>
        <thead>
          <tr>
            <th scope="col">Symbol</th>
            <th scope="col">Path</th>
            <th scope="col">Type</th>
            <th scope="col">Inode</th>
            <th scope="col">Blocks</th>
          </tr>
        </thead>
        <tbody>
          {answer.files.map((f) => (
            <tr key={f.path} className={f.symbol === chosen ? 'current' : undefined}>
              <td>
                <button
                  type="button"
                  className="link-button mono"
                  aria-pressed={f.symbol === chosen}
                  aria-label={`Mark ${f.path}`}
                  onClick={() => setChosen(f.symbol === chosen ? null : f.symbol)}
                >
                  {f.symbol}
                </button>
              </td>
              <td className="mono">{f.path}</td>
              <td>{f.type}</td>
              <td>{f.inode}</td>
              <td>{runs(f.blocks)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>Each command and its outcome</summary>
        <ol className="ffs-ops">
          {answer.ops.map((o, i) => (
            <li key={i}>
              <span className="mono">{o.op === 'file' ? `file ${o.path} ${o.size}` : `${o.op} ${o.path}`}</span>:{' '}
              {o.ok ? 'done' : `failed${o.why ? ` ${o.why}` : ''}`}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
