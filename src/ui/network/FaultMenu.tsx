import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { MenuAction } from './faultActions';

interface Props {
  /** the menu's accessible name ("Faults for n3") */
  label: string;
  actions: readonly MenuAction[];
  /** where it opens, in the stage's CSS pixels (a right-click), or null beside the list that opened it */
  at: { x: number; y: number } | null;
  choose(action: MenuAction): void;
  close(): void;
}

/**
 * A menu of faults (WAI-ARIA menu, items of a group under its heading): it takes the focus on its first item;
 * arrows, Home and End move, Enter or Space chooses, Escape, Tab or a click elsewhere close it, and the focus
 * returns to what opened it.
 */
export function FaultMenu({ label, actions, at, choose, close }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Focus goes back where it came from (the list entry that opened the menu) when the menu closes.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    return () => opener?.focus();
  }, []);
  useLayoutEffect(() => {
    const el = ref.current;
    const parent = el?.offsetParent;
    if (!el || !at || !(parent instanceof HTMLElement)) return;
    // A menu at the pointer stays inside the picture: moved up and left from an edge, scrolling when taller than it.
    const [height, width] = [parent.clientHeight, parent.clientWidth];
    el.style.maxHeight = `${height}px`;
    el.style.top = `${Math.max(0, Math.min(at.y, height - el.offsetHeight))}px`;
    el.style.left = `${Math.max(0, Math.min(at.x, width - el.offsetWidth))}px`;
  }, [at]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const focused = items.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') go(focused + 1);
    else if (e.key === 'ArrowUp') go(focused - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') close();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <div
      ref={ref}
      role="menu"
      aria-label={label}
      className="fault-menu"
      style={at ? { left: at.x, top: at.y } : undefined}
      data-placed={at ? 'pointer' : 'inline'}
      onKeyDown={onKeyDown}
      // Focus moving out of the menu (a click elsewhere) closes it, as a context menu does.
      onBlur={(e) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) close();
      }}
    >
      {runs(actions).map(({ group, items }) => {
        const buttons = items.map((a) => (
          <button
            key={a.label}
            type="button"
            role="menuitem"
            tabIndex={-1}
            onClick={() => {
              choose(a);
              close();
            }}
          >
            {a.label}
          </button>
        ));
        return group === undefined ? (
          buttons
        ) : (
          <div key={group} role="group" aria-label={group} className="fault-menu-group">
            <span className="fault-menu-heading" aria-hidden="true">
              {group}
            </span>
            {buttons}
          </div>
        );
      })}
    </div>
  );
}

/** The actions in runs of one group (or none), in their order: each run of a group is drawn under its heading. */
function runs(actions: readonly MenuAction[]): { group: string | undefined; items: MenuAction[] }[] {
  const out: { group: string | undefined; items: MenuAction[] }[] = [];
  for (const a of actions) {
    const last = out[out.length - 1];
    if (last && last.group === a.group) last.items.push(a);
    else out.push({ group: a.group, items: [a] });
  }
  return out;
}
