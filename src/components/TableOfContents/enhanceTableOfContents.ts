/**
 * What JavaScript adds to the server-rendered links: the section in view is
 * marked `aria-current="location"`, and following a link scrolls to the
 * section (smoothly only when the reader has not asked for reduced motion),
 * puts the section in the URL and moves keyboard focus to its heading.
 * Without this the links still work: they are plain `#id` links.
 */

/** Fraction of the viewport, from the top, where the reader is taken to be reading. */
const READING_BAND = '0px 0px -60% 0px';
/** How long a click owns the highlight while a smooth scroll passes other sections. */
const SCROLL_LOCK_MS = 1200;

const HEADING = /^H[1-6]$/;

function idFromLink(link: HTMLAnchorElement): string {
  const raw = (link.getAttribute('href') ?? '').slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function prefersMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: no-preference)').matches;
}

/**
 * Focus goes to the heading (the section's own, when the target is a section),
 * so a screen reader starts reading there and Tab continues from there. The
 * temporary tabindex is removed on blur, so a later click on the heading does
 * not give it a focus ring.
 */
export function focusHeading(target: HTMLElement): void {
  const heading = HEADING.test(target.tagName) ? target : (target.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6') ?? target);
  if (!heading.hasAttribute('tabindex')) {
    heading.setAttribute('tabindex', '-1');
    heading.addEventListener('blur', () => heading.removeAttribute('tabindex'), { once: true });
  }
  heading.focus({ preventScroll: true });
}

export function enhanceTableOfContents(root: Element): () => void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const ids = [...new Set(links.map(idFromLink))];
  let current: string | null = null;
  let lockedUntil = 0;

  const setCurrent = (id: string | null) => {
    if (id === current) return;
    current = id;
    for (const link of links) {
      if (id !== null && idFromLink(link) === id) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };

  // Highlight: the first section, in page order, inside the reading band. When
  // none is (deep inside a long section whose heading has scrolled away), the
  // last one stays; scrolling back up above a section hands over to the one before.
  let observer: IntersectionObserver | undefined;
  const targets = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  if (typeof IntersectionObserver === 'function' && targets.length > 0) {
    const inBand = new Set<string>();
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = entry.target.id;
          if (entry.isIntersecting) {
            inBand.add(id);
          } else {
            inBand.delete(id);
            const below = entry.rootBounds ? entry.boundingClientRect.top >= entry.rootBounds.bottom : false;
            if (below && id === current && performance.now() >= lockedUntil) {
              setCurrent(ids[ids.indexOf(id) - 1] ?? null);
            }
          }
        }
        if (performance.now() < lockedUntil) return;
        const first = ids.find((id) => inBand.has(id));
        if (first !== undefined) setCurrent(first);
      },
      { rootMargin: READING_BAND },
    );
    for (const target of targets) observer.observe(target);
  }

  const onClick = (event: Event) => {
    const mouse = event as MouseEvent;
    if (mouse.defaultPrevented || mouse.button !== 0 || mouse.metaKey || mouse.ctrlKey || mouse.shiftKey || mouse.altKey) return;
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[href^="#"]');
    if (!link || !root.contains(link)) return;
    const id = idFromLink(link);
    const target = document.getElementById(id);
    // No such element: leave the link to the browser.
    if (!target) return;
    event.preventDefault();

    const hash = link.getAttribute('href') ?? `#${id}`;
    if (window.location.hash !== hash) {
      const oldURL = window.location.href;
      window.history.pushState(null, '', hash);
      // pushState does not fire hashchange; a followed link would, and other
      // components (the FAQ opens the question a hash names) listen for it.
      window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: window.location.href }));
    }
    target.scrollIntoView?.({ behavior: prefersMotion() ? 'smooth' : 'auto', block: 'start' });
    focusHeading(target);
    lockedUntil = performance.now() + SCROLL_LOCK_MS;
    setCurrent(id);
  };
  root.addEventListener('click', onClick);

  return () => {
    observer?.disconnect();
    root.removeEventListener('click', onClick);
  };
}
