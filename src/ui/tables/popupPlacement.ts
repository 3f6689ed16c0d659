/** Where a popup opens, in viewport pixels, as CSS for a `position: fixed` box. */
export interface PopupPlacement {
  top?: number;
  bottom?: number;
  left?: number;
  right?: number;
  maxHeight: number;
}

/** Gap between the button and its popup, and the least room kept from the viewport's edges, in px. */
const GAP = 4;
const MARGIN = 8;

/**
 * Below the button when there is at least as much room there as above, else above it; aligned to the
 * button's left edge in the left half of the viewport and to its right edge in the right half, so the popup
 * grows towards the middle and is never cut off by the table's scroll box.
 */
export function placePopup(
  button: Pick<DOMRect, 'top' | 'bottom' | 'left' | 'right'>,
  viewport: { width: number; height: number },
): PopupPlacement {
  const below = viewport.height - button.bottom;
  const vertical =
    below >= button.top
      ? { top: button.bottom + GAP, maxHeight: below - GAP - MARGIN }
      : { bottom: viewport.height - button.top + GAP, maxHeight: button.top - GAP - MARGIN };
  const leftHalf = (button.left + button.right) / 2 < viewport.width / 2;
  return leftHalf ? { ...vertical, left: button.left } : { ...vertical, right: viewport.width - button.right };
}
