import { useId, useState } from 'react';
import { useAppStore } from '../app/StoreContext';

/**
 * Copies a link that opens the OSTEP view on this command (`#ostep=`), so a teacher can hand out the exact
 * problem. Where the clipboard is refused, the link is shown selected to copy by hand.
 */
export function OstepLinkButton() {
  const store = useAppStore();
  const id = useId();
  const [shown, setShown] = useState<{ url: string; note: string } | null>(null);
  const copy = async () => {
    const url = store.getState().ostepLink();
    if (!url) return;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setShown({ url, note: 'Link copied: it opens this problem in the OSTEP view.' });
    } catch {
      setShown({ url, note: 'Select the link and copy it (Ctrl+C or Cmd+C).' });
    }
  };
  return (
    <span className="ostep-link">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      {shown && (
        <>
          <label htmlFor={`${id}-url`} className="visually-hidden">
            Link to this problem
          </label>
          <input id={`${id}-url`} readOnly value={shown.url} onFocus={(e) => e.currentTarget.select()} size={28} />
          <span role="status" className="muted">
            {shown.note}
          </span>
        </>
      )}
    </span>
  );
}
