import { type ReactNode, useLayoutEffect } from 'react';
import { hydrateRoot } from 'react-dom/client';

declare global {
  interface Window {
    __hydrate?: () => Promise<{ ms: number; evaluationMs: number; errors: string[] }>;
    /** Set by the bundle's first line (bench/build.mjs), before any module is evaluated. */
    __bundleStart?: number;
  }
}

/**
 * Evaluating the bundle's modules, which the page does before it can hydrate:
 * this is where styled-components reads the server's style tags back (the
 * ServerStyleSheet path) and where nothing of the kind happens (the stylesheet
 * path), so the two paths are compared on evaluation plus hydration too.
 * This module is evaluated last, after everything it imports.
 */
const evaluationMs = performance.now() - (window.__bundleStart ?? performance.now());

/**
 * Exposes `window.__hydrate()`: hydrates `page` into #root and resolves with
 * the time from `hydrateRoot` to the commit (a layout effect at the root runs
 * after every layout effect below it). The benchmark calls it once the page
 * has loaded and painted, so the figure is React's and the components' work,
 * not the browser's page load.
 */
export function timeHydration(page: ReactNode) {
  window.__hydrate = () =>
    new Promise((resolve) => {
      const errors: string[] = [];
      const start = performance.now();
      function Committed({ children }: { children: ReactNode }) {
        useLayoutEffect(() => {
          resolve({ ms: performance.now() - start, evaluationMs, errors });
        }, []);
        return children;
      }
      hydrateRoot(document.getElementById('root')!, <Committed>{page}</Committed>, {
        onRecoverableError: (error) => {
          errors.push(String(error));
        },
      });
    });
}
