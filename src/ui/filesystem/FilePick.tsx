export interface FilePickProps {
  paths: readonly string[];
  /** the file picked, or null */
  current: string | null;
  onPick(path: string | null): void;
  /** what the block under the pointer holds, '' when none */
  hover: string;
}

/**
 * Which file the side-by-side disk maps highlight, picked from a list or by clicking a block, and what the block
 * under the pointer holds: one control for every comparison panel.
 */
export function FilePick({ paths, current, onPick, hover }: FilePickProps) {
  return (
    <>
      <label>
        File{' '}
        <select value={current ?? ''} onChange={(e) => onPick(e.target.value === '' ? null : e.target.value)}>
          <option value="">(none)</option>
          {paths.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <p className="muted" aria-live="polite">
        {hover || 'Point at a block to name it; click one to select its file.'}
      </p>
    </>
  );
}
