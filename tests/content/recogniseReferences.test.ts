// @vitest-environment node
// The references recogniser alone (src/content/recogniseReferences.ts).
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/content/parse';
import { createReferenceList, takeFootnotes, takeReferencesSection, takeTrailingReferences } from '../../src/content/recogniseReferences';
import { wordsFor } from '../../src/content/words';

const words = wordsFor(undefined);
const blocks = (html: string) => parseHtml(html).children;

describe('createReferenceList', () => {
  it('makes each list item an entry: keys from the source ids, DOI and PubMed links recognised, back-links dropped', () => {
    const references = createReferenceList();
    references.add(
      blocks(`<ol>
      <li id="ref-3">Smith J. Sleep and mood. <a href="https://doi.org/10.1000/xyz123">https://doi.org/10.1000/xyz123</a> <a href="#cite-3">↩</a></li>
      <li id="fn-who">World report. <a href="https://pubmed.ncbi.nlm.nih.gov/12345/">PubMed</a></li>
      <li><a href="https://example.org/guide">https://example.org/guide</a></li>
    </ol>`)[0] as Element,
    );
    expect(references.references).toEqual([
      { key: '3', sourceId: 'ref-3', reference: { id: '3', title: 'Smith J. Sleep and mood.', doi: '10.1000/xyz123' } },
      { key: 'who', sourceId: 'fn-who', reference: { id: 'who', title: 'World report. PubMed', pmid: '12345' } },
      // No id: its position, 3, which the first entry holds already, made unique.
      { key: '3-2', sourceId: undefined, reference: { id: '3-2', title: 'https://example.org/guide', url: 'https://example.org/guide' } },
    ]);
  });
});

describe('takeFootnotes', () => {
  it('takes WordPress and Markdown footnote lists out of the blocks into the references', () => {
    const references = createReferenceList();
    const rest = takeFootnotes(
      blocks(
        '<p>Text.</p><ol class="wp-block-footnotes"><li id="a">First.</li></ol><section data-footnotes><h2>Footnotes</h2><ol><li id="b">Second.</li></ol></section>',
      ),
      references,
    );
    expect(rest.map((node) => (node as Element).tagName)).toEqual(['p']);
    expect(references.references.map((entry) => entry.reference.title)).toEqual(['First.', 'Second.']);
  });
});

describe('takeReferencesSection', () => {
  it('takes a references section that holds only lists, and keeps one with text in it', () => {
    const references = createReferenceList();
    expect(takeReferencesSection('Sources', blocks('<ul><li>One.</li></ul><ol><li>Two.</li></ol>'), words, references)).toBe(true);
    expect(takeReferencesSection('Sources', blocks('<p>We used:</p><ul><li>Three.</li></ul>'), words, references)).toBe(false);
    expect(takeReferencesSection('Dosing', blocks('<ul><li>Four.</li></ul>'), words, references)).toBe(false);
    expect(references.references.map((entry) => entry.reference.title)).toEqual(['One.', 'Two.']);
  });
});

describe('takeTrailingReferences', () => {
  it('takes a references heading and its list at the very end of a section, not in the middle', () => {
    const references = createReferenceList();
    const end = takeTrailingReferences(blocks('<p>Body.</p><h3>References</h3><ul><li>Cited.</li></ul>'), words, references);
    expect(end.map((node) => (node as Element).tagName)).toEqual(['p']);
    const middle = takeTrailingReferences(blocks('<h3>References</h3><ul><li>Kept.</li></ul><p>More text.</p>'), words, references);
    expect(middle).toHaveLength(3);
    expect(references.references.map((entry) => entry.reference.title)).toEqual(['Cited.']);
  });
});
