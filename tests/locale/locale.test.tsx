import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ArticleHero, Callout, ArticleSection, defineLocale, en, es, FaqAccordion, MedicalDisclaimer, RelatedPosts } from '../../src';
import { auditArticle, defaultAuditLabels, formatFindingsTable } from '../../src/audit';
import { auditLabelsByLanguage } from '../../src/locale/auditLabels';
import type { ComponentGroup } from '../../src/locale/types';
import { articleFromHtml } from '../../src/content';

const faqItems = [
  { id: 'one', question: '¿Primera?', answer: 'Sí.' },
  { id: 'two', question: '¿Segunda?', answer: 'No.' },
];

/** Every string and every function's output in a message group, flattened. */
function words(group: object): string[] {
  return Object.values(group).flatMap((value) =>
    typeof value === 'function' ? [String(value('1', 1))] : Array.isArray(value) ? value : [String(value)],
  );
}

describe('locales', () => {
  it('Spanish is complete: every English group and word has a Spanish one, and none is left in English', () => {
    const groups = Object.keys(en.messages) as ComponentGroup[];
    expect(Object.keys(es.messages).sort()).toEqual([...groups].sort());
    for (const group of groups) {
      expect(Object.keys(es.messages[group]).sort(), group).toEqual(Object.keys(en.messages[group]).sort());
      const english = new Set(words(en.messages[group]));
      for (const word of words(es.messages[group])) expect(english.has(word), `${group}: "${word}"`).toBe(false);
    }
  });

  it('renders the hero in Spanish, with dates and numbers written by Intl in that language', () => {
    render(
      <ArticleHero
        title="¿Puede ayudar la terapia con ketamina?"
        author={{ name: 'Amara Okafor' }}
        reviewer={{ name: 'Samuel Reyes', credentials: 'MD' }}
        published="2026-03-04"
        readingMinutes={12}
        locale={es}
      />,
    );
    expect(screen.getByText(/Revisado médicamente por/)).toBeInTheDocument();
    expect(screen.getByText(/12 min de lectura/)).toBeInTheDocument();
    const time = document.querySelector('time')!;
    expect(time).toHaveAttribute('dateTime', '2026-03-04');
    expect(time).toHaveTextContent('4 de marzo de 2026');
  });

  it('translates the FAQ, section, related list and disclaimer', () => {
    render(
      <>
        <ArticleSection heading="Cómo actúa" locale={es}>
          Texto.
        </ArticleSection>
        <FaqAccordion items={faqItems} locale={es} />
        <RelatedPosts posts={[{ title: 'Dormir mejor', href: '/dormir', date: '2026-01-05' }]} locale={es} />
        <MedicalDisclaimer variant="urgent" helplines={[{ label: 'Línea 024', tel: '024' }]} locale={es} />
      </>,
    );
    expect(screen.getByRole('link', { name: 'Enlace a la sección: Cómo actúa' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Preguntas frecuentes' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mostrar todas' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Artículos relacionados' })).toBeInTheDocument();
    expect(screen.getByText('5 de enero de 2026')).toBeInTheDocument();
    // The Spanish heading already says what the note is: no hidden prefix.
    expect(screen.getByRole('note', { name: 'Aviso médico' })).toHaveTextContent('No es un consejo médico');
    expect(screen.getByRole('link', { name: 'Llamar al 024' })).toHaveAttribute('href', 'tel:024');
  });

  it('joins several names the way the language writes a list', () => {
    const people = [{ name: 'Amara Okafor' }, { name: 'Lena Fischer' }, { name: 'Samuel Reyes' }];
    const { unmount } = render(<ArticleHero title="Título" author={people} locale={es} />);
    expect(screen.getByText(/^Por/)).toHaveTextContent('Por Amara Okafor, Lena Fischer y Samuel Reyes');
    unmount();
    render(<ArticleHero title="Title" author={people} />);
    expect(screen.getByText(/^By/)).toHaveTextContent('By Amara Okafor, Lena Fischer, and Samuel Reyes');
  });

  it('a locale with a region keeps the words and changes only the formats', () => {
    render(<ArticleHero title="Título" published="2026-03-04" locale={{ ...es, code: 'es-MX' }} />);
    expect(screen.getByText(/Publicado el/)).toBeInTheDocument();
    expect(document.querySelector('time')).toHaveTextContent('4 de marzo de 2026');
  });

  it('labels override the locale, word by word', () => {
    render(<FaqAccordion items={faqItems} locale={es} labels={{ showAll: 'Ver todas' }} />);
    expect(screen.getByRole('button', { name: 'Ver todas' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Preguntas frecuentes' })).toBeInTheDocument();
  });

  it('a bare non-English tag formats dates but warns that the words stay English', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<ArticleHero title="Titre" published="2026-03-04" locale="fr-FR" />);
    expect(document.querySelector('time')).toHaveTextContent('4 mars 2026');
    expect(screen.getByText(/Published/)).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/ArticleHero.*locale.*words stay English/));
  });

  it('an invalid tag falls back to en-US, shows the content, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<ArticleHero title="Title" published="2026-03-04" locale="not a tag!" />);
    expect(document.querySelector('time')).toHaveTextContent('March 4, 2026');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/ArticleHero.*locale.*not a valid BCP 47/));
  });

  it("falls back to English, and says so, for a locale object built by hand without a component's words", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { Callout: _left, ...messages } = es.messages;
    const partial = { ...es, messages } as unknown as typeof es;
    render(
      <Callout variant="warning" heading="Antes de empezar">
        Consulte a su médico.
      </Callout>,
    );
    render(
      <Callout variant="warning" heading="Antes de empezar" locale={partial}>
        Consulte a su médico.
      </Callout>,
    );
    const prefixes = screen.getAllByText('Warning:');
    expect(prefixes).toHaveLength(2);
    expect(warn).toHaveBeenCalledWith('[medprose] <Callout> `locale`: has no messages for Callout; using English.');
  });

  it('defineLocale fills the gaps from its base and sets right-to-left for Arabic', () => {
    const arabic = defineLocale({ code: 'ar', messages: { FaqAccordion: { showAll: 'عرض الكل' } } });
    expect(arabic.dir).toBe('rtl');
    expect(arabic.messages.FaqAccordion.showAll).toBe('عرض الكل');
    expect(arabic.messages.FaqAccordion.hideAll).toBe(en.messages.FaqAccordion.hideAll);
    const mexican = defineLocale({ code: 'es-MX', base: es, messages: { RelatedPosts: { heading: 'Te puede interesar' } } });
    expect(mexican.dir).toBe('ltr');
    expect(mexican.messages.RelatedPosts.heading).toBe('Te puede interesar');
    expect(mexican.messages.FaqAccordion.showAll).toBe('Mostrar todas');
    // The base is not changed.
    expect(es.messages.RelatedPosts.heading).toBe('Artículos relacionados');
  });

  describe("the editorial check's and the converter's words (build and server time only)", () => {
    // A page without a reviewer and without references: two findings whose words differ by language.
    const article = { title: 'Título', sections: [{ heading: 'Uno', body: 'Texto.' }] };
    const messages = (locale: NonNullable<Parameters<typeof auditArticle>[1]>['locale']) =>
      auditArticle(article, { locale, now: '2026-12-01' }).map((finding) => finding.message);
    // A closing paragraph after the FAQ's last answer, with no heading: the converter heads it.
    const closing =
      '<h2>Uno</h2><p>Texto.</p><h2>Preguntas frecuentes</h2><h3>¿Es grave?</h3><p>Casi nunca.</p><p>En conclusión, nada más.</p>';

    it('are not in the locale objects, so a client bundle that imports a locale does not carry them', () => {
      for (const locale of [en, es]) {
        expect(locale.messages).not.toHaveProperty('Audit');
        expect(locale.messages).not.toHaveProperty('Content');
      }
    });

    it('follow the locale language: es, a regional copy of es and a bare tag all read in Spanish', () => {
      const spanish = auditLabelsByLanguage.es!.noReviewer;
      expect(spanish).not.toBe(defaultAuditLabels.noReviewer);
      expect(messages(es)).toContain(spanish);
      expect(messages({ ...es, code: 'es-MX' })).toContain(spanish);
      expect(messages('es-419')).toContain(spanish);
      expect(messages(en)).toContain(defaultAuditLabels.noReviewer);
      expect(messages(undefined)).toContain(defaultAuditLabels.noReviewer);
      // A language the check has no words for reads in English.
      expect(messages(defineLocale({ code: 'fr' }))).toContain(defaultAuditLabels.noReviewer);
      expect(formatFindingsTable([], { locale: es })).toBe(auditLabelsByLanguage.es!.noFindings);
      expect(articleFromHtml(closing, { locale: es }).article.conclusion?.heading).toBe('Conclusión');
      expect(articleFromHtml(closing, { locale: { ...es, code: 'es-MX' } }).article.conclusion?.heading).toBe('Conclusión');
      expect(articleFromHtml(closing).article.conclusion?.heading).toBe('Conclusion');
    });

    it('a publisher still supplies or rewords them through defineLocale, over the built-in ones', () => {
      const french = defineLocale({
        code: 'fr',
        messages: { Audit: { noReviewer: 'Aucun relecteur médical.' }, Content: { conclusionHeading: 'En résumé' } },
      });
      expect(messages(french)).toContain('Aucun relecteur médical.');
      // The words it does not give stay the built-in English ones.
      expect(formatFindingsTable([], { locale: french })).toBe(defaultAuditLabels.noFindings);
      expect(
        articleFromHtml('<h2>Un</h2><p>Texte.</p><h2>FAQ</h2><h3>Grave ?</h3><p>Non.</p><p>In conclusion, voilà.</p>', { locale: french })
          .article.conclusion?.heading,
      ).toBe('En résumé');
      const reworded = defineLocale({ code: 'es', base: es, messages: { Audit: { noReviewer: 'Falta el revisor.' } } });
      expect(messages(reworded)).toContain('Falta el revisor.');
      expect(formatFindingsTable([], { locale: reworded })).toBe(auditLabelsByLanguage.es!.noFindings);
    });
  });
});
