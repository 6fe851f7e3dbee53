import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ArticleSection, createSlugger } from '../src';
import { axe } from './axe';

describe('ArticleSection', () => {
  it('renders an h2 by default and an h3 at level 3', () => {
    const { rerender } = render(
      <ArticleSection heading="How it works">
        <p>Body</p>
      </ArticleSection>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'How it works' })).toBeInTheDocument();
    rerender(
      <ArticleSection heading="Detail" level={3}>
        <p>Body</p>
      </ArticleSection>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Detail' })).toBeInTheDocument();
  });

  it('slugs its id from the heading, or uses the id given', () => {
    const { container, rerender } = render(<ArticleSection heading="What a session looks like" />);
    expect(container.querySelector('section')).toHaveAttribute('id', 'what-a-session-looks-like');
    rerender(<ArticleSection heading="What a session looks like" id="session" />);
    expect(container.querySelector('section')).toHaveAttribute('id', 'session');
  });

  it('links to itself with a named permalink', () => {
    render(<ArticleSection heading="Risks and side effects" />);
    const link = screen.getByRole('link', { name: 'Link to section: Risks and side effects' });
    expect(link).toHaveAttribute('href', '#risks-and-side-effects');
  });

  it('keeps the permalink words out of search snippets, and the heading in them', () => {
    render(<ArticleSection heading="Risks and side effects" />);
    const link = screen.getByRole('link', { name: 'Link to section: Risks and side effects' });
    const noSnippet = link.querySelector('[data-nosnippet]');
    expect(noSnippet?.textContent).toBe(link.textContent);
    expect(screen.getByRole('heading', { name: 'Risks and side effects' }).closest('[data-nosnippet]')).toBeNull();
  });

  it('keeps ids unique when sections share a heading, through createSlugger', () => {
    const slugger = createSlugger();
    const headings = ['Risks', 'Benefits', 'Risks', 'Risks'];
    const { container } = render(
      <>
        {headings.map((heading, i) => (
          <ArticleSection key={i} heading={heading} id={slugger.slug(heading)} />
        ))}
      </>,
    );
    const ids = [...container.querySelectorAll('section')].map((s) => s.id);
    expect(ids).toEqual(['risks', 'benefits', 'risks-2', 'risks-3']);
  });

  it('keeps the body content and warns when the heading is missing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <ArticleSection
        // @ts-expect-error: testing bad input from a CMS
        heading={undefined}
      >
        <p>Still here</p>
      </ArticleSection>,
    );
    expect(screen.getByText('Still here')).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/ArticleSection.*heading/));
  });

  it('renders an h2 for a level other than 2 or 3, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <ArticleSection
        heading="Too deep"
        // @ts-expect-error: testing bad input from a CMS
        level={4}
      >
        <p>Body</p>
      </ArticleSection>,
    );
    expect(screen.getByRole('heading', { name: 'Too deep' })).toHaveProperty('tagName', 'H2');
    expect(screen.getByText('Body')).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith('[medprose] <ArticleSection> `level`: expected 2 or 3, got 4; using 2.');
  });

  it('renders no permalink with permalink={false}, keeping the heading and id', () => {
    const { container } = render(
      <ArticleSection heading="Risks and side effects" permalink={false}>
        <p>Body</p>
      </ArticleSection>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Risks and side effects' })).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
    expect(container).not.toHaveTextContent('#');
    expect(container.querySelector('section')).toHaveAttribute('id', 'risks-and-side-effects');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <h1>Page</h1>
        <ArticleSection heading="A heading">
          <p>Text</p>
        </ArticleSection>
      </main>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows a section without a heading as its body alone: no empty heading, no permalink, and a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <ArticleSection heading={'  ' as string}>
        <p>Text that reached the page without its heading.</p>
      </ArticleSection>,
    );
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(container).toHaveTextContent('Text that reached the page without its heading.');
    expect(warn).toHaveBeenCalledWith('[medprose] <ArticleSection> `heading`: is missing; the section is shown without a heading.');
  });
});
