import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';

// Six page loads per page, each reading every computed property of every element.
import { ketamineArticle as article } from '../../stories/fixtures/ketamineArticle';
import { useBrowser } from './harness/session';

const { open } = useBrowser();

/**
 * Every element's computed style (every property, and its ::before, ::after and
 * ::marker), in document order, with the element's tag and classes of our own.
 */
function computedStyles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    // Custom properties are inputs, not styles (styles.css declares the tokens' defaults at the root; the runtime
    // only reads them with fallbacks): what they produce is compared, not they themselves.
    const read = (style: CSSStyleDeclaration) =>
      Array.from(style)
        .filter((name) => !name.startsWith('--'))
        .map((name) => `${name}:${style.getPropertyValue(name)}`)
        .join(';');
    for (const element of document.querySelectorAll('body *')) {
      const own = [...element.classList].filter((name) => name.startsWith('mp-') || name.startsWith('publisher-')).join('.');
      const label = `${element.tagName.toLowerCase()}${own ? `.${own}` : ''}`;
      const style = getComputedStyle(element);
      out.push(`${label} ${read(style)}`);
      // Pseudo-elements that exist: generated content, and the marker of a list item.
      for (const pseudo of ['::before', '::after']) {
        const generated = getComputedStyle(element, pseudo);
        if (generated.content !== 'none' && generated.content !== 'normal') out.push(`${label}${pseudo} ${read(generated)}`);
      }
      if (style.display === 'list-item') out.push(`${label}::marker ${read(getComputedStyle(element, '::marker'))}`);
    }
    return out;
  });
}

/** The first few elements whose styles differ, as `tag.classes property: a ≠ b`, for a readable failure. */
function differences(a: string[], b: string[]): string[] {
  const found: string[] = [];
  if (a.length !== b.length) found.push(`${a.length} elements against ${b.length}`);
  for (let i = 0; i < Math.min(a.length, b.length) && found.length < 5; i++) {
    if (a[i] === b[i]) continue;
    const [label] = a[i]!.split(' ', 1);
    const left = new Map(
      a[i]!.slice(label!.length + 1)
        .split(';')
        .map((pair) => [pair.slice(0, pair.indexOf(':')), pair.slice(pair.indexOf(':') + 1)]),
    );
    const right = new Map(
      b[i]!.slice(label!.length + 1)
        .split(';')
        .map((pair) => [pair.slice(0, pair.indexOf(':')), pair.slice(pair.indexOf(':') + 1)]),
    );
    const property = [...left.keys()].find((name) => left.get(name) !== right.get(name));
    found.push(`${label} ${property}: ${left.get(property!)} ≠ ${right.get(property!)}`);
  }
  return found;
}

async function stylesOf(path: string, options: { waitForHydration?: boolean; width?: number } = {}) {
  const { page } = await open(path, {
    waitForHydration: options.waitForHydration ?? false,
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  // The slow image may still be loading: its box is reserved, so computed styles do not depend on it.
  const styles = await computedStyles(page);
  await page.context().close();
  return styles;
}

// Pages of medprose's components only: the sample page (`article`) has styled parts of its own, which, like any
// publisher's own styled-components, need their own style collection.
for (const [name, width] of [
  ['fullArticle', 390],
  ['everyPart', 1280],
] as const) {
  it(
    `${name} at ${width} px: every element's computed style is the same with styles.css only, the runtime only, both, and styles.css after hydration`,
    { timeout: 180_000 },
    async () => {
      // Before hydration (no script): what the server's HTML and CSS alone give.
      const runtime = await stylesOf(`/${name}?script=off&styles=runtime`, { width });
      const stylesheet = await stylesOf(`/${name}?script=off&styles=stylesheet`, { width });
      const both = await stylesOf(`/${name}?script=off&styles=both`, { width });
      // Hydrated: the client runtime injects its rules beside the stylesheet's.
      const hydrated = await stylesOf(`/${name}?styles=stylesheet`, { waitForHydration: true, width });
      const unstyled = await stylesOf(`/${name}?script=off&styles=none`, { width });

      // The comparison can fail: without CSS the same page differs.
      expect(differences(runtime, unstyled).length).toBeGreaterThan(0);
      expect(differences(stylesheet, runtime)).toEqual([]);
      expect(differences(both, runtime)).toEqual([]);
      // Hydration swaps the FAQ's question spans for buttons and shows Show all: compare what both states share.
      const settled = await stylesOf(`/${name}?styles=runtime`, { waitForHydration: true, width });
      expect(differences(hydrated, settled)).toEqual([]);
    },
  );
}

it("with styles.css on the page, hydration injects none of medprose's rules again; without it, it injects them", async () => {
  const injectedForParts = (page: Page) =>
    page.evaluate(() => {
      // The hashed class styled-components gave each medprose part, and the rules it inserted for those classes.
      const generated = new Set(
        [...document.querySelectorAll('[class*="mp-"]')].flatMap((element) =>
          [...element.classList].filter((name) => !name.startsWith('mp-')),
        ),
      );
      const rules = [...document.querySelectorAll('style[data-styled]')].flatMap((style) => [
        ...((style as HTMLStyleElement).sheet?.cssRules ?? []),
      ]);
      return rules.filter((rule) => [...generated].some((name) => rule.cssText.includes(`.${name}`))).length;
    });
  const withStylesheet = await open('/fullArticle?styles=stylesheet');
  expect(await injectedForParts(withStylesheet.page)).toBe(0);
  expect(withStylesheet.problems).toEqual([]);
  await withStylesheet.page.context().close();
  // The same client code without the stylesheet: styled-components styles the page itself, as before.
  const without = await open('/fullArticle?styles=none&script=on');
  expect(await injectedForParts(without.page)).toBeGreaterThan(100);
  await without.page.context().close();
});

it("a publisher's styled(ArticleHero) override wins over styles.css, before and after hydration", async () => {
  // A publisher who writes styled-components of their own collects their styles on the server as before (`both`),
  // with medprose/styles.css linked first, as any library's CSS; or their rules arrive when the page hydrates.
  const cases = [
    { styles: 'both', hydrate: false },
    { styles: 'both', hydrate: true },
    { styles: 'stylesheet', hydrate: true },
    { styles: 'runtime', hydrate: false },
    { styles: 'runtime', hydrate: true },
  ] as const;
  for (const { styles, hydrate } of cases) {
    const { page } = await open(`/publisherOverride?styles=${styles}${hydrate ? '' : '&script=off'}`, { waitForHydration: hydrate });
    const style = await page.locator('header.mp-ArticleHero-HeroRoot').evaluate((element) => {
      const computed = getComputedStyle(element);
      return { margin: computed.marginBlockEnd, color: computed.color, font: computed.fontFamily.slice(0, 9) };
    });
    // The override's margin and colour, and medprose's own font from the rules it did not override.
    expect(style, `${styles}${hydrate ? ', hydrated' : ''}`).toEqual({ margin: '77px', color: 'rgb(10, 20, 30)', font: 'system-ui' });
    await page.context().close();
  }
});

it('without any CSS and with JavaScript off, the page reads as a document: every answer shows, icons keep a small size, standards mode', async () => {
  for (const name of ['article', 'everyPart'] as const) {
    const { page } = await open(`/${name}?styles=none&script=off`, { javaScriptEnabled: false });
    expect(await page.evaluate(() => document.compatMode)).toBe('CSS1Compat');
    expect(await page.evaluate(() => document.styleSheets.length)).toBe(1); // the test page's own `body { margin: 0 }`
    if (name === 'article') {
      for (const item of article.faq) {
        for (const paragraph of item.answer)
          expect(await page.getByText(paragraph, { exact: true }).isVisible(), paragraph.slice(0, 40)).toBe(true);
      }
    }
    const svgs = await page.evaluate(() =>
      [...document.querySelectorAll('svg')].map((svg) => Math.round(svg.getBoundingClientRect().width)),
    );
    expect(svgs.length).toBeGreaterThan(0);
    expect(svgs.filter((width) => width > 48)).toEqual([]);
    // A control that needs JavaScript is not shown where it could do nothing.
    expect(await page.getByRole('button', { name: 'Show all' }).count()).toBe(0);
    await page.context().close();
  }
});
