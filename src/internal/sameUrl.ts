import { rememberByString } from './remember';

const BASE = 'https://medprose.invalid';

/** Host and path of an href, remembered: a server compares the same few URLs on every request. */
const key = rememberByString(500, (href): { host: string; path: string } | null => {
  try {
    const url = new URL(href.trim(), BASE);
    const path = url.pathname.replace(/\/+$/, '') || '/';
    return { host: url.host === 'medprose.invalid' ? '' : url.host.toLowerCase(), path: `${path}${url.search}` };
  } catch {
    return null;
  }
});

/**
 * A test for hrefs that name the same page as `href`: the fragment and a
 * trailing slash are ignored, and a relative href matches an absolute one on
 * any host. `href` is parsed once, however many hrefs are tested.
 */
export function samePageAs(href: string): (other: string) => boolean {
  const page = key(href);
  if (!page) return () => false;
  return (other) => {
    const candidate = key(other);
    return candidate !== null && !(candidate.host && page.host && candidate.host !== page.host) && candidate.path === page.path;
  };
}
