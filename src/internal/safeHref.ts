const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:', 'sms:']);

/**
 * Returns the href when it is safe to render as a link, otherwise `null`.
 *
 * Relative URLs, fragments and http(s)/mailto/tel/sms are allowed. Anything
 * with another scheme (`javascript:`, `data:`, `vbscript:`, ...) is refused.
 * Browsers ignore ASCII whitespace and control characters inside a scheme
 * (`java\tscript:`), so those are removed before the scheme is read.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  if (trimmed === '') return null;
  // eslint-disable-next-line no-control-regex -- browsers ignore control characters and spaces in a URL's scheme, so the check strips them too
  const normalised = trimmed.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*:)/.exec(normalised)?.[1];
  if (scheme === undefined) {
    // No scheme: a relative URL. `//host` is protocol-relative and inherits https/http.
    return trimmed;
  }
  return ALLOWED_SCHEMES.has(scheme) ? trimmed : null;
}
