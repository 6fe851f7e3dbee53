import { expect, it } from 'vitest';
import { useBrowser } from './harness/session';

const { open } = useBrowser();

/** Opens the first question by keyboard and reports the motion that follows. */
async function openFirstQuestionAndMeasureMotion(reducedMotion: 'reduce' | 'no-preference') {
  const { page } = await open('/article', { reducedMotion });
  const trigger = page.locator('[data-faq-item] button').first();
  await trigger.focus();
  await page.keyboard.press('Enter');
  const motion = await page.evaluate(() => ({
    animations: document.getAnimations().length,
    transitions: [...document.querySelectorAll('*')].filter((element) =>
      getComputedStyle(element)
        .transitionDuration.split(',')
        .some((duration) => parseFloat(duration) > 0),
    ).length,
  }));
  await page.context().close();
  return motion;
}

it('runs no transition or animation when the reader asks for reduced motion', async () => {
  expect(await openFirstQuestionAndMeasureMotion('reduce')).toEqual({ animations: 0, transitions: 0 });
  // The same journey without the preference does move: the check above can see motion.
  const moving = await openFirstQuestionAndMeasureMotion('no-preference');
  expect(moving.transitions + moving.animations).toBeGreaterThan(0);
});

it('in forced-colours mode, controls keep their borders and focus stays visible', async () => {
  const { page } = await open('/article', { forcedColors: 'active' });
  const showAll = page.getByRole('button', { name: 'Show all' });
  const border = await showAll.evaluate((button) => getComputedStyle(button).borderTopStyle);
  expect(border).toBe('solid');

  // Tab until a FAQ question has focus, then read its focus indicator.
  for (let step = 0; step < 60; step += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.closest('[data-faq-item]') !== null)) break;
  }
  const focusStyle = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), forced: matchMedia('(forced-colors: active)').matches };
  });
  expect(focusStyle.forced).toBe(true);
  expect(focusStyle.style).toBe('solid');
  expect(focusStyle.width).toBeGreaterThanOrEqual(2);
  await page.context().close();
});
