import './icons.css';

/**
 * A line icon in the text colour, sized to the text (1em). With a `label` it is an image with that name (and a
 * tooltip); without, it is decoration and the words beside it carry the meaning.
 */
export function Icon({ d, label, className }: { d: string; label?: string; className?: string }) {
  const a11y = label === undefined ? { 'aria-hidden': true as const } : { role: 'img', 'aria-label': label };
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable="false"
      {...a11y}
    >
      {label !== undefined && <title>{label}</title>}
      <path d={d} />
    </svg>
  );
}
