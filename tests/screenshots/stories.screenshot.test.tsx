import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import * as previewAnnotations from '../../.storybook/preview';
import * as heroStories from '../../stories/ArticleHero.stories';
import * as disclaimerStories from '../../stories/MedicalDisclaimer.stories';
import * as faqStories from '../../stories/FaqAccordion.stories';
import * as relatedStories from '../../stories/RelatedPosts.stories';

setProjectAnnotations([previewAnnotations]);

const hero = composeStories(heroStories);
const faq = composeStories(faqStories);
const related = composeStories(relatedStories);
const disclaimer = composeStories(disclaimerStories);

/** The key stories: what a reader sees first, the interactive part, and the crisis help. */
const keyStories: Record<string, ComponentType> = {
  'hero-no-image': hero.NoImage,
  'hero-with-image': hero.WithImage,
  'hero-dark': hero.DarkTheme,
  'faq-first-open': faq.FirstOpen,
  'related-posts': related.Default,
  'disclaimer-urgent': disclaimer.Urgent,
};

// Phone and desktop widths; tall enough that every key story fits in one frame.
const viewports = { phone: [390, 2400], desktop: [1280, 1600] } as const;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

async function renderStory(Story: ComponentType) {
  const container = document.createElement('div');
  container.dataset.testid = 'story';
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(<Story />));
  // Wait for images to load (or fail and show the placeholder) and fonts to settle.
  await Promise.all(
    [...container.querySelectorAll('img')].map((image) =>
      image.complete ? null : new Promise((resolve) => image.addEventListener('load', resolve, { once: true })),
    ),
  );
  await document.fonts.ready;
  return container;
}

describe.each(Object.entries(viewports))('at %s width', (viewportName, [width, height]) => {
  it.each(Object.entries(keyStories))('%s looks as approved', async (storyName, Story) => {
    await page.viewport(width, height);
    document.body.style.margin = '0';
    await renderStory(Story);
    await expect.element(page.getByTestId('story')).toMatchScreenshot(`${storyName}-${viewportName}`);
  });
});
