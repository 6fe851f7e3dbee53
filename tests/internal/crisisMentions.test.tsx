import { describe, expect, it } from 'vitest';
import { crisisLanguage, mentionsSuicide } from '../../src/internal/crisisMentions';
import { readerCountries, showsCrisisHelp } from '../../src/components/Article/articleCrisis';
import { auditArticle } from '../../src/audit';

function Unread() {
  return <p>suicide</p>;
}

describe('mentionsSuicide', () => {
  it('finds the words in strings, numbers and nested elements, as whole words, in any case', () => {
    expect(mentionsSuicide(['Some people self-harm when distress builds.'], 'en')).toBe(true);
    expect(
      mentionsSuicide(
        [
          <ul key="l">
            <li>
              Thoughts of <em>Suicide</em>
            </li>
          </ul>,
        ],
        'en',
      ),
    ).toBe(true);
    expect(mentionsSuicide(['He felt like ending his own life.'], 'en')).toBe(true);
    expect(mentionsSuicide(['Pensó en hacerse daño.'], 'es')).toBe(true);
    // Not a part of another word, and not another language's list.
    expect(mentionsSuicide(['Antisuicidal is not a word we use; nor is harmless.'], 'en')).toBe(false);
    expect(mentionsSuicide(['Thoughts of suicide.'], 'es')).toBe(false);
  });

  it('reads what is given, not a component\u2019s output (never calls it), and gives the same answer when asked twice', () => {
    expect(mentionsSuicide([<Unread key="u" />], 'en')).toBe(false);
    expect(mentionsSuicide([null, undefined, true, 0, ['suicidal']], 'en')).toBe(true);
    expect(mentionsSuicide([null, undefined, true, 0, ['suicidal']], 'en')).toBe(true);
  });

  it('uses the words the editorial check reads, so the two agree', () => {
    const article = { title: 'Low mood', sections: [{ heading: 'When it is hard', body: ['Some people think about suicide.'] }] };
    expect(auditArticle(article).map((finding) => finding.rule)).toContain('crisis-help');
    expect(
      auditArticle({ ...article, sections: [{ heading: 'When it is hard', body: ['Some people sleep badly.'] }] }).map(
        (finding) => finding.rule,
      ),
    ).not.toContain('crisis-help');
    expect(mentionsSuicide(['Some people think about suicide.'], 'en')).toBe(true);
  });

  it('crisisLanguage: English by default, Spanish for es-*, none for a language without a list', () => {
    expect(crisisLanguage(undefined)).toBe('en');
    expect(crisisLanguage('en-GB')).toBe('en');
    expect(crisisLanguage('es-MX')).toBe('es');
    expect(crisisLanguage('de')).toBeNull();
  });
});

describe('showsCrisisHelp and readerCountries', () => {
  const quiet = { title: 'Sleep', sections: [] };
  it('the publisher\u2019s word first, then the urgent disclaimer, then the text', () => {
    expect(showsCrisisHelp({ ...quiet, crisisSupport: true }, [], 'en')).toBe(true);
    expect(showsCrisisHelp({ ...quiet, crisisSupport: false, disclaimer: { variant: 'urgent' } }, ['suicide'], 'en')).toBe(false);
    expect(showsCrisisHelp({ ...quiet, disclaimer: { variant: 'urgent' } }, [], 'en')).toBe(true);
    expect(showsCrisisHelp(quiet, ['self-injury'], 'en')).toBe(true);
    expect(showsCrisisHelp(quiet, ['Sleep well.'], 'en')).toBe(false);
  });

  it('the reader\u2019s country as given, else the region of a locale the publisher passed, else none', () => {
    expect(readerCountries('GB', 'en-US')).toEqual(['GB']);
    expect(readerCountries(['US', 3, 'CA'], undefined)).toEqual(['US', 'CA']);
    expect(readerCountries(undefined, 'en-GB')).toEqual(['GB']);
    expect(readerCountries(undefined, { code: 'es-MX' } as never)).toEqual(['MX']);
    expect(readerCountries(undefined, 'en')).toEqual([]);
    expect(readerCountries(undefined, 'not a tag!')).toEqual([]);
    expect(readerCountries(undefined, undefined)).toEqual([]);
  });
});
