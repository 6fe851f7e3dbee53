// @vitest-environment node
// The FAQ recogniser alone (src/content/recogniseFaq.ts): plugin blocks marked, an FAQ section taken, the FAQ
// placed after the sections. The whole converter's behaviour is in html.test.tsx and the WordPress tests.
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { Notes, textOf } from '../../src/content/hast';
import { parseHtml } from '../../src/content/parse';
import { faqBlockOf, markFaqBlocks, placeFaq } from '../../src/content/recogniseFaq';
import { createReferenceList } from '../../src/content/recogniseReferences';
import { recogniseSections } from '../../src/content/recogniseSections';
import { wordsFor } from '../../src/content/words';

const yoast = (question: string, answer: string) =>
  `<div class="schema-faq wp-block-yoast-faq-block"><div class="schema-faq-section" id="faq-q1"><strong class="schema-faq-question">${question}</strong><p class="schema-faq-answer">${answer}</p></div></div>`;

const read = (html: string) => {
  const notes = new Notes();
  const recognition = recogniseSections(markFaqBlocks(parseHtml(html).children), {
    words: wordsFor(undefined),
    notes,
    references: createReferenceList(),
  });
  placeFaq(recognition);
  return { parts: recognition.parts, notes: notes.list };
};

describe('markFaqBlocks', () => {
  it('replaces a plugin block nested in an otherwise empty wrapper by one marker holding its questions', () => {
    const blocks = markFaqBlocks(parseHtml(`<div class="wrapper">${yoast('Is it safe?', 'For most adults.')}</div><p>After.</p>`).children);
    expect(blocks.map((node) => (node as Element).tagName)).toEqual(['mp-faq-block', 'p']);
    const found = faqBlockOf(blocks[0]!);
    expect(found?.plugin).toBe('Yoast SEO');
    expect(found?.items.map((item) => ({ question: item.question, id: item.id, answer: item.blocks.map((node) => textOf(node)) }))).toEqual(
      [{ question: 'Is it safe?', id: 'faq-q1', answer: ['For most adults.'] }],
    );
  });

  it('keeps a wrapper that holds text of its own beside the block, with the marker after it', () => {
    const blocks = markFaqBlocks(parseHtml(`<div class="wrapper"><p>Intro words.</p>${yoast('Q?', 'A.')}</div>`).children);
    expect(blocks.map((node) => (node as Element).tagName)).toEqual(['div', 'mp-faq-block']);
    expect(textOf(blocks[0]!)).toBe('Intro words.');
  });
});

describe('the FAQ section and placeFaq', () => {
  it('makes an FAQ h2 with h3 questions the FAQ, under its own heading', () => {
    const { parts, notes } = read(
      '<h2>Dosing</h2><p>Read the label.</p><h2>FAQ</h2><h3>Can I drive?</h3><p>Wait a day.</p><h3>With food?</h3><p>Yes.</p>',
    );
    expect(parts.faq?.heading).toBe('FAQ');
    expect(parts.faq?.items.map((item) => item.question)).toEqual(['Can I drive?', 'With food?']);
    expect(parts.sections.map((section) => section.heading)).toEqual(['Dosing']);
    expect(notes).toEqual([]);
  });

  it('keeps an FAQ heading with no questions after it as a section, with a note', () => {
    const { parts, notes } = read('<h2>FAQ</h2><p>Ask your pharmacist.</p>');
    expect(parts.faq).toBeUndefined();
    expect(parts.sections.map((section) => section.heading)).toEqual(['FAQ']);
    expect(notes).toEqual([expect.objectContaining({ kind: 'unrecognised', element: 'h2' })]);
  });

  it('joins questions from two places into one FAQ, and says the FAQ was mid-post', () => {
    const { parts, notes } = read(
      `<h2>Dosing</h2>${yoast('First?', 'One.')}<p>More dosing text.</p><h2>Storage</h2><p>Keep it cool.</p>${yoast('Second?', 'Two.')}`,
    );
    expect(parts.faq?.items.map((item) => item.question)).toEqual(['First?', 'Second?']);
    // Both sections stay sections (each held a block); the FAQ is shown after them.
    expect(parts.sections.map((section) => section.heading)).toEqual(['Dosing', 'Storage']);
    expect(parts.conclusion).toBeUndefined();
    expect(notes.map((note) => note.message)).toEqual([
      'Questions from 2 FAQ blocks (Yoast SEO, Yoast SEO) were joined into one FAQ.',
      'The FAQ was in the middle of the post; it is shown after the sections, where the page puts its FAQ.',
    ]);
  });
});
