import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/** Marks the answer panels inside a FAQ root. */
export const PANEL_ATTRIBUTE = 'data-faq-panel';
/** Marks each item wrapper, with the item's id as its value. */
export const ITEM_ATTRIBUTE = 'data-faq-item';

/** A layout effect in the browser (before paint, so a closed answer never shows for a frame); none on the server. */
const useBeforePaint = typeof window === 'undefined' ? () => {} : useLayoutEffect;

/**
 * After every commit, closed panels get `hidden="until-found"` and open ones
 * lose `hidden`, so find-in-page and `#:~:text=` links can reveal answers.
 * React would render that value as `hidden=""`, and the server HTML has no
 * `hidden` at all (every answer reads without CSS), so it is set here through
 * the DOM. The browser fires `beforematch` on the panel before revealing it:
 * open the item.
 */
export function useHiddenUntilFound(rootRef: RefObject<HTMLElement | null>, openIds: readonly string[], onReveal: (id: string) => void) {
  const reveal = useRef(onReveal);
  reveal.current = onReveal;

  useBeforePaint(() => {
    const root = rootRef.current;
    if (!root) return;
    for (const panel of root.querySelectorAll<HTMLElement>(`[${PANEL_ATTRIBUTE}]`)) {
      const id = panel.getAttribute(PANEL_ATTRIBUTE) ?? '';
      if (openIds.includes(id)) panel.removeAttribute('hidden');
      else panel.setAttribute('hidden', 'until-found');
    }
  });

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onBeforeMatch = (event: Event) => {
      const panel = (event.target as Element | null)?.closest?.(`[${PANEL_ATTRIBUTE}]`);
      const id = panel?.getAttribute(PANEL_ATTRIBUTE);
      if (id) reveal.current(id);
    };
    // `beforematch` bubbles; capture also catches it should a browser not bubble it.
    root.addEventListener('beforematch', onBeforeMatch, true);
    return () => root.removeEventListener('beforematch', onBeforeMatch, true);
  }, [rootRef]);
}

function currentHashTarget(): string | null {
  const raw = window.location.hash.slice(1);
  if (raw === '') return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Opens the item that `location.hash` names, directly or through an element
 * inside its answer, on mount and on every `hashchange`, then scrolls to it.
 */
export function useHashTarget(rootRef: RefObject<HTMLElement | null>, onTarget: (id: string) => void) {
  const target = useRef(onTarget);
  target.current = onTarget;

  useEffect(() => {
    const openFromHash = () => {
      const root = rootRef.current;
      const id = currentHashTarget();
      if (!root || id === null) return;
      const element = document.getElementById(id);
      if (!element || !root.contains(element)) return;
      const item = element.closest(`[${ITEM_ATTRIBUTE}]`);
      const itemId = item?.getAttribute(ITEM_ATTRIBUTE);
      if (!itemId) return;
      target.current(itemId);
      // Scroll once the answer is visible (the browser could not scroll to it while hidden).
      // Looked up again: the question's element is replaced by its button once the FAQ has hydrated.
      requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView?.({ block: 'start' }));
    };
    openFromHash();
    window.addEventListener('hashchange', openFromHash);
    return () => window.removeEventListener('hashchange', openFromHash);
  }, [rootRef]);
}
