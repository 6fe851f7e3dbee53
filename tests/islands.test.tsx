// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ketamineArticleData } from '../stories/fixtures/ketamineArticleData';
import { Article, FaqAccordion, type FaqItem } from '../src';
import { hydrateIslands } from '../src/islands';

const items: FaqItem[] = [
  {
    id: 'approved',
    question: 'Is ketamine approved for PTSD?',
    answer: (
      <>
        <p>No. It is used off-label.</p>
        <ul>
          <li>
            Ask <a href="/prescriber">your prescriber</a> first.
          </li>
        </ul>
      </>
    ),
  },
  { id: 'cost', question: 'What does it cost?', answer: <p>Costs vary widely between clinics.</p> },
];

/** The page as a static host sends it: server HTML, no React root. */
function staticPage(element: React.ReactElement): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = renderToString(element);
  document.body.append(container);
  return container;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('islands: the FAQ in a host that renders static HTML', () => {
  it('Article with islands renders the FAQ in its place, with its options and questions beside it but not its answers', () => {
    const html = renderToString(<Article article={ketamineArticleData} islands />);
    const container = document.createElement('div');
    container.innerHTML = html;
    const island = container.querySelector<HTMLElement>('[data-mp-island="FaqAccordion"]')!;
    expect(island).not.toBeNull();
    // In the text column, between the sections and the conclusion, as without islands.
    expect(island.closest('.mp-Article-TextColumn')).not.toBeNull();
    expect(island.nextElementSibling?.id).toBe('the-bottom-line');
    const props = JSON.parse(island.getAttribute('data-mp-props')!);
    expect(props.items.map((item: FaqItem) => item.question)).toEqual(ketamineArticleData.faq!.items.map((item) => item.question));
    expect(props.attributes).toEqual({ id: 'faq' });
    const answerText = island.querySelector('[data-faq-answer]')!.textContent!;
    expect(island.getAttribute('data-mp-props')).not.toContain(answerText.slice(0, 30));
    // Without islands there is no wrapper.
    expect(renderToString(<Article article={ketamineArticleData} />)).not.toContain('data-mp-island');
  });

  it('hydrateIslands makes the FAQ interactive where it stands, with every answer as the server wrote it and no warning', async () => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const page = staticPage(
      <main>
        <FaqAccordion island items={items} defaultOpen="cost" className="publisher-faq" />
      </main>,
    );
    const before = [...page.querySelectorAll('[data-faq-answer]')].map((answer) => answer.innerHTML);
    // Before: questions are headings, not toggles.
    expect(page.querySelectorAll('button[data-faq-trigger]')).toHaveLength(0);

    await act(async () => hydrateIslands(page));

    const approved = screen.getByRole('button', { name: 'Is ketamine approved for PTSD?' });
    expect(approved).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: 'What does it cost?' })).toHaveAttribute('aria-expanded', 'true');
    expect([...page.querySelectorAll('[data-faq-answer]')].map((answer) => answer.innerHTML)).toEqual(before);
    expect(page.querySelector('section')).toHaveClass('publisher-faq');
    // The section is named by its heading: the server's id survived hydration.
    expect(screen.getByRole('region', { name: 'Frequently asked questions' })).toBeInTheDocument();
    await act(async () => fireEvent.click(approved));
    expect(approved).toHaveAttribute('aria-expanded', 'true');
    expect(within(document.getElementById('approved-answer')!).getByRole('link', { name: 'your prescriber' })).toHaveAttribute(
      'href',
      '/prescriber',
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Hide all' })));
    expect(approved).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById('approved-answer')).toHaveAttribute('hidden', 'until-found');
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });

  it('keeps a heading given as rich content, from the page', async () => {
    const errors = vi.spyOn(console, 'error');
    const page = staticPage(
      <FaqAccordion
        island
        items={items}
        heading={
          <>
            Questions <em>people</em> ask
          </>
        }
      />,
    );
    await act(async () => hydrateIslands(page));
    expect(screen.getByRole('heading', { level: 2 }).innerHTML).toBe('Questions <em>people</em> ask');
    expect(screen.getAllByRole('button', { name: /\?$/ })).toHaveLength(2);
    expect(errors).not.toHaveBeenCalled();
  });

  it('warns on the server about a function it cannot carry, and the island still works', async () => {
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const page = staticPage(<FaqAccordion island items={items} onOpenChange={() => {}} />);
    expect(warnings.mock.calls.flat().join(' ')).toMatch(/FaqAccordion.*onOpenChange/);
    await act(async () => hydrateIslands(page));
    expect(screen.getAllByRole('button', { name: /\?$/ })).toHaveLength(2);
  });

  it('hydrates each island once, however often it is called', async () => {
    const errors = vi.spyOn(console, 'error');
    const page = staticPage(<FaqAccordion island items={items} />);
    await act(async () => hydrateIslands(page));
    await act(async () => hydrateIslands(page));
    expect(screen.getAllByRole('button', { name: /\?$/ })).toHaveLength(2);
    expect(errors).not.toHaveBeenCalled();
  });

  it('leaves an island with unreadable props as the server rendered it, and says so', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const page = staticPage(<FaqAccordion island items={items} />);
    page.querySelector('[data-mp-island]')!.setAttribute('data-mp-props', '{not json');
    await act(async () => hydrateIslands(page));
    expect(errors.mock.calls.flat().join(' ')).toMatch(/no readable props/);
    expect(page.querySelectorAll('button[data-faq-trigger]')).toHaveLength(0);
    expect(page.textContent).toContain('Costs vary widely between clinics.');
  });
});
