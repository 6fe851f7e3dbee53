const BASE = 'https://medprose.invalid';

function key(href: string): { host: string; path: string } | null {
  try {
    const url = new URL(href.trim(), BASE);
    const path = url.pathname.replace(/\/+$/, '') || '/';
    return { host: url.host === 'medprose.invalid' ? '' : url.host.toLowerCase(), path: `${path}${url.search}` };
  } catch {
    return null;
  }
}

/**
 * True when two hrefs name the same page: the fragment and a trailing slash are
 * ignored, and a relative href matches an absolute one on any host.
 */
export function isSamePage(a: string, b: string): boolean {
  const ka = key(a);
  const kb = key(b);
  if (!ka || !kb) return false;
  if (ka.host && kb.host && ka.host !== kb.host) return false;
  return ka.path === kb.path;
}
