import { describe, expect, it } from 'vitest';
import { createSlugger, slugify } from '../../src/internal/slug';

describe('slugify', () => {
  it('lower-cases and hyphenates', () => {
    expect(slugify('How ketamine acts in the brain')).toBe('how-ketamine-acts-in-the-brain');
    expect(slugify('  What’s next?  ')).toBe('what-s-next');
  });
  it('drops accents from Latin letters and keeps other scripts', () => {
    expect(slugify('Qué es la ketamina')).toBe('que-es-la-ketamina');
    expect(slugify('كيف يؤثر الكيتامين')).toBe('كيف-يؤثر-الكيتامين');
    expect(slugify('हिन्दी में जानकारी')).toBe('हिन्दी-में-जानकारी');
  });
  it('falls back when nothing is left', () => {
    expect(slugify('🙂 ?!')).toBe('section');
    expect(slugify('', 'question')).toBe('question');
  });
});

describe('createSlugger', () => {
  it('numbers repeats and avoids reserved ids', () => {
    const slugger = createSlugger();
    expect(slugger.reserve('risks')).toBe('risks');
    expect(slugger.slug('Risks')).toBe('risks-2');
    expect(slugger.slug('Risks')).toBe('risks-3');
    expect(slugger.slug('Benefits')).toBe('benefits');
  });

  it('turns an author id into a valid HTML id: no whitespace, never empty, never repeated', () => {
    const slugger = createSlugger();
    expect(slugger.reserve('  side effects\tand risks ')).toBe('side-effects-and-risks');
    expect(slugger.reserve('   ')).toBe('section');
    expect(slugger.reserve('', 'question')).toBe('question');
    expect(slugger.reserve('side effects and risks')).toBe('side-effects-and-risks-2');
  });
});
