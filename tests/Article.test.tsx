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
      for (const id of `${element.getAttribute('aria-controls') ?? ''} ${element.getAttribute('aria-labelledby') ?? ''}`.split(/\s+/).filter(Boolean)) {
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
    const faq = { items: [{ question: 'Can I take it with food?', answer: 'Yes, with or without food.' }, { question: 'Who can I ask?', answer: <Answer /> }] };
    const { container } = render(<Article article={{ ...ketamineArticleData, faq, url: 'https://health.example.org/a' }} structuredData={{ faq: true }} />);
    const graph = JSON.parse(container.querySelector('script[type="application/ld+json"]')!.textContent!)['@graph'] as { '@type': string; mainEntity?: { name: string }[] }[];
    expect(graph.find((node) => node['@type'] === 'FAQPage')?.mainEntity?.map((question) => question.name)).toEqual(['Can I take it with food?']);
    expect(screen.getByRole('button', { name: 'Who can I ask?' })).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<Article> `article\.faq\.items\[1\]\.answer`.*left out of the FAQPage/));
  });

  it('shows no disclaimer with disclaimer: false, the urgent one with its help line, and nothing (with a warning) without an article', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(<Article article={{ ...ketamineArticleData, disclaimer: false }} />);
    expect(screen.queryByRole('note', { name: /disclaimer/i })).toBeNull();
    rerender(<Article article={{ ...ketamineArticleData, disclaimer: { variant: 'urgent', helplines: [{ label: 'Emergency services', tel: '999' }] } }} />);
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
      sections: [null, { heading: 'When to rest', body: 'Rest and fluids help most people recover.' }, { heading: null, body: 'A section the CMS sent without its heading.' }],
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
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Rest', 'Fluids']);
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
});
