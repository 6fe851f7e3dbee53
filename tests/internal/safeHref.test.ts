import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/internal/safeHref';

describe('safeHref', () => {
  it.each([
    '/articles/a',
    '#faq',
    '?q=1',
    'page.html',
    'https://example.org/x',
    'http://a.b',
    'mailto:a@b.c',
    'tel:988',
    '//cdn.example.org/a',
  ])('keeps %s', (href) => expect(safeHref(href)).toBe(href));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:x',
    'data:text/html,<script>',
    'vbscript:msgbox',
    '\u0000javascript:x',
    'file:///etc/passwd',
  ])('refuses %j', (href) => expect(safeHref(href)).toBeNull());

  it('refuses empty and non-string values', () => {
    expect(safeHref('')).toBeNull();
    expect(safeHref('   ')).toBeNull();
    expect(safeHref(undefined)).toBeNull();
    expect(safeHref(42)).toBeNull();
  });
});
