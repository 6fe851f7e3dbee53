import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RelatedPosts, type LinkComponentProps } from '../src';
import { ketamineArticle as article } from '../stories/fixtures/ketamineArticle';
import { axe } from './axe';

const posts = [
  {
    title: 'Prolonged exposure therapy',
    href: '/articles/prolonged-exposure',
    topic: 'Trauma',
    date: '2026-01-12',
    excerpt: 'What happens in sessions.',
  },
  { title: 'Sleep after trauma', href: '/articles/sleep-after-trauma' },
  { title: 'Talking to your GP', href: '/articles/talking-to-your-gp/' },
];

describe('RelatedPosts', () => {
  it('renders a named list of cards, each with its title as the single link', () => {
    render(<RelatedPosts posts={posts} />);
    const region = screen.getByRole('region', { name: 'Related articles' });
    const items = within(region).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    for (const [i, item] of items.entries()) {
      const links = within(item).getAllByRole('link');
      expect(links).toHaveLength(1);
      expect(links[0]).toHaveTextContent(posts[i]!.title);
    }
    expect(within(items[0]!).getByText('Trauma')).toBeInTheDocument();
    expect(items[0]!.querySelector('time')).toHaveAttribute('datetime', '2026-01-12');
  });

  it('leaves out the current article, however its href is written', () => {
    render(<RelatedPosts posts={posts} currentHref="https://example.com/articles/talking-to-your-gp#top" />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByText('Talking to your GP')).toBeNull();
  });

  it('leaves the sample article out of its own related list', () => {
    render(<RelatedPosts posts={article.related} currentHref={article.href} />);
    expect(article.related).toHaveLength(10);
    expect(screen.getAllByRole('listitem')).toHaveLength(9);
    expect(screen.queryByRole('link', { name: article.title })).toBeNull();
  });

  it('does not link a javascript: or data: href, but keeps the title', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <RelatedPosts
        posts={[
          { title: 'Bad one', href: 'javascript:alert(1)' },
          { title: 'Bad two', href: ' DATA:text/html,<b>x</b>' },
          { title: 'Good', href: '/good' },
        ]}
      />,
    );
    expect(screen.getByText('Bad one')).toBeInTheDocument();
    expect(screen.getByText('Bad two')).toBeInTheDocument();
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/good']);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/RelatedPosts.*posts\[0\]\.href/));
  });

  it('renders links through linkComponent when given', () => {
    function RouterLink({ href, className, children }: LinkComponentProps & { children?: ReactNode }) {
      return (
        <a href={href} className={className} data-router="yes">
          {children}
        </a>
      );
    }
    const { container } = render(<RelatedPosts posts={posts} linkComponent={RouterLink} />);
    expect(container.querySelectorAll('a[data-router="yes"]')).toHaveLength(3);
  });

  it('lazy-loads card images with dimensions, and uses the placeholder without one or on error', () => {
    const { container } = render(
      <RelatedPosts posts={[{ ...posts[0]!, image: { src: '/card.jpg', alt: '', width: 800, height: 450 } }, posts[1]!]} />,
    );
    const img = container.querySelector('img')!;
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(img).toHaveAttribute('width', '800');
    expect(container.querySelectorAll('[data-medprose-placeholder]')).toHaveLength(1);
    fireEvent.error(img);
    expect(container.querySelectorAll('[data-medprose-placeholder]')).toHaveLength(2);
  });

  it('gives no card a media area when no post has an image', () => {
    const { container } = render(<RelatedPosts posts={posts} />);
    expect(container.querySelectorAll('li')).toHaveLength(posts.length);
    expect(container.querySelector('[data-medprose-placeholder]')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    // Each card holds only its text.
    for (const card of container.querySelectorAll('li')) expect(card.children).toHaveLength(1);
  });

  it('gives the cards without an image a placeholder the same size as the image beside it', () => {
    const { container } = render(
      <RelatedPosts posts={[{ ...posts[0]!, image: { src: '/card.jpg', alt: '', width: 1600, height: 900 } }, posts[1]!]} />,
    );
    const [withImage, without] = [...container.querySelectorAll('li')].map((card) => card.firstElementChild as HTMLElement);
    expect(without!.querySelector('[data-medprose-placeholder]')).toBeInTheDocument();
    // The frame's rule reads its ratio from a custom property on the element (jsdom does not resolve var()).
    expect(getComputedStyle(without!).aspectRatio).toBe('var(--mp-image-ratio)');
    const ratio = (frame: HTMLElement) => frame.style.getPropertyValue('--mp-image-ratio').replace(/\s/g, '');
    expect(ratio(without!)).toBe('16/9');
    expect(ratio(withImage!)).toBe('1600/900');
  });

  it('renders nothing for an empty list and warns, naming the prop', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<RelatedPosts posts={[]} />);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/RelatedPosts.*`posts`.*empty/));
  });

  it('gives a card whose image src is unsafe the placeholder, keeping the card, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <RelatedPosts posts={[posts[0]!, { ...posts[1]!, image: { src: 'javascript:alert(1)', alt: 'A bedroom at night' } }]} />,
    );
    expect(container.querySelector('img')).toBeNull();
    const card = screen.getByRole('link', { name: 'Sleep after trauma' }).closest('li')!;
    expect(within(card).getByRole('img', { name: 'A bedroom at night' })).toHaveAttribute('data-medprose-placeholder');
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^\[medprose\] <RelatedPosts> `posts\[1\]\.image\.src`: missing or unsafe; the placeholder is shown instead/),
    );
  });

  it('renders a card image without alt text as decorative (alt=""), and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // @ts-expect-error: CMS data without alt text
    const { container } = render(<RelatedPosts posts={[{ ...posts[0]!, image: { src: '/card.jpg', width: 800, height: 450 } }]} />);
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
    expect(screen.queryByRole('img')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[medprose\] <RelatedPosts> `posts\[0\]\.image\.alt`: is required/));
  });

  it('leaves out a post without a title, keeps the others, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // @ts-expect-error: CMS data without a title
    render(<RelatedPosts posts={[posts[0]!, { href: '/articles/untitled' }, { ...posts[2]!, title: '   ' }]} />);
    const cards = within(screen.getByRole('region', { name: 'Related articles' })).getAllByRole('listitem');
    expect(cards).toHaveLength(1);
    expect(cards[0]).toHaveTextContent('Prolonged exposure therapy');
    expect(warn).toHaveBeenCalledWith(
      '[medprose] <RelatedPosts> `posts[1].title`: is missing; a card needs a title, so this post is not shown.',
    );
    expect(warn).toHaveBeenCalledWith(
      '[medprose] <RelatedPosts> `posts[2].title`: is missing; a card needs a title, so this post is not shown.',
    );
  });

  it('renders nothing when the only post is the current page, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<RelatedPosts posts={[posts[1]!]} currentHref="https://example.com/articles/sleep-after-trauma" />);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith('[medprose] <RelatedPosts> `posts`: has no post other than the current page; nothing is rendered.');
  });

  it('uses the heading level given, and the next level for cards', () => {
    render(<RelatedPosts posts={posts} headingLevel={3} heading="More on trauma" />);
    expect(screen.getByRole('heading', { level: 3, name: 'More on trauma' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(3);
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <h1>Page</h1>
        <RelatedPosts posts={article.related} currentHref={article.href} />
      </main>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
