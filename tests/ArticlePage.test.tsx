import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ketamineArticle as article } from '../stories/fixtures/ketamineArticle';
import { SampleArticlePage } from '../stories/fixtures/SampleArticlePage';
import { axe } from './axe';

describe('the sample article page', () => {
  it('composes the five components with every piece of the sample content', () => {
    const { container } = render(<SampleArticlePage />);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    for (const section of [...article.sections, article.conclusion]) {
      expect(screen.getByRole('heading', { level: 2, name: section.heading })).toBeInTheDocument();
    }
    for (const item of article.faq) expect(screen.getByRole('button', { name: item.question })).toBeInTheDocument();
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
