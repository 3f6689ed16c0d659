import { Suspense, type ReactNode } from 'react';

/**
 * A view or a panel whose code loads when it is first opened: until it has, a line that assistive technology
 * announces (a status, marked busy). e2e waits for "Loading…" to be gone.
 */
export function Loading({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p className="muted" role="status" aria-busy="true">
          Loading…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}
