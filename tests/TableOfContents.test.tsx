import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleSection, TableOfContents, type TocItem } from '../src';
import { axe } from './axe';

const items: TocItem[] = [
  { id: 'how-ketamine-acts', label: 'How ketamine acts in the brain' },
  { id: 'trauma', label: 'Ketamine and trauma healing' },
  { id: 'trials', label: 'What the trials found', level: 3 },
  { id: 'session', label: 'What a treatment session looks like' },
];

/** A stand-in IntersectionObserver: the test says which sections are in the reading band. */
class FakeIntersectionObserver {
  static latest: FakeIntersectionObserver | undefined;
  readonly targets = new Set<Element>();
  constructor(
    private readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeIntersectionObserver.latest = this;
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  takeRecords() {
    return [];
  }
  /** `top` is where the section's top edge is; the band's bottom edge is at 400. */
  report(changes: { id: string; inBand: boolean; top?: number }[]) {
    const entries = changes.map(({ id, inBand, top = 0 }) => ({
      target: document.getElementById(id)!,
      isIntersecting: inBand,
      intersectionRatio: inBand ? 1 : 0,
      boundingClientRect: { top } as DOMRectReadOnly,
      rootBounds: { bottom: 400 } as DOMRectReadOnly,
      intersectionRect: {} as DOMRectReadOnly,
      time: 0,
    }));
    act(() => this.callback(entries as IntersectionObserverEntry[], this as unknown as IntersectionObserver));
  }
}

function motionPreference(reduce: boolean) {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: query.includes('no-preference') ? !reduce : query.includes('reduce') ? reduce : false,
      media: query,
      addEventListener() {},
      removeEventListener() {},
    })),
  );
}

function Page({ tocItems = items }: { tocItems?: TocItem[] }) {
  return (
    <>
      <TableOfContents items={tocItems} />
      <main>
        <h1>Ketamine and trauma</h1>
        <ArticleSection id="how-ketamine-acts" heading="How ketamine acts in the brain">
          <p>Text.</p>
        </ArticleSection>
        <ArticleSection id="trauma" heading="Ketamine and trauma healing">
          <p>Text.</p>
          <ArticleSection id="trials" heading="What the trials found" level={3}>
            <p>Text.</p>
          </ArticleSection>
        </ArticleSection>
        <ArticleSection id="session" heading="What a treatment session looks like">
          <p>Text.</p>
        </ArticleSection>
      </main>
    </>
  );
}

const link = (name: string) => within(screen.getByRole('navigation', { name: 'On this page' })).getByRole('link', { name });
const current = () => [...document.querySelectorAll('nav a[aria-current]')].map((a) => a.textContent);

let scrollIntoView: ReturnType<typeof vi.fn>;
beforeEach(() => {
  FakeIntersectionObserver.latest = undefined;
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  scrollIntoView = vi.fn();
  Element.prototype.scrollIntoView = scrollIntoView as unknown as Element['scrollIntoView'];
});
afterEach(() => {
  vi.unstubAllGlobals();
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

describe('TableOfContents', () => {
  it('is a navigation landmark named "On this page", in a native disclosure that starts open', () => {
    render(<Page />);
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    const details = nav.querySelector('details')!;
    expect(details).toHaveAttribute('open');
    expect(within(nav).getByText('On this page').closest('summary')).toBeInTheDocument();
    expect(within(nav).getAllByRole('link')).toHaveLength(4);
  });

  it('links to every section by id, and every link finds its element', () => {
    render(<Page />);
    expect(link('How ketamine acts in the brain')).toHaveAttribute('href', '#how-ketamine-acts');
    for (const a of within(screen.getByRole('navigation')).getAllByRole('link')) {
      expect(document.getElementById(decodeURIComponent(a.getAttribute('href')!.slice(1)))).toBeInTheDocument();
    }
  });

  it('lists a subsection inside its section', () => {
    render(<Page />);
    const sectionItem = link('Ketamine and trauma healing').closest('li')!;
    expect(within(sectionItem).getByRole('list')).toContainElement(link('What the trials found'));
  });

  it('can start closed, or be an always-open list under a heading', () => {
    const { container, rerender } = render(<TableOfContents items={items} defaultOpen={false} />);
    expect(container.querySelector('details')).not.toHaveAttribute('open');
    rerender(<TableOfContents items={items} collapsible={false} headingLevel={3} sticky />);
    expect(container.querySelector('details')).toBeNull();
    expect(screen.getByRole('navigation', { name: 'On this page' })).toHaveAttribute('data-sticky');
    expect(screen.getByRole('heading', { level: 3, name: 'On this page' })).toBeInTheDocument();
  });

  it('marks the section being read with aria-current="location" as the reader scrolls', () => {
    render(<Page />);
    const observer = FakeIntersectionObserver.latest!;
    expect([...observer.targets].map((t) => t.id)).toEqual(['how-ketamine-acts', 'trauma', 'trials', 'session']);
    expect(current()).toEqual([]);
    observer.report([{ id: 'how-ketamine-acts', inBand: true }]);
    expect(current()).toEqual(['How ketamine acts in the brain']);
    observer.report([
      { id: 'how-ketamine-acts', inBand: false, top: -900 },
      { id: 'trauma', inBand: true },
    ]);
    expect(current()).toEqual(['Ketamine and trauma healing']);
    expect(link('Ketamine and trauma healing')).toHaveAttribute('aria-current', 'location');
  });

  it('keeps the highlight deep inside a long section, and hands it back when the reader scrolls up past it', () => {
    render(<Page />);
    const observer = FakeIntersectionObserver.latest!;
    observer.report([{ id: 'session', inBand: true }]);
    observer.report([{ id: 'session', inBand: false, top: -2000 }]);
    expect(current()).toEqual(['What a treatment session looks like']);
    observer.report([{ id: 'session', inBand: false, top: 600 }]);
    expect(current()).toEqual(['What the trials found']);
  });

  it('following a link moves focus to the section heading and puts the section in the URL', async () => {
    const user = userEvent.setup();
    // Only this test's own events: the setup's hash reset fires its own, late.
    const newURLs: string[] = [];
    const onHashChange = (event: HashChangeEvent) => newURLs.push(event.newURL);
    window.addEventListener('hashchange', onHashChange);
    render(<Page />);
    await user.click(link('Ketamine and trauma healing'));
    const heading = screen.getByRole('heading', { level: 2, name: 'Ketamine and trauma healing' });
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(window.location.hash).toBe('#trauma');
    expect(newURLs.filter((url) => url.endsWith('#trauma'))).toHaveLength(1);
    expect(current()).toEqual(['Ketamine and trauma healing']);
    // The temporary tabindex goes once focus moves on.
    await user.tab();
    expect(heading).not.toHaveAttribute('tabindex');
    window.removeEventListener('hashchange', onHashChange);
  });

  it('does the same from the keyboard', async () => {
    const user = userEvent.setup();
    render(<Page />);
    link('What a treatment session looks like').focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'What a treatment session looks like' })).toHaveFocus();
  });

  it('scrolls smoothly only when the reader has not asked for reduced motion', async () => {
    const user = userEvent.setup();
    motionPreference(false);
    const { unmount } = render(<Page />);
    await user.click(link('What the trials found'));
    expect(scrollIntoView).toHaveBeenLastCalledWith({ behavior: 'smooth', block: 'start' });
    unmount();

    motionPreference(true);
    render(<Page />);
    await user.click(link('How ketamine acts in the brain'));
    expect(scrollIntoView).toHaveBeenLastCalledWith({ behavior: 'auto', block: 'start' });
  });

  it('leaves modified clicks, and links to ids not on the page, to the browser', () => {
    render(<Page tocItems={[...items, { id: 'not-here', label: 'Missing section' }]} />);
    // fireEvent returns false when a handler called preventDefault.
    expect(fireEvent.click(link('Ketamine and trauma healing'), { ctrlKey: true })).toBe(true);
    expect(fireEvent.click(link('Missing section'))).toBe(true);
    expect(fireEvent.click(link('Ketamine and trauma healing'))).toBe(false);
  });

  it('renders its links on the server and hydrates without a mismatch', async () => {
    const html = renderToString(<Page />);
    expect(html).toContain('href="#trials"');
    expect(html).not.toContain('aria-current');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const error = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const root = await act(async () => hydrateRoot(container, <Page />, { onRecoverableError: recoverable }));
    expect(recoverable).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    // Hydrated: the enhancer is now observing the sections.
    expect(FakeIntersectionObserver.latest?.targets.size).toBe(4);
    act(() => root.unmount());
    container.remove();
  });

  it('follows new links when a re-render changes the items', () => {
    const { rerender } = render(<Page tocItems={items.slice(0, 1)} />);
    expect(FakeIntersectionObserver.latest!.targets.size).toBe(1);
    rerender(<Page tocItems={items} />);
    const observer = FakeIntersectionObserver.latest!;
    expect(observer.targets.size).toBe(4);
    observer.report([{ id: 'session', inBand: true }]);
    expect(current()).toEqual(['What a treatment session looks like']);
  });

  it('keeps what it can of bad items, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <TableOfContents
        items={[
          { id: 'orphan', label: 'A subsection first', level: 3 },
          { id: '', label: 'No id' },
          { id: '#with-hash', label: 'Hash in the id' },
          // @ts-expect-error: CMS data without a label
          { id: 'no-label' },
        ]}
      />,
    );
    expect(screen.getByRole('link', { name: 'A subsection first' })).toHaveAttribute('href', '#orphan');
    expect(screen.getByText('No id').closest('a')).toBeNull();
    expect(screen.getByRole('link', { name: 'Hash in the id' })).toHaveAttribute('href', '#with-hash');
    expect(container.querySelectorAll('li')).toHaveLength(3);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/TableOfContents.*items\[0\]\.level.*no section before it/));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/TableOfContents.*items\[1\]\.id.*without a link/));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/TableOfContents.*items\[3\]\.label/));
  });

  it('links both items of a repeated id to that id, and warns about the second', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <TableOfContents
        items={[
          { id: 'dosing', label: 'How dosing works' },
          { id: 'dosing', label: 'Dosing again' },
        ]}
      />,
    );
    expect(link('How dosing works')).toHaveAttribute('href', '#dosing');
    expect(link('Dosing again')).toHaveAttribute('href', '#dosing');
    expect(warn).toHaveBeenCalledWith(
      '[medprose] <TableOfContents> `items[1].id`: "dosing" is used twice; both link to the first element with that id.',
    );
  });

  it('nests a level 4 item as a subsection and lists a level 1 item as a section, and warns about each', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <TableOfContents
        items={
          [
            { id: 'section', label: 'A section' },
            { id: 'deep', label: 'Too deep', level: 4 },
            { id: 'top', label: 'Too high', level: 1 },
          ] as unknown as TocItem[]
        }
      />,
    );
    const sectionItem = link('A section').closest('li')!;
    expect(within(sectionItem).getByRole('list')).toContainElement(link('Too deep'));
    expect(link('Too high').closest('li')!.parentElement).toBe(sectionItem.parentElement);
    expect(sectionItem).not.toContainElement(link('Too high'));
    expect(warn).toHaveBeenCalledWith('[medprose] <TableOfContents> `items[1].level`: expected 2 or 3, got 4; using 3.');
    expect(warn).toHaveBeenCalledWith('[medprose] <TableOfContents> `items[2].level`: expected 2 or 3, got 1; using 2.');
  });

  it('renders nothing for an empty list, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<TableOfContents items={[]} />);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/TableOfContents.*`items`.*empty/));
  });

  it('has no axe violations, open, closed and highlighted', async () => {
    const { container, rerender } = render(<Page />);
    FakeIntersectionObserver.latest!.report([{ id: 'trauma', inBand: true }]);
    expect(await axe(container)).toHaveNoViolations();
    rerender(<TableOfContents items={items} defaultOpen={false} />);
    expect(await axe(container, { fragment: true })).toHaveNoViolations();
  });
});
