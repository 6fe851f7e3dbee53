import { expect, within } from 'storybook/test';

/** What a converted page must show a reader: its fixture's `…Expected` object. */
export interface ExpectedPage {
  title: string;
  sections: readonly string[];
  questions: readonly string[];
}

/**
 * The play functions' shared check: one h1 with the title, an h2 per section,
 * an FAQ button per question. Returns the canvas and the converter's notes panel.
 */
export async function expectConvertedPage(canvasElement: HTMLElement, expected: ExpectedPage) {
  const canvas = within(canvasElement);
  await expect(canvas.getAllByRole('heading', { level: 1 }).map((h1) => h1.textContent)).toEqual([expected.title]);
  for (const heading of expected.sections) {
    await expect(canvas.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  for (const question of expected.questions) {
    await expect(canvas.getByRole('button', { name: question })).toBeVisible();
  }
  return { canvas, notes: within(canvas.getByRole('complementary', { name: 'Converter notes' })) };
}
