import { useEffect, useRef } from 'react';

/** sessionStorage key for one FAQ on one page: the path, then the FAQ's id. */
export function rememberKey(faqId: string): string {
  return `medprose:faq-open:${window.location.pathname}#${faqId}`;
}

/**
 * The ids stored for this FAQ, or null when nothing is stored, storage is
 * unavailable (disabled, private mode, sandboxed frame: even reading
 * `window.sessionStorage` can throw) or what is stored is not a list of ids.
 */
export function readOpenIds(key: string): string[] | null {
  try {
    const raw = window.sessionStorage.getItem(key);
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : null;
  } catch {
    return null;
  }
}

/** Stores the open ids; a full or unavailable storage only means nothing is remembered. */
export function writeOpenIds(key: string, openIds: readonly string[]): void {
  try {
    window.sessionStorage.setItem(key, JSON.stringify(openIds));
  } catch {
    // Nothing to do: remembering is a convenience.
  }
}

/**
 * With `enabled`, restores the stored open ids once, after hydration (effects
 * never run on the server or during hydration's render, so the server HTML and
 * the first client render still match), then stores every later change.
 */
export function useRememberOpen(enabled: boolean, faqId: string, openIds: readonly string[], restore: (storedIds: string[]) => void) {
  const restored = useRef(false);
  const restoreRef = useRef(restore);
  restoreRef.current = restore;

  // Declared before the restoring effect, so on mount it runs first and skips:
  // it must not overwrite what is stored with the state before restoring.
  useEffect(() => {
    if (enabled && restored.current) writeOpenIds(rememberKey(faqId), openIds);
  }, [enabled, faqId, openIds]);

  useEffect(() => {
    if (!enabled || restored.current) return;
    restored.current = true;
    const stored = readOpenIds(rememberKey(faqId));
    if (stored !== null) restoreRef.current(stored);
  }, [enabled, faqId]);
}
