// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { describe, expect, it, vi } from 'vitest';
import { Callout, Cite, createCitations, es, KeyTakeaways, References, ReviewByline, TableOfContents } from '../src';

/** The trust components on a page, as a Server Component or an SSR framework renders them. */
function TrustParts({ spanish = false }: { spanish?: boolean }) {
  const locale = spanish ? es : undefined;
  const citations = createCitations([{ id: 'nice-ptsd', title: 'Post-traumatic stress disorder', publisher: 'NICE', year: 2018 }], {
    locale,
  });
  return (
    <main>
      <h1>Title</h1>
      <ReviewByline
        review={{ reviewer: { name: 'Dr. Ada Reviewer', credentials: 'MD' }, date: '2026-10-19' }}
        lastReviewed="2026-10-19"
        locale={locale}
      />
      <TableOfContents items={[{ id: 'evidence', label: 'The evidence' }]} locale={locale} />
      <KeyTakeaways items={['A point.']} locale={locale} />
      <section id="evidence">
        <h2>The evidence</h2>
        <p>
          Therapy first.
          <Cite citations={citations} id="nice-ptsd" />
        </p>
        <Callout variant="emergency" heading="Call 999 if:" locale={locale} />
      </section>
      <References citations={citations} />
    </main>
  );
}

describe('server rendering, with no window or document', () => {
  it('renders every trust component, with styles, and no warning', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const sheet = new ServerStyleSheet();
    try {
      const html = renderToString(sheet.collectStyles(<TrustParts />));
      for (const text of [
        'Medically reviewed by',
        '<time dateTime="2026-10-19"',
        'aria-labelledby',
        'href="#evidence"',
        '<details open=""',
        'Key takeaways',
        'Immediate action required:',
        'href="#ref-nice-ptsd"',
        'id="cite-nice-ptsd-1"',
        'href="#cite-nice-ptsd-1"',
      ]) {
        expect(html).toContain(text);
      }
      expect(sheet.getStyleTags()).toMatch(/^<style[^>]*data-styled/);
    } finally {
      sheet.seal();
    }
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('renders in Spanish on the server, dates through Intl', () => {
    const html = renderToString(<TrustParts spanish />);
    for (const text of [
      'Revisado médicamente por',
      '19 de octubre de 2026',
      'En esta página',
      'Puntos clave',
      'Actúe de inmediato:',
      'Referencia 1',
      'Referencias',
    ]) {
      expect(html).toContain(text);
    }
  });
});
