import { expect, it } from 'vitest';
import { useBrowser } from './harness/session';

/*
 * What a worried reader on a phone and a designer on a desktop see on the sample article (issue 22, items 1–5;
 * decisions 0033 and 0034), measured in Chromium.
 */
const { open } = useBrowser();

/** A phone's screen: 390 × 844 CSS pixels. */
const PHONE = { width: 390, height: 844 };

it('at 390 px the first tap-to-call number is within the first two screens, on one line, and the first screen reaches the takeaways', async () => {
  const { page, problems } = await open('/fullArticle', { viewport: PHONE });
  const phone = await page.evaluate(() => {
    const top = (element: Element) => element.getBoundingClientRect().top + window.scrollY;
    const tel = document.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    const takeawaysHeading = document.querySelector('[data-medprose-takeaways] :is(h2, h3)')!;
    const crisis = document.querySelector('.mp-CrisisSupport-CrisisRoot')!;
    const firstSection = document.querySelector('section[data-level]')!;
    return {
      telTop: top(tel),
      telHref: tel.getAttribute('href'),
      // One box per line the link takes: one means the number never breaks.
      telLines: tel.getClientRects().length,
      telInCrisisBox: crisis.contains(tel),
      crisisBeforeSections: (crisis.compareDocumentPosition(firstSection) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      takeawaysHeadingBottom: takeawaysHeading.getBoundingClientRect().bottom + window.scrollY,
      pageHeight: document.documentElement.scrollHeight,
    };
  });
  console.info(
    `390 px: first tel: at y=${Math.round(phone.telTop)}; takeaways heading ends at y=${Math.round(phone.takeawaysHeadingBottom)}; page ${phone.pageHeight} px`,
  );
  expect(phone.telTop).toBeLessThan(2 * PHONE.height);
  expect(phone.telHref).toMatch(/^tel:\d+$/);
  expect(phone.telLines).toBe(1);
  expect(phone.telInCrisisBox).toBe(true);
  expect(phone.crisisBeforeSections).toBe(true);
  // The first screen shows the start of the article: the whole "Key takeaways" heading.
  expect(phone.takeawaysHeadingBottom).toBeLessThanOrEqual(PHONE.height);
  expect(problems).toEqual([]);
  await page.context().close();
});

it('every number in the care cards is a tap-to-call link that does not break, even at 320 px', async () => {
  const { page } = await open('/fullArticle', { viewport: { width: 320, height: 800 } });
  const cards = await page.evaluate(() =>
    [...document.querySelectorAll('.mp-Callout-CalloutRoot')].map((card) => ({
      variant: card.getAttribute('data-variant'),
      numbersAsText: (card.querySelector('h2, h3, h4')?.textContent?.match(/\b\d{3}\b/g) ?? []).length,
      links: [...card.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((link) => ({
        href: link.getAttribute('href'),
        lines: link.getClientRects().length,
      })),
    })),
  );
  const withNumbers = cards.filter((card) => card.numbersAsText > 0);
  expect(withNumbers.map((card) => card.variant)).toEqual(['urgent', 'emergency']);
  for (const card of withNumbers) {
    expect(card.links).toHaveLength(card.numbersAsText);
    for (const link of card.links) expect(link.lines).toBe(1);
  }
  expect(withNumbers[1]!.links.map((link) => link.href)).toEqual(['tel:999', 'tel:911']);
  await page.context().close();
});

it('each date once where it matters: the reviewer and the review day at the top, "Page last reviewed / Next review due" at the foot', async () => {
  const { page } = await open('/fullArticle', { viewport: PHONE });
  const dates = await page.evaluate(() => {
    const hero = document.querySelector('header')!;
    const byline = document.querySelector('[data-medprose-review-byline]')!;
    const references = document.querySelector('[data-medprose-references]')!;
    return {
      inText: (document.body.innerText.match(/October 19, 2026/g) ?? []).length,
      heroReview: hero.innerText.match(/Medically reviewed by[^\n]*/)?.[0] ?? '',
      heroUpdated: /Updated/.test(hero.innerText),
      footAfterReferences: (references.compareDocumentPosition(byline) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      foot: byline.textContent,
    };
  });
  expect(dates.heroReview).toMatch(/on October 19, 2026/);
  // Updated on the day of the review: said once, by the review.
  expect(dates.heroUpdated).toBe(false);
  expect(dates.footAfterReferences).toBe(true);
  expect(dates.foot).toMatch(/Page last reviewed/);
  expect(dates.foot).toMatch(/Next review due/);
  // Once at the top (the review), once at the foot (page last reviewed): no longer four times.
  expect(dates.inText).toBe(2);
  await page.context().close();
});

/** The inline start and end edges of each part that is read, and of the contents. */
async function edgesAt(path: string, width: number) {
  const { page, problems } = await open(path, { viewport: { width, height: 900 } });
  const edges = await page.evaluate(() => {
    const parts = {
      title: 'h1',
      standfirst: '.mp-ArticleHero-Summary',
      takeaways: '[data-medprose-takeaways]',
      crisis: '.mp-CrisisSupport-CrisisRoot',
      intro: '.mp-Article-Intro',
      section: 'section[data-level]',
      faq: '.mp-FaqAccordion-FaqRoot',
      references: '[data-medprose-references]',
      reviewDates: '[data-medprose-review-byline]',
      disclaimer: '.mp-MedicalDisclaimer-DisclaimerRoot',
      related: '.mp-RelatedPosts-RelatedRoot',
    };
    const box = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`no ${selector}`);
      const rect = element.getBoundingClientRect();
      return { left: Math.round(rect.left), right: Math.round(rect.right) };
    };
    return {
      read: Object.fromEntries(Object.entries(parts).map(([name, selector]) => [name, box(selector)])),
      contents: box('.mp-TableOfContents-TocRoot'),
      paragraph: box('section[data-level] p'),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
  await page.context().close();
  return { ...edges, problems };
}

it('at 1280 px everything read shares one start edge and one measure, with the contents beside it', async () => {
  const { read, contents, paragraph, overflow, problems } = await edgesAt('/fullArticle', 1280);
  console.info(
    `1280 px: ${Object.entries(read)
      .map(([name, edge]) => `${name} ${edge.left}–${edge.right}`)
      .join(', ')}; contents ${contents.left}–${contents.right}`,
  );
  const lefts = new Set(Object.values(read).map((edge) => edge.left));
  const rights = new Set(Object.values(read).map((edge) => edge.right));
  expect([...lefts]).toHaveLength(1);
  expect([...rights]).toHaveLength(1);
  const [left] = lefts;
  const [right] = rights;
  // One measure: the `measure` token, 68 characters of body type (about 34rem to 46rem, by font), not the window.
  expect(right! - left!).toBeLessThanOrEqual(46 * 16);
  expect(right! - left!).toBeGreaterThanOrEqual(30 * 16);
  expect(paragraph).toEqual({ left, right });
  // The contents: their own column before the text, 3rem (48 px) apart.
  expect(contents.right).toBeLessThanOrEqual(left! - 48);
  // The grid is centred: equal space each side.
  expect(Math.abs(contents.left - (1280 - right!))).toBeLessThanOrEqual(1);
  expect(overflow).toBe(0);
  expect(problems).toEqual([]);
});

it('right to left at 1280 px, the same single column mirrored: one start edge on the right, the contents on its right', async () => {
  const { read, contents, overflow } = await edgesAt('/fullArticleRtl', 1280);
  expect(new Set(Object.values(read).map((edge) => edge.right)).size).toBe(1);
  expect(new Set(Object.values(read).map((edge) => edge.left)).size).toBe(1);
  expect(contents.left).toBeGreaterThanOrEqual(read.title!.right + 48);
  expect(overflow).toBe(0);
});

it('one level of box: the disclaimer’s crisis part is not a box inside it, and gives the numbers the disclaimer’s width', async () => {
  const { page } = await open('/fullArticle', { viewport: PHONE });
  const disclaimer = await page.evaluate(() => {
    const root = document.querySelector('.mp-MedicalDisclaimer-DisclaimerRoot')!;
    const urgent = root.querySelector('.mp-MedicalDisclaimer-UrgentBox')!;
    const list = urgent.querySelector('ul')!;
    const style = getComputedStyle(urgent);
    const rootStyle = getComputedStyle(root);
    const inner =
      root.getBoundingClientRect().width -
      parseFloat(rootStyle.paddingLeft) -
      parseFloat(rootStyle.paddingRight) -
      parseFloat(rootStyle.borderLeftWidth) -
      parseFloat(rootStyle.borderRightWidth);
    return {
      sideBorders: [style.borderLeftWidth, style.borderRightWidth, style.borderTopWidth],
      background: style.backgroundColor,
      listWidth: list.getBoundingClientRect().width,
      inner,
    };
  });
  expect(disclaimer.sideBorders).toEqual(['0px', '0px', '0px']);
  expect(disclaimer.background).toBe('rgba(0, 0, 0, 0)');
  expect(disclaimer.listWidth).toBeCloseTo(disclaimer.inner, 0);
  expect(disclaimer.listWidth).toBeGreaterThan(300);
  await page.context().close();
});

it('help lines sit as a table’s rows: grouped by country, the reader’s country first, every "Call" at one edge', async () => {
  const read = async (path: string, width: number) => {
    const { page } = await open(path, { viewport: { width, height: 900 } });
    const result = await page.evaluate(() => {
      const crisis = document.querySelector('.mp-CrisisSupport-CrisisRoot')!;
      return {
        groups: [...crisis.querySelectorAll('.mp-HelplineList-GroupName')].map((name) => name.textContent),
        callLefts: [...crisis.querySelectorAll('a[href^="tel:"]')].map((link) => Math.round(link.getBoundingClientRect().left)),
        nameLefts: [...crisis.querySelectorAll('.mp-HelplineList-Name')].map((name) => Math.round(name.getBoundingClientRect().left)),
      };
    });
    await page.context().close();
    return result;
  };
  // No country known: the author's order (US lines first in the sample).
  expect((await read('/fullArticle', 1280)).groups).toEqual(['US', 'UK']);
  // A reader the server places in the UK: their lines first.
  const forReader = await read('/fullArticleGB', 1280);
  expect(forReader.groups).toEqual(['UK', 'US']);
  expect(forReader.callLefts.length).toBeGreaterThanOrEqual(4);
  expect(new Set(forReader.callLefts).size).toBe(1);
  expect(new Set(forReader.nameLefts).size).toBe(1);
  expect(forReader.callLefts[0]!).toBeGreaterThan(forReader.nameLefts[0]!);
  // On a phone each line stacks; names and calls share the start edge.
  const phone = await read('/fullArticleGB', 390);
  expect(new Set([...phone.callLefts, ...phone.nameLefts]).size).toBe(1);
});

/** How each care card looks: its frame, body, heading and icon. */
async function careCards(options: { forcedColors?: 'active' | 'none' } = {}) {
  const { page } = await open('/careCards', { viewport: { width: 800, height: 900 }, ...options });
  const cards = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-theme]')].map((scope) =>
      [...scope.querySelectorAll<HTMLElement>('.mp-Callout-CalloutRoot')].map((card) => {
        const style = getComputedStyle(card);
        const body = getComputedStyle(card.querySelector('.mp-Callout-CalloutBody')!);
        const heading = card.querySelector('h2, h3, h4')!;
        const icon = card.querySelector('svg')!;
        return {
          theme: scope.dataset.theme,
          variant: card.dataset.variant,
          border: `${style.borderTopStyle} ${style.borderTopWidth}`,
          radius: style.borderTopLeftRadius,
          background: style.backgroundColor,
          bodyColor: body.color,
          headingSize: getComputedStyle(heading).fontSize,
          icon: icon.innerHTML,
          iconSize: Math.round(icon.getBoundingClientRect().width),
        };
      }),
    ),
  );
  await page.context().close();
  return cards;
}

it('non-urgent, urgent and emergency cards differ beyond colour in light and dark: frame, corners, body, heading and icon', async () => {
  for (const [nonUrgent, urgent, emergency] of await careCards()) {
    // Frame weight and corners: 1px rounded, 3px square, 6px square.
    expect(new Set([nonUrgent!.border, urgent!.border, emergency!.border]).size).toBe(3);
    expect(nonUrgent!.radius).not.toBe('0px');
    expect(emergency!.radius).toBe('0px');
    // A different icon shape for each level, and a larger one for an emergency.
    expect(new Set([nonUrgent!.icon, urgent!.icon, emergency!.icon]).size).toBe(3);
    expect(emergency!.iconSize).toBeGreaterThan(urgent!.iconSize);
    // The emergency body is inverted (NHS's black card in light); the urgent one is not.
    expect(emergency!.background).not.toBe(urgent!.background);
    expect(emergency!.bodyColor).not.toBe(urgent!.bodyColor);
    expect(parseFloat(emergency!.headingSize)).toBeGreaterThan(parseFloat(urgent!.headingSize));
  }
});

it('in forced colours the levels keep their shapes: a double frame for an emergency, a heavy one for urgent, distinct icons', async () => {
  for (const [nonUrgent, urgent, emergency] of await careCards({ forcedColors: 'active' })) {
    expect(emergency!.border).toMatch(/^double /);
    expect(urgent!.border).toMatch(/^solid 3px/);
    expect(nonUrgent!.border).toMatch(/^solid 1px/);
    expect(new Set([nonUrgent!.icon, urgent!.icon, emergency!.icon]).size).toBe(3);
  }
});
