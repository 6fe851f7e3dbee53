import { act, render } from '@testing-library/react';
import { StrictMode, type ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleSection, SectionIdScope } from '../src';

/** A publisher's hand-composed page where an editor repeated a heading. */
const page = (
  <main>
    <ArticleSection heading="Risks">First.</ArticleSection>
    <ArticleSection heading="Benefits">Second.</ArticleSection>
    <ArticleSection heading="Risks">Third.</ArticleSection>
  </main>
);
const scoped = (element: ReactElement) => <SectionIdScope>{element}</SectionIdScope>;

const sectionIds = (root: ParentNode) => [...root.querySelectorAll('section')].map((section) => section.id);
const permalinks = (root: ParentNode) => [...root.querySelectorAll('section a')].map((link) => link.getAttribute('href'));

afterEach(() => {
  vi.doUnmock('react');
  vi.resetModules();
});

describe('section ids on a hand-composed page', () => {
  it('are unique within a SectionIdScope in the browser, and each permalink points to its own section', () => {
    const { container } = render(scoped(page));
    expect(sectionIds(container)).toEqual(['risks', 'benefits', 'risks-2']);
    expect(permalinks(container)).toEqual(['#risks', '#benefits', '#risks-2']);
  });

  it('stay the same in Strict Mode, where every component renders twice', () => {
    const { container } = render(<StrictMode>{scoped(page)}</StrictMode>);
    expect(sectionIds(container)).toEqual(['risks', 'benefits', 'risks-2']);
  });

  it('are the same in the server HTML and after hydration, with no hydration warning', async () => {
    const html = renderToString(scoped(page));
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    expect(sectionIds(container)).toEqual(['risks', 'benefits', 'risks-2']);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container, scoped(page), { onRecoverableError: recoverable });
    });
    expect(sectionIds(container)).toEqual(['risks', 'benefits', 'risks-2']);
    expect(recoverable).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    container.remove();
  });

  it('keep an id the author gave, and generated ones step around it', () => {
    const { container } = render(
      scoped(
        <>
          <ArticleSection heading="Overview" id="risks">
            A.
          </ArticleSection>
          <ArticleSection heading="Risks">B.</ArticleSection>
        </>,
      ),
    );
    expect(sectionIds(container)).toEqual(['risks', 'risks-2']);
  });

  it('without a scope, warn in development naming the component, the prop and the fix', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(page);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<ArticleSection> `heading`: .*"risks".*SectionIdScope.*createSlugger/));
  });

  it('in React Server Components (no context; `cache` scoped to the request) are unique with no scope', async () => {
    const actual = await vi.importActual<typeof import('react')>('react');
    // The react-server build: no createContext, and a `cache` that memoises for the current request.
    vi.doMock('react', () => {
      let request: unknown;
      return {
        ...actual,
        default: actual,
        createContext: undefined,
        cache: (fn: () => unknown) => () => (request ??= fn()),
      };
    });
    vi.resetModules();
    const { ArticleSection: ServerSection } = await import('../src/components/ArticleSection');
    const html = renderToString(
      <main>
        <ServerSection heading="Risks">First.</ServerSection>
        <ServerSection heading="Risks">Again.</ServerSection>
      </main>,
    );
    const container = document.createElement('div');
    container.innerHTML = html;
    expect(sectionIds(container)).toEqual(['risks', 'risks-2']);
  });
});
