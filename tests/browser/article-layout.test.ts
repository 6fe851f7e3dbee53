import { expect, it } from 'vitest';
import { useBrowser } from './harness/session';

const { open } = useBrowser();

/** Where "On this page" sits relative to the first section, and whether the page scrolls sideways. */
async function layoutOf(path: string, width: number) {
  const { page, problems } = await open(path, { viewport: { width, height: 900 } });
  const layout = await page.evaluate(() => {
    const contents = document.querySelector('nav')!.getBoundingClientRect();
    const firstSection = document.querySelector('section[data-level] h2')!.getBoundingClientRect();
    return {
      // Beside: the two boxes share no horizontal band. Above: the contents end before the section starts.
      besideText: contents.right <= firstSection.left || contents.left >= firstSection.right,
      above: contents.bottom <= firstSection.top,
      onTheRight: contents.left >= firstSection.right,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
  if (process.env.MEDPROSE_SAVE_LAYOUT) await page.screenshot({ path: `/tmp/layout-${path.slice(1)}-${width}.png`, fullPage: true });
  await page.context().close();
  return { ...layout, problems };
}

it('on a wide screen the contents sit beside the text; on a phone above it, with nothing scrolling sideways', async () => {
  const wide = await layoutOf('/fullArticle', 1280);
  expect(wide).toMatchObject({ besideText: true, onTheRight: false, overflow: 0, problems: [] });
  const phone = await layoutOf('/fullArticle', 320);
  expect(phone).toMatchObject({ besideText: false, above: true, overflow: 0, problems: [] });
});

it('right to left, the contents column moves to the right of the text', async () => {
  const wide = await layoutOf('/fullArticleRtl', 1280);
  expect(wide).toMatchObject({ besideText: true, onTheRight: true, overflow: 0, problems: [] });
});
