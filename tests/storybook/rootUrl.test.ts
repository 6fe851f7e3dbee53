// @vitest-environment node
// What http://localhost:6006/ opens. With no story in its URL, Storybook's preview shows the first entry of the story
// index (StoryIndexStore.entryFromSpecifier('*')), and the index is sorted by .storybook/preview.tsx's storySort:
// so the README's promise ("opened on the article page") holds when that first entry is the article story.
import { buildIndex } from 'storybook/internal/core-server';
import { expect, it } from 'vitest';

it('opens the sample article page at the root URL, as the README says', async () => {
  const index = await buildIndex({ configDir: '.storybook' } as Parameters<typeof buildIndex>[0]);
  const [first] = Object.values(index.entries);
  expect(first).toMatchObject({ type: 'story', id: 'pages-article-page--ketamine-for-trauma', title: 'Pages/Article page' });
}, 120_000);
