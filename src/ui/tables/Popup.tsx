import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { placePopup, type PopupPlacement } from './popupPlacement';
import './popup.css';

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), select:not(:disabled)';

/** Where the popup of `button` goes; null (closed) when the button is gone or out of view. */
function placeBy(button: HTMLElement | null): PopupPlacement | null {
  const rect = button?.getBoundingClientRect();
  const viewport = { width: window.innerWidth, height: window.innerHeight };
  if (!rect || rect.bottom < 0 || rect.top > viewport.height) return null;
  return placePopup(rect, viewport);
}

interface Props {
  /** the popup's accessible name; also the button's, unless the button has visible words of its own */
  label: string;
  /** what the button shows */
  button: ReactNode;
  /** name the button by `label` too ("Actions for P3" for a button that shows "Actions") */
  nameButton?: boolean;
  className?: string;
  /** the popup's content; `close` is for actions that are done with it */
  children: (close: () => void) => ReactNode;
}

/**
 * A button that opens a small non-modal dialog beside it, drawn at the end of the page with a fixed position
 * (a portal), so a scroll box never cuts it off. Focus goes to its first control; Escape closes it and gives
 * focus back to the button; a click elsewhere or leaving it with Tab closes it too. It follows its button when
 * the page scrolls, and closes when the button leaves the view.
 */
export function Popup({ label, button, nameButton, className, children }: Props) {
  const [at, setAt] = useState<PopupPlacement | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popupRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const isOpen = at !== null;

  // Found by id, not through the ref: `close` is handed to the content, which must not read refs while rendering.
  /** closes and gives focus back to the button (the control that had it goes away with the popup) */
  const close = () => {
    setAt(null);
    document.getElementById(`${id}-button`)?.focus();
  };
  const toggle = () => setAt(isOpen ? null : placeBy(buttonRef.current));

  useEffect(() => {
    if (!isOpen) return;
    popupRef.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    const outside = (target: EventTarget | null) =>
      !(target instanceof Node && (popupRef.current?.contains(target) || buttonRef.current?.contains(target)));
    const onPointer = (e: Event) => outside(e.target) && setAt(null);
    // The page or the table scrolled (or the window changed size): follow the button while it is in view.
    const follow = (e: Event) => !popupRef.current?.contains(e.target as Node) && setAt(placeBy(buttonRef.current));
    document.addEventListener('pointerdown', onPointer, true);
    document.addEventListener('scroll', follow, true);
    window.addEventListener('resize', follow);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      document.removeEventListener('scroll', follow, true);
      window.removeEventListener('resize', follow);
    };
  }, [isOpen]);

  return (
    <>
      <button
        ref={buttonRef}
        id={`${id}-button`}
        type="button"
        className={className}
        aria-label={nameButton ? label : undefined}
        title={nameButton ? label : undefined}
        aria-haspopup="dialog"
        aria-expanded={isOpen}
        aria-controls={isOpen ? id : undefined}
        onClick={toggle}
      >
        {button}
      </button>
      {at &&
        createPortal(
          <div
            ref={popupRef}
            id={id}
            role="dialog"
            aria-label={label}
            tabIndex={-1}
            className="popup"
            style={{ position: 'fixed', ...at }}
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              // Handled here: the page's own Escape (leaving presenter mode) is for when no popup is open.
              e.preventDefault();
              close();
            }}
            onBlur={(e) => {
              if (!e.currentTarget.contains(e.relatedTarget) && e.relatedTarget !== buttonRef.current) setAt(null);
            }}
          >
            {children(close)}
          </div>,
          document.body,
        )}
    </>
  );
}
