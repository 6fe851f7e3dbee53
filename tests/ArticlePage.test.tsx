import { isInaccessible, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ketamineArticle as article } from '../stories/fixtures/ketamineArticle';
import { SampleArticlePage } from '../stories/fixtures/SampleArticlePage';
import { axe } from './axe';

/**
 * In jsdom every getComputedStyle call applies the page's whole stylesheet, and
 * `getByRole({ name })` pays for it on every candidate of every query: the name
 * (each descendant's visibility) and the hidden check (each ancestor). Eleven
 * such queries were most of this test's time. So each role is queried once, and
 * for each expected item the element with its text must be accessible and carry
 * exactly that accessible name: the same checks, each paid once.
 */
function accessibleWithName(candidates: HTMLElement[], name: string) {
  const element = candidates.find((candidate) => candidate.textContent?.includes(name));
  expect(element, `an element with the text "${name}"`).toBeDefined();
  expect(isInaccessible(element!), `"${name}" is hidden from assistive technology`).toBe(false);
  expect(element).toHaveAccessibleName(name);
}

describe('the sample article page', () => {
  it('composes the five components with every piece of the sample content', () => {
    const { container } = render(<SampleArticlePage />);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const headings = screen.getAllByRole('heading', { level: 2, hidden: true });
    for (const section of [...article.sections, article.conclusion]) accessibleWithName(headings, section.heading);
    const buttons = screen.getAllByRole('button', { hidden: true });
    for (const item of article.faq) accessibleWithName(buttons, item.question);
    expect(within(screen.getByRole('region', { name: 'Related articles' })).getAllByRole('listitem')).toHaveLength(9);
    expect(screen.getByRole('note', { name: /disclaimer/i })).toBeInTheDocument();
    const ids = [...container.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has no axe violations', async () => {
    const { container } = render(<SampleArticlePage />);
    expect(await axe(container)).toHaveNoViolations();
  });
});
