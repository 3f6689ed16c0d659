/** Full screen where the browser allows it; refusals (no gesture, iframes without allowfullscreen) are fine. */
export function enterFullscreen(root: HTMLElement = document.documentElement): void {
  if (typeof root.requestFullscreen !== 'function' || document.fullscreenElement) return;
  try {
    root.requestFullscreen().catch(() => {});
  } catch {
    // Old engines throw instead of rejecting; presenter mode works without full screen.
  }
}

export function exitFullscreen(): void {
  if (typeof document.exitFullscreen !== 'function' || !document.fullscreenElement) return;
  document.exitFullscreen().catch(() => {});
}
