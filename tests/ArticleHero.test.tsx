import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ArticleHero } from '../src';
import { ketamineArticle as article } from '../stories/fixtures/ketamineArticle';
import { axe } from './axe';

const full = {
  title: article.title,
  summary: article.standfirst,
  category: article.category,
  author: article.author,
  reviewer: article.reviewer,
  published: '2026-03-04',
  updated: '2026-10-19',
  readingMinutes: 12,
};

describe('ArticleHero', () => {
  it('shows a category with a link, without one when the link is unsafe, and none (with a warning) when it cannot be read', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<ArticleHero title="Title" category={{ label: 'Headaches', href: '/topics/headaches' }} />);
    expect(screen.getByRole('link', { name: 'Headaches' })).toHaveAttribute('href', '/topics/headaches');
    rerender(<ArticleHero title="Title" category={{ label: 'Headaches', href: 'javascript:alert(1)' }} />);
    expect(screen.getByText('Headaches')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Headaches' })).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<ArticleHero> `category\.href`.*not a safe URL/));
    // From a CMS: null, an object without a label, a number. None of them throws.
    rerender(<ArticleHero title="Title" category={null as never} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Title' })).toBeInTheDocument();
    rerender(<ArticleHero title="Title" category={{ href: '/topics' } as never} />);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<ArticleHero> `category\.label`.*missing/));
    rerender(<ArticleHero title="Title" category={7 as never} />);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<ArticleHero> `category`.*got number/));
    expect(screen.getByRole('heading', { level: 1, name: 'Title' })).toBeInTheDocument();
  });

  it('renders the title as the one h1, with standfirst and category', () => {
    render(<ArticleHero {...full} />);
    const headings = screen.getAllByRole('heading', { level: 1 });
    expect(headings).toHaveLength(1);
    expect(headings[0]).toHaveTextContent(article.title);
    expect(screen.getByText(article.standfirst)).toBeInTheDocument();
    expect(screen.getByText(article.category)).toBeInTheDocument();
  });

  it('names the author and the medical reviewer with credentials', () => {
    const { container } = render(<ArticleHero {...full} reviewer={{ name: 'Dr. Test Person', credentials: 'MD, PhD' }} />);
    expect(container).toHaveTextContent(`By ${article.author.name}`);
    expect(container).toHaveTextContent('Medically reviewed by Dr. Test Person, MD, PhD');
  });

  it('leaves out the reviewer line when there is no reviewer', () => {
    const { container } = render(<ArticleHero {...full} reviewer={undefined} />);
    expect(container).not.toHaveTextContent('Medically reviewed by');
  });

  it('writes dates as <time dateTime> in the given locale', () => {
    const { container, rerender } = render(<ArticleHero {...full} />);
    const times = container.querySelectorAll('time');
    expect([...times].map((t) => t.getAttribute('datetime'))).toEqual(['2026-03-04', '2026-10-19']);
    expect(times[0]).toHaveTextContent('March 4, 2026');
    rerender(<ArticleHero {...full} locale="en-GB" />);
    expect(container.querySelector('time')).toHaveTextContent('4 March 2026');
    expect(container).toHaveTextContent('12 min read');
  });

  it('renders the image eagerly with high priority and reserved dimensions', () => {
    const { container } = render(<ArticleHero {...full} image={{ src: '/hero.jpg', alt: 'A calm lake', width: 1600, height: 900 }} />);
    const img = screen.getByRole('img', { name: 'A calm lake' });
    expect(img).toHaveAttribute('fetchpriority', 'high');
    expect(img).not.toHaveAttribute('loading', 'lazy');
    expect(img).toHaveAttribute('width', '1600');
    expect(img).toHaveAttribute('height', '900');
    expect(container.querySelector('[data-medprose-placeholder]')).toBeNull();
  });

  it('is text only when there is no image: no image area, no placeholder', () => {
    const { container } = render(<ArticleHero {...full} />);
    expect(container.querySelector('[data-medprose-placeholder]')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    // The header holds only the text block: nothing reserves space for a picture.
    expect(container.querySelector('header')!.children).toHaveLength(1);
    expect(container.textContent?.toLowerCase()).not.toContain('no image');
  });

  it('shows the designed placeholder band, never "no image", when `placeholder` asks for it', () => {
    const { container } = render(<ArticleHero {...full} placeholder />);
    const placeholder = container.querySelector('[data-medprose-placeholder]');
    expect(placeholder).toBeInTheDocument();
    expect(placeholder).toHaveAttribute('aria-hidden', 'true');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent?.toLowerCase()).not.toContain('no image');
  });

  it('swaps a broken image for the placeholder and keeps its alt text', () => {
    const { container } = render(<ArticleHero {...full} image={{ src: '/missing.jpg', alt: 'A clinic room' }} />);
    fireEvent.error(container.querySelector('img')!);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('img', { name: 'A clinic room' })).toHaveAttribute('data-medprose-placeholder');
  });

  it('shows the placeholder, keeping the alt text, instead of an image with an unsafe src, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ArticleHero {...full} image={{ src: 'javascript:alert(1)', alt: 'A clinic room' }} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('img', { name: 'A clinic room' })).toHaveAttribute('data-medprose-placeholder');
    expect(warn).toHaveBeenCalledWith('[medprose] <ArticleHero> `image.src`: missing or unsafe; the placeholder is shown instead.');
  });

  it('shows the placeholder for an image without a src, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // @ts-expect-error: CMS data without a src
    const { container } = render(<ArticleHero {...full} image={{ alt: '' }} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-medprose-placeholder]')).toHaveAttribute('aria-hidden', 'true');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[medprose\] <ArticleHero> `image\.src`: missing or unsafe/));
  });

  it('renders an image without alt text as decorative (alt=""), and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // @ts-expect-error: CMS data without alt text
    const { container } = render(<ArticleHero {...full} image={{ src: '/hero.jpg', width: 1600, height: 900 }} />);
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
    expect(screen.queryByRole('img')).toBeNull();
    expect(warn).toHaveBeenCalledWith(
      '[medprose] <ArticleHero> `image.alt`: is required: describe the image, or pass "" if it is decorative.',
    );
  });

  it('does not link an unsafe author URL, keeps the name, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ArticleHero title="T" author={{ name: 'Ann Lee', href: 'javascript:alert(1)' }} />);
    expect(container.querySelector('a')).toBeNull();
    expect(container).toHaveTextContent('By Ann Lee');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/ArticleHero.*author\.href/));
  });

  it('names the authors who have a name, and warns about the one without', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ArticleHero title="T" author={[{ name: '' }, { name: 'Ann Lee' }]} />);
    expect(container).toHaveTextContent('By Ann Lee');
    expect(container).not.toHaveTextContent(/By\s*(,|and)/);
    expect(warn).toHaveBeenCalledWith('[medprose] <ArticleHero> `author[0].name`: is missing; this person is not shown.');
  });

  it('shows an invalid date as written and warns, instead of dropping it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ArticleHero title="T" published="last spring" />);
    expect(container).toHaveTextContent('Published last spring');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/ArticleHero.*published/));
  });

  it('has no axe violations, with and without an image', async () => {
    const { container, rerender } = render(
      <main>
        <ArticleHero {...full} />
      </main>,
    );
    expect(await axe(container)).toHaveNoViolations();
    rerender(
      <main>
        <ArticleHero {...full} image={{ src: '/a.jpg', alt: 'A lake', width: 4, height: 3 }} />
      </main>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
