import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type React from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FaqAccordion, type FaqItem } from '../src';
import { axe } from './axe';

const items: FaqItem[] = [
  { question: 'Is ketamine approved for PTSD?', answer: <p>No, it is used off-label for PTSD.</p> },
  {
    question: 'How long does a session last?',
    answer: (
      <p>
        Usually about two hours, <span id="monitoring-note">with monitoring</span>.
      </p>
    ),
  },
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
    const { container } = render(<FaqAccordion items={[{ question: 'Why?', answer: 'A' }, { question: 'Why?', answer: 'B' }, ...items]} />);
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

  it('keeps a question whose answer is missing, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // @ts-expect-error: bad CMS data
    render(<FaqAccordion items={[{ question: 'Is there an answer?' }, items[2]]} defaultOpen={['is-there-an-answer', 'cost']} />);
    expect(trigger('Is there an answer?')).toHaveAttribute('aria-expanded', 'true');
    expect(panelOf(trigger('Is there an answer?'))).toHaveTextContent(/^$/);
    expect(screen.getByText('Costs vary widely between clinics.')).toBeVisible();
    expect(warn).toHaveBeenCalledWith('[medprose] <FaqAccordion> `items[0].answer`: is missing.');
  });

  it('opens the defaultOpen ids that exist, and warns about one no item has', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<FaqAccordion items={items} defaultOpen={['no-such-question', 'cost']} />);
    expect(trigger('What does it cost?')).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('button', { expanded: true })).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith('[medprose] <FaqAccordion> `defaultOpen`: no item has the id "no-such-question".');
  });

  it('treats an unknown type as "multiple", and warns', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const user = userEvent.setup();
    // @ts-expect-error: a CMS sends a type medprose does not know
    render(<FaqAccordion items={items} type="several" />);
    await user.click(trigger(items[0]!.question));
    await user.click(trigger(items[1]!.question));
    expect(trigger(items[0]!.question)).toHaveAttribute('aria-expanded', 'true');
    expect(trigger(items[1]!.question)).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Show all' })).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^\[medprose\] <FaqAccordion> `type`: expected "single" or "multiple", got "several"; using "multiple"/),
    );
  });

  it('with heading={null}, renders no section heading and makes the questions the h2s', () => {
    const { container } = render(<FaqAccordion items={items} heading={null} />);
    expect(screen.queryByRole('heading', { name: 'Frequently asked questions' })).toBeNull();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(items.map((item) => item.question));
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
    expect(container.firstElementChild).not.toHaveAttribute('aria-labelledby');
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

  it('renders every answer on the server, none hidden, closed ones marked for the stylesheet to fold', () => {
    const html = renderToString(<FaqAccordion items={items} defaultOpen="cost" />);
    expect(html).toContain('No, it is used off-label for PTSD.');
    expect(html).toContain('with monitoring');
    expect(html).toContain('Costs vary widely between clinics.');
    // Without CSS (a stylesheet that failed, a reader mode) every answer shows: no panel is `hidden`.
    const panels = html.match(/<div[^>]*data-faq-panel[^>]*>/g) ?? [];
    expect(panels).toHaveLength(3);
    for (const panel of panels) expect(panel).not.toMatch(/\shidden/);
    // Show all could do nothing before hydration: hidden, so it is not a dead button on a page without CSS.
    expect(html).toMatch(/<button[^>]*data-faq-control=""[^>]*hidden=""/);
    const states = [...html.matchAll(/<div data-state="(open|closed)" id="([^"]+)-answer"/g)].map(([, state, id]) => `${id}:${state}`);
    expect(states).toEqual(['is-ketamine-approved-for-ptsd:closed', 'how-long-does-a-session-last:closed', 'cost:open']);
  });

  it('has no axe violations, closed and open', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <main>
        <h1>Page</h1>
        <FaqAccordion items={items} />
      </main>,
    );
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

const hydratedRoots: { root?: ReturnType<typeof hydrateRoot>; container: HTMLElement }[] = [];
// Also when a test fails half-way, so that its markup cannot leak into the next test's queries.
afterEach(() => {
  for (const { root, container } of hydratedRoots.splice(0)) {
    if (root) act(() => root.unmount());
    container.remove();
  }
});

/** Server-renders `element` into a container in the document, as a browser would receive it before hydrating. */
function serverHtml(element: React.ReactElement) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(element);
  document.body.appendChild(container);
  hydratedRoots.push({ container });
  return container;
}

/** Hydrates the server HTML in `container`, failing on any hydration error or warning. */
async function hydrate(container: HTMLElement, element: React.ReactElement) {
  const error = vi.spyOn(console, 'error');
  const recoverable = vi.fn();
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  let root!: ReturnType<typeof hydrateRoot>;
  await act(async () => {
    root = hydrateRoot(container, element, { onRecoverableError: recoverable });
  });
  hydratedRoots.find((entry) => entry.container === container)!.root = root;
  expect(recoverable).not.toHaveBeenCalled();
  expect(error).not.toHaveBeenCalled();
  return root;
}

describe('FaqAccordion before hydration and without JavaScript', () => {
  it('in the server HTML, questions are headings, not toggles: nothing claims a collapsed state', () => {
    const container = serverHtml(<FaqAccordion items={items} />);
    const questions = within(container).getAllByRole('heading', { level: 3 });
    expect(questions.map((heading) => heading.textContent)).toEqual(items.map((item) => item.question));
    for (const heading of questions) {
      expect(heading.querySelector('button, [aria-expanded], [aria-controls], [tabindex]')).toBeNull();
    }
    for (const item of items) expect(within(container).queryByRole('button', { name: item.question })).toBeNull();
    // The only element with aria-expanded is Show all, which the page hides without JavaScript.
    expect([...container.querySelectorAll('[aria-expanded]')].map((element) => element.getAttribute('data-faq-control'))).toEqual(['']);
    // Every answer is still there, and still labelled by its question.
    expect(container.textContent).toContain('Costs vary widely between clinics.');
    const panel = container.querySelector('#cost-answer')!;
    expect(document.getElementById(panel.getAttribute('aria-labelledby')!)).toHaveTextContent('What does it cost?');
  });

  it('hydrates without a warning, then every question is a toggle with aria-expanded and aria-controls', async () => {
    const container = serverHtml(<FaqAccordion items={items} />);
    await hydrate(container, <FaqAccordion items={items} />);
    for (const item of items) {
      const button = within(container).getByRole('button', { name: item.question });
      expect(button).toHaveAttribute('aria-expanded', 'false');
      expect(document.getElementById(button.getAttribute('aria-controls')!)).toHaveAttribute('hidden', 'until-found');
    }
    // The toggle takes the question's id (that it takes its box too is checked in Chromium, tests/browser/).
    expect(container.querySelector('#cost-question')!.tagName).toBe('BUTTON');
    await act(async () => fireEvent.click(within(container).getByRole('button', { name: 'What does it cost?' })));
    expect(container.querySelector('#cost-answer')).not.toHaveAttribute('hidden');
  });

  it('a #hash in the address opens its question as the server HTML hydrates', async () => {
    window.location.hash = '#cost';
    const container = serverHtml(<FaqAccordion items={items} />);
    expect(container.querySelector('#cost-answer')).toHaveAttribute('data-state', 'closed');
    await hydrate(container, <FaqAccordion items={items} />);
    expect(within(container).getByRole('button', { name: 'What does it cost?' })).toHaveAttribute('aria-expanded', 'true');
    expect(container.querySelector('#cost-answer')).not.toHaveAttribute('hidden');
  });
});

describe('FaqAccordion landmarks and search snippets', () => {
  const many = (count: number): FaqItem[] =>
    Array.from({ length: count }, (_, index) => ({
      id: `q${index + 1}`,
      question: `Question number ${index + 1}?`,
      answer: `Answer ${index + 1}.`,
    }));

  it('with six items or fewer, every answer panel is a region named by its question', () => {
    render(<FaqAccordion items={many(6)} defaultOpen={['q1', 'q6']} />);
    expect(screen.getByRole('region', { name: 'Question number 1?' })).toHaveTextContent('Answer 1.');
    expect(screen.getByRole('region', { name: 'Question number 6?' })).toBeInTheDocument();
    expect(document.querySelectorAll('[data-faq-panel][role="region"]')).toHaveLength(6);
  });

  it('with more than six items no panel is a region, on the server and after hydration, so Show all cannot flood the landmarks', async () => {
    const element = <FaqAccordion items={many(7)} />;
    const container = serverHtml(element);
    const countRegions = () => container.querySelectorAll('[data-faq-panel][role], [data-faq-panel][aria-labelledby]').length;
    expect(countRegions()).toBe(0);
    await hydrate(container, element);
    await act(async () => fireEvent.click(within(container).getByRole('button', { name: 'Show all' })));
    expect(within(container).getAllByRole('region')).toHaveLength(1); // the FAQ section itself
    expect(countRegions()).toBe(0);
    expect(container.querySelectorAll('[data-faq-panel]:not([hidden])')).toHaveLength(7);
  });

  it('keeps the words of the controls out of search snippets, and only those', async () => {
    const user = userEvent.setup();
    const { container } = render(<FaqAccordion items={items} />);
    const toggle = screen.getByRole('button', { name: 'Show all' });
    expect(toggle.querySelector('[data-nosnippet]')).toHaveTextContent('Show all');
    await user.click(toggle);
    expect(toggle.querySelector('[data-nosnippet]')).toHaveTextContent('Hide all');
    const noSnippetText = [...container.querySelectorAll('[data-nosnippet]')].map((element) => element.textContent).join('');
    expect(noSnippetText).toBe('Hide all');
  });
});

describe('FaqAccordion rememberOpen', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  /** Opens questions, then leaves (unmounts) and comes back (mounts again), as a reader returning in the same tab. */
  async function openLeaveAndReturn(element: React.ReactElement, questions: string[]) {
    const user = userEvent.setup();
    const first = render(element);
    for (const question of questions) await user.click(trigger(question));
    first.unmount();
    return render(element);
  }

  it('is off by default: nothing is stored and a return starts closed', async () => {
    await openLeaveAndReturn(<FaqAccordion items={items} />, ['What does it cost?']);
    expect(trigger('What does it cost?')).toHaveAttribute('aria-expanded', 'false');
    expect(window.sessionStorage.length).toBe(0);
  });

  it('restores the questions the reader opened, and not the ones closed again', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    const element = <FaqAccordion id="faq" items={items} rememberOpen onOpenChange={onOpenChange} />;
    const first = render(element);
    await user.click(trigger('What does it cost?'));
    await user.click(trigger('Is ketamine approved for PTSD?'));
    await user.click(trigger('What does it cost?'));
    first.unmount();
    onOpenChange.mockClear();
    render(element);
    expect(trigger('Is ketamine approved for PTSD?')).toHaveAttribute('aria-expanded', 'true');
    expect(trigger('What does it cost?')).toHaveAttribute('aria-expanded', 'false');
    expect(onOpenChange).toHaveBeenCalledWith(['is-ketamine-approved-for-ptsd']);
    // A remembered state wins over defaultOpen: the reader had closed "cost".
    cleanup();
    render(<FaqAccordion id="faq" items={items} rememberOpen defaultOpen="cost" />);
    expect(trigger('What does it cost?')).toHaveAttribute('aria-expanded', 'false');
  });

  it('is keyed by the page path and the FAQ id', async () => {
    window.history.replaceState(null, '', '/articles/ketamine');
    await openLeaveAndReturn(<FaqAccordion id="faq-a" items={items} rememberOpen />, ['What does it cost?']);
    expect(trigger('What does it cost?')).toHaveAttribute('aria-expanded', 'true');
    expect(JSON.parse(window.sessionStorage.getItem('medprose:faq-open:/articles/ketamine#faq-a')!)).toEqual(['cost']);
    cleanup();
    render(<FaqAccordion id="faq-b" items={items} rememberOpen />);
    expect(trigger('What does it cost?')).toHaveAttribute('aria-expanded', 'false');
    cleanup();
    window.history.replaceState(null, '', '/articles/other');
    render(<FaqAccordion id="faq-a" items={items} rememberOpen />);
    expect(trigger('What does it cost?')).toHaveAttribute('aria-expanded', 'false');
  });

  it('never before hydration: the server HTML ignores storage, and hydration restores without a warning', async () => {
    window.sessionStorage.setItem('medprose:faq-open:/#faq', JSON.stringify(['cost']));
    const element = <FaqAccordion id="faq" items={items} rememberOpen />;
    const container = serverHtml(element);
    expect(container.querySelector('#cost-answer')).toHaveAttribute('data-state', 'closed');
    await hydrate(container, element);
    expect(within(container).getByRole('button', { name: 'What does it cost?' })).toHaveAttribute('aria-expanded', 'true');
    expect(container.querySelector('#cost-answer')).not.toHaveAttribute('hidden');
  });

  it('ignores stored ids that no longer exist and stored data that is not a list; single keeps one', () => {
    window.sessionStorage.setItem('medprose:faq-open:/#faq', JSON.stringify(['gone', 'cost', 42, 'is-ketamine-approved-for-ptsd']));
    render(<FaqAccordion id="faq" items={items} rememberOpen type="single" />);
    expect(trigger('What does it cost?')).toHaveAttribute('aria-expanded', 'true');
    expect(trigger('Is ketamine approved for PTSD?')).toHaveAttribute('aria-expanded', 'false');
    cleanup();
    window.sessionStorage.setItem('medprose:faq-open:/#faq', '{not json');
    render(<FaqAccordion id="faq" items={items} rememberOpen />);
    for (const item of items) expect(trigger(item.question)).toHaveAttribute('aria-expanded', 'false');
  });

  it('a #hash still opens its question on top of the remembered ones', () => {
    window.sessionStorage.setItem('medprose:faq-open:/#faq', JSON.stringify(['is-ketamine-approved-for-ptsd']));
    window.location.hash = '#cost';
    render(<FaqAccordion id="faq" items={items} rememberOpen />);
    expect(trigger('Is ketamine approved for PTSD?')).toHaveAttribute('aria-expanded', 'true');
    expect(trigger('What does it cost?')).toHaveAttribute('aria-expanded', 'true');
  });

  it('works, remembering nothing, when storage throws or is missing', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await openLeaveAndReturn(<FaqAccordion id="faq" items={items} rememberOpen />, ['What does it cost?']);
    expect(trigger('What does it cost?')).toHaveAttribute('aria-expanded', 'false');
    vi.restoreAllMocks();
    cleanup();
    // A sandboxed frame or disabled storage: even reading window.sessionStorage throws.
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    await openLeaveAndReturn(<FaqAccordion id="faq" items={items} rememberOpen />, ['What does it cost?']);
    expect(trigger('What does it cost?')).toHaveAttribute('aria-expanded', 'false');
    await userEvent.setup().click(trigger('What does it cost?'));
    expect(trigger('What does it cost?')).toHaveAttribute('aria-expanded', 'true');
  });
});
