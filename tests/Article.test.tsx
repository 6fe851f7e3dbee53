import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { describe, expect, it, vi } from 'vitest';
import { Article, es, type ArticleData } from '../src';
import { ketamineArticle } from '../stories/fixtures/ketamineArticle';
import { ketamineArticleData, ketamineArticleDataEs } from '../stories/fixtures/ketamineArticleData';
import { ketamineSources } from '../stories/fixtures/ketamineTrust';
import { axe } from './axe';

describe('Article', () => {
  it('renders the whole page from one object: one h1, review, takeaways, contents, sections, FAQ, references, disclaimer, related', () => {
    const { container } = render(<Article article={ketamineArticleData} />);
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    expect(screen.getByText(/Medically reviewed by/)).toHaveTextContent('Dr. Samuel Reyes');
    expect(screen.getByText(/Page last reviewed/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Key takeaways' })).toBeInTheDocument();
    for (const section of ketamineArticle.sections) expect(screen.getByRole('heading', { name: section.heading })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: ketamineArticle.faqHeading })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'References' })).toBeInTheDocument();
    expect(screen.getByRole('note', { name: /Medical disclaimer/ })).toBeInTheDocument();
    // The related list leaves out the article itself.
    const related = screen.getByRole('region', { name: 'Related articles' });
    expect(within(related).queryByRole('link', { name: ketamineArticle.title })).toBeNull();
  });

  it('gives every element a unique id, and every contents link and ARIA reference points at one', () => {
    const { container } = render(<Article article={ketamineArticleData} />);
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    const links = within(nav).getAllByRole('link');
    expect(links.length).toBe(ketamineArticle.sections.length + 3); // sections, FAQ, conclusion, references
    for (const link of links) expect(container.querySelector(link.getAttribute('href')!)).not.toBeNull();
    for (const element of container.querySelectorAll('[aria-controls], [aria-labelledby]')) {
      for (const id of `${element.getAttribute('aria-controls') ?? ''} ${element.getAttribute('aria-labelledby') ?? ''}`
        .split(/\s+/)
        .filter(Boolean)) {
        expect(document.getElementById(id), id).not.toBeNull();
      }
    }
  });

  it('numbers citations in the order the text first cites them, each linked to its reference and back', () => {
    const { container } = render(<Article article={ketamineArticleData} />);
    const marks = [...container.querySelectorAll('sup a[href^="#ref-"]')];
    // The first section that cites names WHO then NICE: they become 1 and 2, whatever the list order.
    expect(marks[0]).toHaveAccessibleName('Reference 1');
    expect(marks[0]).toHaveAttribute('href', '#ref-who-ptsd');
    expect(marks[1]).toHaveAttribute('href', '#ref-nice-ng116');
    const list = screen.getByRole('heading', { name: 'References' }).closest('section')!;
    const entries = within(list).getAllByRole('listitem');
    expect(entries).toHaveLength(ketamineSources.length);
    expect(entries[0]).toHaveTextContent('World Health Organization');
    for (const mark of marks) expect(container.querySelector(`a[href="#${mark.id}"]`), mark.id).not.toBeNull();
  });

  it('in Spanish every part speaks Spanish and the page says so', () => {
    const { container } = render(<Article article={ketamineArticleDataEs} locale={es} />);
    expect(container.firstElementChild).toHaveAttribute('lang', 'es');
    expect(screen.getByRole('navigation', { name: 'En esta página' })).toBeInTheDocument();
    expect(screen.getByText(/Revisado médicamente por/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Referencias' })).toBeInTheDocument();
    expect(screen.getByRole('note', { name: /Aviso médico/ })).toBeInTheDocument();
  });

  it('renders a minimal article with no contents, review or references; warns about missing sections, not an empty list', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<Article article={{ title: 'Just a title', sections: [{ heading: 'Only', body: 'One line.' }] }} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Just a title' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByText('One line.')).toBeInTheDocument();
    // A post with no headings keeps its text in the intro: an empty list is data, not a mistake.
    rerender(<Article article={{ title: 'No headings', intro: ['All of it in one part.'], sections: [] }} />);
    expect(screen.getByText('All of it in one part.')).toBeInTheDocument();
    expect(warn).not.toHaveBeenCalled();
    rerender(<Article article={{ title: 'No sections given' } as never} />);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Article.*article\.sections.*missing/));
  });

  it('renders on the server with its styles', () => {
    const sheet = new ServerStyleSheet();
    const html = renderToString(sheet.collectStyles(<Article article={ketamineArticleData} />));
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain('href="#ref-who-ptsd"');
    expect(sheet.getStyleTags()).toMatch(/^<style/);
    sheet.seal();
  });

  it('writes JSON-LD that matches what the page shows, with every FAQ anchor on the page', () => {
    const url = 'https://health.example.org/articles/ketamine-for-trauma';
    const { container } = render(<Article article={{ ...ketamineArticleData, url }} structuredData={{ faq: true, audience: 'patient' }} />);
    const scripts = container.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const graph = JSON.parse(scripts[0]!.textContent!)['@graph'] as Record<string, unknown>[];
    const byType = (type: string) => graph.find((node) => node['@type'] === type)!;
    expect(byType('Article').headline).toBe(ketamineArticle.title);
    expect(byType('MedicalWebPage').lastReviewed).toBe(ketamineArticleData.lastReviewed);
    const questions = byType('FAQPage').mainEntity as { name: string; url: string; acceptedAnswer: { text: string } }[];
    expect(questions.map((question) => question.name)).toEqual(ketamineArticle.faq.map((item) => item.question));
    for (const [index, question] of questions.entries()) {
      const id = question.url.slice(url.length + 1);
      expect(container.querySelector(`[id="${id}"]`), id).not.toBeNull();
      expect(question.acceptedAnswer.text).toContain(ketamineArticle.faq[index]!.answer[0]!);
    }
  });

  it('writes no JSON-LD without an absolute URL, and says why when it was asked for', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(<Article article={ketamineArticleData} />);
    expect(container.querySelector('script')).toBeNull();
    expect(warn).not.toHaveBeenCalled();
    rerender(<Article article={ketamineArticleData} structuredData />);
    expect(container.querySelector('script')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Article.*article\.url.*absolute/));

    // With an absolute URL, `false` still turns it off.
    rerender(<Article article={{ ...ketamineArticleData, url: 'https://health.example.org/a' }} structuredData={false} />);
    expect(container.querySelector('script')).toBeNull();
  });

  it('leaves a question whose answer is a component out of the FAQPage markup, keeps it on the page, and names it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const Answer = () => <p>Ask your pharmacist.</p>;
    const faq = {
      items: [
        { question: 'Can I take it with food?', answer: 'Yes, with or without food.' },
        { question: 'Who can I ask?', answer: <Answer /> },
      ],
    };
    const { container } = render(
      <Article article={{ ...ketamineArticleData, faq, url: 'https://health.example.org/a' }} structuredData={{ faq: true }} />,
    );
    const graph = JSON.parse(container.querySelector('script[type="application/ld+json"]')!.textContent!)['@graph'] as {
      '@type': string;
      mainEntity?: { name: string }[];
    }[];
    expect(graph.find((node) => node['@type'] === 'FAQPage')?.mainEntity?.map((question) => question.name)).toEqual([
      'Can I take it with food?',
    ]);
    expect(screen.getByRole('button', { name: 'Who can I ask?' })).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<Article> `article\.faq\.items\[1\]\.answer`.*left out of the FAQPage/));
  });

  it('shows no disclaimer with disclaimer: false, the urgent one with its help line, and nothing (with a warning) without an article', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(<Article article={{ ...ketamineArticleData, disclaimer: false }} />);
    expect(screen.queryByRole('note', { name: /disclaimer/i })).toBeNull();
    rerender(
      <Article
        article={{ ...ketamineArticleData, disclaimer: { variant: 'urgent', helplines: [{ label: 'Emergency services', tel: '999' }] } }}
      />,
    );
    const urgent = screen.getByRole('note', { name: /disclaimer/i });
    expect(within(urgent).getByRole('link', { name: /999/ })).toHaveAttribute('href', 'tel:999');
    rerender(<Article article={null as unknown as ArticleData} />);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<Article> `article`: is missing/));
  });

  it('shows or hides "On this page" as the contents prop says', () => {
    const { rerender } = render(<Article article={ketamineArticleData} contents={false} />);
    expect(screen.queryByRole('navigation', { name: 'On this page' })).toBeNull();
    rerender(<Article article={{ ...ketamineArticleData, sections: ketamineArticleData.sections.slice(0, 1) }} contents />);
    expect(screen.getByRole('navigation', { name: 'On this page' })).toBeInTheDocument();
  });

  it('renders what it can read of data with holes (null sections and questions, a conclusion with no heading), and warns where each hole is', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const article = {
      title: 'Headaches after a cold',
      category: null,
      sections: [
        null,
        { heading: 'When to rest', body: 'Rest and fluids help most people recover.' },
        { heading: null, body: 'A section the CMS sent without its heading.' },
      ],
      faq: { items: [null, { question: 'Should I see a doctor?', answer: 'If the headache is sudden and severe, get urgent help.' }] },
      conclusion: { body: 'Most of these headaches pass within a week or two.' },
    } as unknown as ArticleData;
    const { container } = render(<Article article={article} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Headaches after a cold' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'When to rest' })).toBeInTheDocument();
    // No text of the author's is lost: the untitled section and the untitled conclusion still show their bodies.
    expect(container).toHaveTextContent('A section the CMS sent without its heading.');
    expect(container).toHaveTextContent('Most of these headaches pass within a week or two.');
    expect(screen.getByRole('button', { name: 'Should I see a doctor?' })).toBeInTheDocument();
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<Article> `article\.sections\[0\]`.*left out/));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<Article> `article\.faq\.items\[0\]`.*left out/));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<ArticleSection> `heading`.*missing/));
  });

  it('leaves an untitled section out of "On this page" (one warning, from the section), and still shows its body', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const sections = [
      { heading: 'Rest', body: 'Rest helps.' },
      { heading: '', body: 'A section the CMS sent without its heading.' },
      { heading: 'Fluids', body: 'Drink enough to keep your urine pale.' },
    ];
    const { container } = render(<Article article={{ title: 'Colds', sections }} contents />);
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Rest', 'Fluids']);
    expect(container).toHaveTextContent('A section the CMS sent without its heading.');
    // Article leaves it out itself, so the contents list does not warn about an item it was handed without a label.
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<ArticleSection> `heading`/));
    expect(warn).not.toHaveBeenCalledWith(expect.stringMatching(/<TableOfContents>/));
  });

  it('shows no FAQ and no conclusion, and warns, when they are not lists or objects', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const article = {
      title: 'Sleep and headaches',
      sections: [{ heading: 'A regular routine', body: 'Going to bed at the same time each night can help.' }],
      faq: { items: 'not a list' },
      conclusion: 'not a section',
    } as unknown as ArticleData;
    render(<Article article={article} />);
    expect(screen.getByRole('heading', { name: 'A regular routine' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Frequently asked questions/i })).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<Article> `article\.faq\.items`.*expected an array/));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<Article> `article\.conclusion`.*left out/));
  });

  it('has no axe violations', async () => {
    const { container } = render(<Article article={ketamineArticleData} />);
    expect(await axe(container)).toHaveNoViolations();
  });

  describe('crisis help near the top (decision 0033)', () => {
    const plain: ArticleData = {
      title: 'Sleep and shift work',
      sections: [{ heading: 'Why it matters', body: ['Night shifts move the body clock.'] }],
      disclaimer: false,
    };
    const crisisBox = () => screen.queryByRole('region', { name: 'If you need help now' });

    it('on the sample article: after the key takeaways, before the first section, its numbers tap-to-call', () => {
      const { container } = render(<Article article={ketamineArticleData} />);
      const box = crisisBox()!;
      const takeaways = container.querySelector('[data-medprose-takeaways]')!;
      const firstSection = container.querySelector('section[data-level]')!;
      expect(takeaways.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(box.compareDocumentPosition(firstSection) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      // The article's own lines, as the disclaimer lists them.
      expect(within(box).getByRole('link', { name: 'Call 116 123' })).toHaveAttribute('href', 'tel:116123');
    });

    it('when the text mentions self-harm, with a general disclaimer; not on a page that does not', () => {
      const { rerender } = render(<Article article={plain} />);
      expect(crisisBox()).toBeNull();
      rerender(
        <Article
          article={{ ...plain, sections: [{ heading: 'Feeling low', body: [<p key="p">Some people think about self-harm.</p>] }] }}
        />,
      );
      expect(crisisBox()).not.toBeNull();
      rerender(
        <Article
          article={{ ...plain, faq: { items: [{ question: 'What if I have suicidal thoughts?', answer: 'Talk to someone today.' }] } }}
        />,
      );
      expect(crisisBox()).not.toBeNull();
    });

    it('reads Spanish text in Spanish, and says nothing of a language without a word list', () => {
      const spanish: ArticleData = {
        ...plain,
        sections: [{ heading: 'Cuando todo pesa', body: ['Algunas personas piensan en quitarse la vida.'] }],
      };
      const { rerender } = render(<Article article={spanish} locale={es} country="ES" />);
      expect(screen.getByRole('region', { name: 'Si necesita ayuda ahora' })).toBeInTheDocument();
      rerender(<Article article={spanish} locale="de-DE" />);
      expect(crisisBox()).toBeNull();
    });

    it('as the publisher says: crisisSupport true shows it, false never, whatever the text', () => {
      const { rerender } = render(<Article article={{ ...plain, crisisSupport: true }} country="US" />);
      expect(within(crisisBox()!).getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
      rerender(<Article article={{ ...ketamineArticleData, crisisSupport: false }} />);
      expect(crisisBox()).toBeNull();
      // The urgent disclaimer at the foot keeps its own help.
      expect(screen.getByRole('note', { name: /Medical disclaimer/ })).toHaveTextContent(/116 123/);
    });

    it('puts the reader\u2019s country first in the crisis box and the disclaimer, dropping no line', () => {
      const labelsIn = (element: HTMLElement) =>
        [...element.querySelectorAll('.mp-HelplineList-GroupName')].map((name) => name.textContent);
      const { rerender } = render(<Article article={ketamineArticleData} />);
      expect(labelsIn(crisisBox()!)).toEqual(['US', 'UK']);
      rerender(<Article article={ketamineArticleData} country="gb" />);
      expect(labelsIn(crisisBox()!)).toEqual(['UK', 'US']);
      expect(labelsIn(screen.getByRole('note', { name: /Medical disclaimer/ }))).toEqual(['UK', 'US']);
      expect(within(crisisBox()!).getAllByRole('link')).toHaveLength(ketamineArticle.helplines.length);
      // A locale's region orders the lines too.
      rerender(<Article article={ketamineArticleData} locale="en-GB" />);
      expect(labelsIn(crisisBox()!)).toEqual(['UK', 'US']);
    });
  });

  describe('each date once where it matters', () => {
    const dated: ArticleData = {
      title: 'Dated',
      sections: [{ heading: 'One', body: ['Text.'] }],
      updated: '2026-05-02',
      review: { reviewer: { name: 'Dr. Ada Lane' }, date: '2026-05-02' },
      factCheck: { checker: { name: 'Jo Park' }, date: '2026-06-01' },
      lastReviewed: '2026-06-01',
      nextReviewDue: '2027-06-01',
      disclaimer: false,
    };

    it('the reviewer and the review day in the hero; the update only when it was another day; the review dates at the foot', () => {
      const { container, rerender } = render(<Article article={dated} />);
      const hero = container.querySelector('header')!;
      expect(hero).toHaveTextContent('Medically reviewed by Dr. Ada Lane on May 2, 2026');
      expect(hero).not.toHaveTextContent(/Updated/);
      const foot = container.querySelector('[data-medprose-review-byline]')!;
      expect(foot).toHaveTextContent(/Page last reviewed.*June 1, 2026/);
      expect(foot).toHaveTextContent(/Next review due.*June 1, 2027/);
      // The fact check on the day of the last review: its date is not said twice.
      expect(foot.textContent!.match(/June 1, 2026/g)).toHaveLength(1);
      expect(foot).not.toHaveTextContent(/Medically reviewed/);
      rerender(<Article article={{ ...dated, updated: '2026-07-09', factCheck: { checker: { name: 'Jo Park' }, date: '2026-05-20' } }} />);
      expect(container.querySelector('header')).toHaveTextContent(/Updated.*July 9, 2026/);
      expect(container.querySelector('[data-medprose-review-byline]')).toHaveTextContent(/May 20, 2026/);
    });

    it('warns when the reviewer has no review date, and still credits them', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container } = render(<Article article={{ ...dated, review: { reviewer: { name: 'Dr. Ada Lane' } } as never }} />);
      expect(container.querySelector('header')).toHaveTextContent('Medically reviewed by Dr. Ada Lane');
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<Article> `article\.review\.date`.*missing/));
      warn.mockRestore();
    });
  });
});
