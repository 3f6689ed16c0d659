export interface SwEnvironment {
  production: boolean;
  protocol: string;
  serviceWorker: Pick<ServiceWorkerContainer, 'register'> | undefined;
}

/** Registers only in a production build served over http(s): never in dev, tests or from file://. */
export function shouldRegister(env: SwEnvironment): boolean {
  return env.production && (env.protocol === 'http:' || env.protocol === 'https:') && env.serviceWorker !== undefined;
}

function currentEnvironment(): SwEnvironment {
  return {
    production: import.meta.env.PROD,
    protocol: typeof location === 'undefined' ? '' : location.protocol,
    serviceWorker:
      typeof navigator !== 'undefined' && 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
  };
}

/**
 * Registers `sw.js` (emitted by serviceWorkerPlugin) beside index.html, so the app and its scenarios work
 * offline after the first visit, from whatever sub-path it is served. Resolves to the registration, or
 * null when skipped or refused (a failed registration must not break the app).
 */
export async function registerServiceWorker(
  env: SwEnvironment = currentEnvironment(),
): Promise<ServiceWorkerRegistration | null> {
  if (!shouldRegister(env)) return null;
  try {
    return await (env.serviceWorker as ServiceWorkerContainer).register(new URL('sw.js', document.baseURI).href);
  } catch {
    return null;
  }
}
