import type { RootContent } from 'hast';
import { excerpt, isElement, textOf } from './hast';
import type { Parts, Recognition } from './parts';

/**
 * The conclusion. The page puts the FAQ after the sections, so what closes the
 * article after the FAQ becomes the conclusion: closing paragraphs ("In
 * conclusion, …") right after an FAQ's last answer, under a generated heading;
 * otherwise the last h2 section after the FAQ, with its own heading.
 */

/** Closing paragraphs after an FAQ's last answer become the conclusion; returns the blocks before them. */
export function takeClosingParagraphs(after: RootContent[], { words, notes, parts }: Recognition): RootContent[] {
  const at = after.findIndex((block) => isElement(block, 'p') && words.isClosing(textOf(block)));
  if (at < 0 || parts.conclusion) return after;
  parts.conclusion = { heading: words.conclusionHeading, level: 2, blocks: after.slice(at), generatedHeading: true };
  notes.add({
    kind: 'rewritten',
    element: 'p',
    message: `The closing paragraph after the FAQ became the conclusion, headed "${words.conclusionHeading}".`,
    source: excerpt(textOf(after[at]!)),
  });
  return after.slice(0, at);
}

/**
 * With no conclusion yet, the last h2 section among `sectionsAfterFaq` (indexes in `parts.sections`) becomes the
 * conclusion, taken out of the sections with the subsections after it, which stay inside it as h3s.
 */
export function takeClosingSection(parts: Parts, sectionsAfterFaq: number[]): void {
  const after = sectionsAfterFaq.filter((at) => (parts.sections[at]?.level ?? 2) === 2);
  if (parts.conclusion || after.length === 0) return;
  const moved = parts.sections.splice(after.at(-1)!);
  const [first, ...subs] = moved;
  const conclusion = { ...first!, generatedHeading: false };
  for (const sub of subs)
    conclusion.blocks.push(
      { type: 'element', tagName: 'h3', properties: sub.id ? { id: sub.id } : {}, children: [{ type: 'text', value: sub.heading }] },
      ...sub.blocks,
    );
  parts.conclusion = conclusion;
}
