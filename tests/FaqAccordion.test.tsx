import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { FaqAccordion, type FaqItem } from '../src';
import { axe } from './axe';

const items: FaqItem[] = [
  { question: 'Is ketamine approved for PTSD?', answer: <p>No, it is used off-label for PTSD.</p> },
  { question: 'How long does a session last?', answer: <p>Usually about two hours, <span id="monitoring-note">with monitoring</span>.</p> },
  { id: 'cost', question: 'What does it cost?', answer: <p>Costs vary widely between clinics.</p> },
];

const trigger = (name: string | RegExp) => screen.getByRole('button', { name });
const panelOf = (button: HTMLElement) => document.getElementById(button.getAttribute('aria-controls')!)!;

describe('FaqAccordion', () => {
  it('renders the section heading at its level and the questions one level below', () => {
    const { rerender } = render(<FaqAccordion items={items} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Frequently asked questions' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(3);
    rerender(<FaqAccordion items={items} headingLevel={3} heading="Your questions" />);
    expect(screen.getByRole('heading', { level: 3, name: 'Your questions' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(3);
  });

  it('keeps every answer in the DOM, closed answers hidden', () => {
    render(<FaqAccordion items={items} />);
    for (const text of ['No, it is used off-label for PTSD.', 'Costs vary widely between clinics.']) {
      const answer = screen.getByText(text, { ignore: false } as never);
      expect(answer.closest('[data-faq-panel]')).toHaveAttribute('hidden');
    }
  });

  it('opens and closes a question with the mouse', async () => {
    const user = userEvent.setup();
    render(<FaqAccordion items={items} />);
    const button = trigger('Is ketamine approved for PTSD?');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(panelOf(button)).not.toHaveAttribute('hidden');
    expect(screen.getByText('No, it is used off-label for PTSD.')).toBeVisible();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(panelOf(button)).toHaveAttribute('hidden');
  });

  it('follows the accordion keyboard pattern: Enter, Space, arrows, Home, End', async () => {
    const user = userEvent.setup();
    render(<FaqAccordion items={items} showAllControl={false} />);
    const [first, second, third] = items.map((item) => trigger(item.question));
    await user.tab();
    expect(first).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(first).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard(' ');
    expect(first).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowDown}');
    expect(second).toHaveFocus();
    await user.keyboard('{End}');
    expect(third).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(third).toHaveFocus();
    await user.keyboard('{Home}');
    expect(first).toHaveFocus();
  });

  it('type "single" closes the open question when another opens', async () => {
    const user = userEvent.setup();
    render(<FaqAccordion items={items} type="single" />);
    await user.click(trigger(items[0]!.question));
    await user.click(trigger(items[1]!.question));
    expect(trigger(items[0]!.question)).toHaveAttribute('aria-expanded', 'false');
    expect(trigger(items[1]!.question)).toHaveAttribute('aria-expanded', 'true');
    expect(screen.queryByRole('button', { name: 'Show all' })).toBeNull();
  });

  it('opens the defaultOpen items', () => {
    render(<FaqAccordion items={items} defaultOpen="cost" />);
    expect(trigger('What does it cost?')).toHaveAttribute('aria-expanded', 'true');
    expect(trigger(items[0]!.question)).toHaveAttribute('aria-expanded', 'false');
  });

  it('gives items ids slugged from the question, unique, and puts them on the item', () => {
    const { container } = render(
      <FaqAccordion items={[{ question: 'Why?', answer: 'A' }, { question: 'Why?', answer: 'B' }, ...items]} />,
    );
    const ids = [...container.querySelectorAll('[data-faq-item]')].map((el) => el.id);
    expect(ids).toEqual(['why', 'why-2', 'is-ketamine-approved-for-ptsd', 'how-long-does-a-session-last', 'cost']);
  });

  it('opens the question named by location.hash on load', () => {
    window.location.hash = '#cost';
    render(<FaqAccordion items={items} />);
    expect(trigger('What does it cost?')).toHaveAttribute('aria-expanded', 'true');
  });

  it('opens a question on hashchange, including a hash naming an element inside its answer', () => {
    render(<FaqAccordion items={items} />);
    act(() => {
      window.location.hash = '#monitoring-note';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(trigger('How long does a session last?')).toHaveAttribute('aria-expanded', 'true');
    act(() => {
      window.location.hash = '#is-ketamine-approved-for-ptsd';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(trigger('Is ketamine approved for PTSD?')).toHaveAttribute('aria-expanded', 'true');
  });

  it('after hydration, closed answers are hidden="until-found" and beforematch opens them', async () => {
    const user = userEvent.setup();
    render(<FaqAccordion items={items} />);
    const button = trigger('What does it cost?');
    const panel = panelOf(button);
    expect(panel).toHaveAttribute('hidden', 'until-found');
    act(() => {
      panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
    });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(panel).not.toHaveAttribute('hidden');
    await user.click(button);
    expect(panel).toHaveAttribute('hidden', 'until-found');
  });

  it('Show all opens every answer and becomes Hide all, which closes them', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(<FaqAccordion items={items} onOpenChange={onOpenChange} />);
    const toggle = screen.getByRole('button', { name: 'Show all' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveTextContent('Hide all');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    for (const item of items) expect(trigger(item.question)).toHaveAttribute('aria-expanded', 'true');
    expect(onOpenChange).toHaveBeenLastCalledWith(['is-ketamine-approved-for-ptsd', 'how-long-does-a-session-last', 'cost']);
    await user.click(toggle);
    expect(toggle).toHaveTextContent('Show all');
    for (const item of items) expect(trigger(item.question)).toHaveAttribute('aria-expanded', 'false');
  });

  it('Show all turns to Hide all when the reader opens the last closed one by hand', async () => {
    const user = userEvent.setup();
    render(<FaqAccordion items={items.slice(0, 2)} />);
    await user.click(trigger(items[0]!.question));
    expect(screen.getByRole('button', { name: 'Show all' })).toBeInTheDocument();
    await user.click(trigger(items[1]!.question));
    expect(screen.getByRole('button', { name: 'Hide all' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('renders nothing for an empty list and warns, naming the component and prop', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<FaqAccordion items={[]} />);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/FaqAccordion.*`items`.*empty/));
  });

  it('keeps an answer whose question is missing, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // @ts-expect-error: bad CMS data
    render(<FaqAccordion items={[{ answer: 'An orphaned answer.' }, items[0]]} />);
    expect(screen.getByText('An orphaned answer.')).toBeInTheDocument();
    expect(trigger('Question')).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/FaqAccordion.*items\[0\]\.question/));
  });

  it('marks the root for print expansion unless expandOnPrint is false', () => {
    const { container, rerender } = render(<FaqAccordion items={items} />);
    expect(container.firstElementChild).toHaveAttribute('data-expand-on-print');
    rerender(<FaqAccordion items={items} expandOnPrint={false} />);
    expect(container.firstElementChild).not.toHaveAttribute('data-expand-on-print');
  });

  it('wires every trigger to its panel', () => {
    render(<FaqAccordion items={items} />);
    for (const item of items) {
      const button = trigger(item.question);
      const panel = panelOf(button);
      expect(panel).toBeInTheDocument();
      expect(panel).toHaveAttribute('aria-labelledby', button.id);
    }
  });

  it('renders every answer on the server, closed ones with hidden', () => {
    const html = renderToString(<FaqAccordion items={items} defaultOpen="cost" />);
    expect(html).toContain('No, it is used off-label for PTSD.');
    expect(html).toContain('with monitoring');
    expect(html).toContain('Costs vary widely between clinics.');
    expect(html.match(/data-faq-panel="[^"]*"[^>]*hidden=""|hidden=""[^>]*data-faq-panel/g)).toHaveLength(2);
  });

  it('has no axe violations, closed and open', async () => {
    const user = userEvent.setup();
    const { container } = render(<main><h1>Page</h1><FaqAccordion items={items} /></main>);
    expect(await axe(container)).toHaveNoViolations();
    await user.click(trigger(items[1]!.question));
    expect(await axe(container)).toHaveNoViolations();
  });

  it('is a named region containing the questions', () => {
    render(<FaqAccordion items={items} />);
    const region = screen.getByRole('region', { name: 'Frequently asked questions' });
    expect(within(region).getAllByRole('button', { expanded: false })).toHaveLength(4);
    fireEvent.click(trigger(items[0]!.question));
    expect(within(region).getAllByRole('button', { expanded: true })).toHaveLength(1);
  });
});
