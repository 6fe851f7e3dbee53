// @vitest-environment node
// Every rule of the editorial check: each test makes the flaw the rule exists for
// and checks the finding (and that a sound page gives none).
import { describe, expect, it } from 'vitest';
import { auditArticle, spanishSyllables, type AuditFinding, type AuditOptions } from '../../src/audit';
import { defineLocale, es, type ArticleData } from '../../src';

const NOW = '2026-12-01';

/** A short, sound article: reviewed, sourced, plain; every test adds one flaw. */
function article(overrides: Partial<ArticleData> = {}): ArticleData {
  return {
    title: 'Sleep and worry',
    summary: 'Why worry can keep you awake, and what helps.',
    review: { reviewer: { name: 'Dr Ada Reviewer' }, date: '2026-09-01' },
    nextReviewDue: '2027-09-01',
    sections: [{ heading: 'What helps', body: ['Go to bed at the same time each night. Keep your room dark and cool.'] }],
    references: [{ id: 'guide', title: 'A guide to sleep' }],
    ...overrides,
  };
}

const audit = (data: ArticleData, options: AuditOptions = {}) => auditArticle(data, { now: NOW, ...options });
const byRule = (findings: AuditFinding[], rule: AuditFinding['rule']) => findings.filter((finding) => finding.rule === rule);
const problems = (findings: AuditFinding[]) => findings.filter((finding) => finding.severity !== 'info');

const hardEnglish = [
  'Pharmacological interventions targeting glutamatergic neurotransmission demonstrate considerable heterogeneity regarding therapeutic responsiveness among individuals experiencing persistent posttraumatic symptomatology.',
  'Consequently, comprehensive psychological evaluation, individualised therapeutic formulation and systematic longitudinal monitoring constitute fundamental prerequisites preceding administration.',
  'Contemporary investigational methodologies additionally necessitate standardised outcome measurement instruments facilitating comparative interpretation across heterogeneous populations.',
  'Furthermore, pharmacovigilance considerations encompassing dissociative phenomenology, cardiovascular destabilisation and potential recreational misappropriation necessitate institutional supervision.',
];

describe('a sound article', () => {
  it('has no warnings or errors, only the page’s reading figure', () => {
    const findings = audit(article());
    expect(problems(findings)).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ rule: 'reading-ease', severity: 'info', where: { part: 'page' } })]);
  });
});

describe('reading ease', () => {
  it('reports a section above the target grade, and the whole page', () => {
    const findings = byRule(audit(article({ sections: [{ heading: 'Mechanisms', body: hardEnglish }] })), 'reading-ease');
    const section = findings.find((finding) => finding.where.part === 'section');
    expect(section).toMatchObject({ severity: 'warning', where: { part: 'section', index: 0, heading: 'Mechanisms' }, target: 8 });
    expect(section!.value as number).toBeGreaterThan(14);
    expect(section!.message).toMatch(/^Reading grade [\d.]+: aim for grade 8 or lower/);
    expect(findings.find((finding) => finding.where.part === 'page')).toMatchObject({ severity: 'warning' });
  });

  it('scores plain text below the target, as information only', () => {
    const [page] = byRule(audit(article()), 'reading-ease');
    expect(page).toMatchObject({ severity: 'info', where: { part: 'page' } });
    expect(page!.value as number).toBeLessThan(6);
  });

  it('says a score on target is on target, and gives no advice to simplify (English and Spanish)', () => {
    const [page] = byRule(audit(article()), 'reading-ease');
    expect(page!.message).toBe(`Reading grade ${page!.value}: on target (grade 8 or lower).`);
    const easy = article({
      sections: [{ heading: 'Qué ayuda', body: ['Vaya a la cama a la misma hora. Deje el cuarto oscuro y fresco.'] }],
    });
    const spanish = byRule(audit(easy, { locale: es }), 'reading-ease');
    expect(spanish.map((finding) => finding.message)).toEqual([
      `Índice de Szigriszt-Pazos ${spanish[0]!.value} (INFLESZ): dentro del objetivo (55 o más).`,
      `Índice de Fernández-Huerta ${spanish[1]!.value}: dentro del objetivo (60 o más).`,
    ]);
    // Advice belongs to a score that misses: the same page against a target it misses gets it.
    const missed = byRule(audit(article(), { rules: { 'reading-ease': { maxGrade: -5 } } }), 'reading-ease')[0]!;
    expect(missed).toMatchObject({ severity: 'warning', target: -5 });
    expect(missed.message).toMatch(/aim for grade -5 or lower\. Use shorter sentences/);
  });

  it('uses the NHS preset (reading age 9 to 11: grade 6) and a retuned target', () => {
    const text = [
      'Talking therapies help many people who have lived through a frightening event. A trained therapist helps you understand your memories and feel safer in your daily life.',
    ];
    const data = article({ sections: [{ heading: 'Therapy', body: text }] });
    const grade = byRule(audit(data), 'reading-ease')[0]!.value as number;
    expect(grade).toBeGreaterThan(6);
    expect(grade).toBeLessThanOrEqual(8);
    expect(byRule(audit(data), 'reading-ease').map((finding) => finding.severity)).toEqual(['info']);
    expect(byRule(audit(data, { preset: 'nhs' }), 'reading-ease')[0]).toMatchObject({ severity: 'warning', target: 6 });
    expect(byRule(audit(data, { rules: { 'reading-ease': { maxGrade: 12 } } }), 'reading-ease')[0]).toMatchObject({
      severity: 'info',
      target: 12,
    });
  });

  it('scores Spanish with Szigriszt-Pazos (INFLESZ) and Fernández-Huerta', () => {
    const hard = article({
      sections: [
        {
          heading: 'Mecanismos',
          body: [
            'Las intervenciones farmacológicas dirigidas a la neurotransmisión glutamatérgica demuestran considerable heterogeneidad respecto de la respuesta terapéutica individual.',
            'Consecuentemente, la evaluación psicológica exhaustiva y la monitorización longitudinal sistemática constituyen requisitos fundamentales previos a la administración.',
            'Adicionalmente, las metodologías investigacionales contemporáneas necesitan instrumentos estandarizados de medición que faciliten interpretaciones comparativas entre poblaciones heterogéneas.',
            'Asimismo, las consideraciones de farmacovigilancia relacionadas con la fenomenología disociativa y la desestabilización cardiovascular exigen supervisión institucional especializada.',
          ],
        },
      ],
    });
    const findings = byRule(audit(hard, { locale: es }), 'reading-ease').filter((finding) => finding.where.part === 'section');
    expect(findings.map((finding) => finding.target)).toEqual([55, 60]);
    expect(findings[0]!.message).toMatch(/^Índice de Szigriszt-Pazos -?[\d.]+ \(INFLESZ\): procure 55 o más/);
    expect(findings[1]!.message).toMatch(/^Índice de Fernández-Huerta/);
    expect(findings[0]!.value as number).toBeLessThan(40);
    const easy = article({
      sections: [{ heading: 'Qué ayuda', body: ['Vaya a la cama a la misma hora. Deje el cuarto oscuro y fresco.'] }],
    });
    expect(byRule(audit(easy, { locale: es }), 'reading-ease').every((finding) => finding.severity === 'info')).toBe(true);
  });

  it('counts Spanish syllables, diphthongs and hiatus included', () => {
    const words: [string, number][] = [
      ['agua', 2],
      ['día', 2],
      ['oído', 3],
      ['aéreo', 4],
      ['ciudad', 2],
      ['trastorno', 3],
      ['ahora', 3],
      ['postraumático', 5],
      ['tratamiento', 4],
      ['psicológicas', 5],
      ['país', 2],
      ['guerra', 2],
      ['pingüino', 3],
      ['y', 1],
      ['hoy', 1],
    ];
    for (const [word, count] of words) expect(spanishSyllables(word), word).toBe(count);
  });

  it('does not score a section too short for a stable figure alone (minWords, default 60)', () => {
    const short = article({ sections: [{ heading: 'Mechanisms', body: hardEnglish.slice(0, 1) }] });
    expect(byRule(audit(short), 'reading-ease').map((finding) => finding.where.part)).toEqual(['page']);
    expect(
      byRule(audit(short, { rules: { 'reading-ease': { minWords: 10 } } }), 'reading-ease').map((finding) => finding.where.part),
    ).toEqual(['page', 'section']);
  });

  it('can be turned off', () => {
    expect(byRule(audit(article(), { rules: { 'reading-ease': false } }), 'reading-ease')).toEqual([]);
  });
});

describe('plain language', () => {
  const longSentence =
    'If you have been struggling with your sleep for a long time it is a good idea to keep a simple diary of when you go to bed and when you wake up for two weeks.';

  it('reports a sentence over 25 words, with the sentence', () => {
    const [finding] = byRule(
      audit(article({ sections: [{ heading: 'Diary', body: [`${longSentence} Bring it to your doctor.`] }] })),
      'long-sentence',
    );
    expect(finding).toMatchObject({ severity: 'warning', value: longSentence, target: 25, where: { part: 'section', index: 0 } });
    expect(finding!.message).toBe('A sentence of 36 words: aim for 25 or fewer. Split it.');
    expect(byRule(audit(article()), 'long-sentence')).toEqual([]);
    expect(
      byRule(
        audit(article({ sections: [{ heading: 'Diary', body: [longSentence] }] }), { rules: { 'long-sentence': { maxWords: 40 } } }),
        'long-sentence',
      ),
    ).toEqual([]);
  });

  it('reports passive voice with its sentence', () => {
    const [finding] = byRule(audit(article({ intro: ['The tablets were given to patients at night.'] })), 'passive-voice');
    expect(finding).toMatchObject({ severity: 'info', where: { part: 'intro' }, value: 'The tablets were given to patients at night.' });
    expect(finding!.message).toContain('"given"');
  });

  it('reports a word with a simpler alternative', () => {
    const [finding] = byRule(audit(article({ intro: ['You can utilize a diary to see patterns.'] })), 'simpler-word');
    expect(finding).toMatchObject({ where: { part: 'intro' }, value: 'You can utilize a diary to see patterns.' });
    expect(finding!.message).toBe('"utilize" has a simpler word: use.');
    expect(
      byRule(
        audit(article({ intro: ['You can utilize a diary.'] }), { rules: { 'simpler-word': { ignore: ['utilize'] } } }),
        'simpler-word',
      ),
    ).toEqual([]);
  });
});

describe('trust', () => {
  it('reports a page with no medical reviewer as an error', () => {
    const findings = audit(article({ review: undefined }));
    expect(byRule(findings, 'no-reviewer')).toEqual([expect.objectContaining({ severity: 'error', where: { part: 'review' } })]);
    expect(byRule(audit(article()), 'no-reviewer')).toEqual([]);
  });

  it('reports a review older than 12 months, or the configured age', () => {
    const old = article({ review: { reviewer: { name: 'Dr Ada Reviewer' }, date: '2025-06-01' } });
    expect(byRule(audit(old), 'review-age')).toEqual([expect.objectContaining({ severity: 'warning', value: 18, target: 12 })]);
    expect(byRule(audit(old, { rules: { 'review-age': { maxMonths: 24 } } }), 'review-age')).toEqual([]);
    // A later lastReviewed date counts.
    expect(byRule(audit({ ...old, lastReviewed: '2026-08-01' }), 'review-age')).toEqual([]);
  });

  it('reports a next review date in the past', () => {
    const [finding] = byRule(audit(article({ nextReviewDue: '2026-11-30' })), 'review-overdue');
    expect(finding).toMatchObject({ severity: 'error', value: '2026-11-30' });
    expect(finding!.message).toBe('The next review was due on November 30, 2026: review the page now.');
    expect(byRule(audit(article({ nextReviewDue: '2026-11-30' }), { now: '2026-11-29' }), 'review-overdue')).toEqual([]);
  });

  it('reports a page with no references', () => {
    expect(byRule(audit(article({ references: [] })), 'no-references')).toHaveLength(1);
    expect(byRule(audit(article({ references: undefined })), 'no-references')).toHaveLength(1);
  });

  it('reports a section that states figures with no citation, and not one that cites', () => {
    const claim = 'About 1 in 3 adults has trouble sleeping at some point.';
    const uncited = article({ sections: [{ heading: 'How common', body: [claim] }] });
    expect(byRule(audit(uncited), 'uncited-claim')).toEqual([
      expect.objectContaining({ severity: 'warning', value: claim, where: { part: 'section', index: 0, heading: 'How common' } }),
    ]);
    const cited = article({
      sections: [
        {
          heading: 'How common',
          body: ({ cite }) => (
            <p>
              {claim}
              {cite('guide')}
            </p>
          ),
        },
      ],
    });
    expect(byRule(audit(cited), 'uncited-claim')).toEqual([]);
  });

  it('reports a page without the medical disclaimer', () => {
    expect(byRule(audit(article({ disclaimer: false })), 'no-disclaimer')).toHaveLength(1);
    expect(byRule(audit(article()), 'no-disclaimer')).toEqual([]);
  });

  it('reports an FAQ answer that is empty or only repeats its question', () => {
    const findings = byRule(
      audit(
        article({
          faq: {
            items: [
              { question: 'Can worry cause insomnia?', answer: '' },
              { question: 'Can worry cause insomnia at night?', answer: <p>Worry can cause insomnia.</p> },
              { question: 'Does exercise help?', answer: 'No. Not late at night, for most people.' },
            ],
          },
        }),
      ),
      'faq-answer',
    );
    expect(findings.map((finding) => [finding.where.index, finding.message])).toEqual([
      [0, 'The answer is empty.'],
      [1, 'The answer only repeats the question.'],
    ]);
  });
});

describe('safe messaging', () => {
  // The page fixtures are in fixtures/selfHarmArticle.tsx (tested in safeMessaging.test.tsx).
  it('flags words that may describe a method, on a page that mentions suicide', () => {
    const data = article({
      disclaimer: { variant: 'urgent' },
      sections: [{ heading: 'Overdose', body: ['Some people think about suicide. An overdose of paracetamol can damage the liver.'] }],
    });
    expect(byRule(audit(data), 'method-words')).toEqual([expect.objectContaining({ severity: 'warning', value: 'overdose' })]);
    // Without a mention of suicide or self-harm, the same word is ordinary health information.
    const plainPage = article({ sections: [{ heading: 'Overdose', body: ['An overdose of paracetamol can damage the liver.'] }] });
    expect(byRule(audit(plainPage), 'method-words')).toEqual([]);
  });
});

describe('structure and search', () => {
  it('reports a title over 60 characters and a summary over 160', () => {
    const title = 'Why can’t I sleep? Everything you need to know about insomnia';
    const summary = 'A'.repeat(161);
    const findings = audit(article({ title, summary }));
    expect(byRule(findings, 'title-length')).toEqual([expect.objectContaining({ value: 61, target: 60 })]);
    expect(byRule(findings, 'summary-length')).toEqual([expect.objectContaining({ value: 161, target: 160 })]);
    expect(byRule(audit(article({ title: title.slice(0, 60), summary: 'A'.repeat(160) })), 'title-length')).toEqual([]);
  });

  it('reports a heading level skipped inside a body', () => {
    const body = (
      <>
        <p>Text.</p>
        <h4>Details</h4>
        <p>More.</p>
        <h3>Fine</h3>
      </>
    );
    const findings = byRule(audit(article({ sections: [{ heading: 'Section', body }] })), 'heading-levels');
    expect(findings).toEqual([
      expect.objectContaining({
        value: 'Details',
        target: 3,
        message: 'A heading skips from level 2 to level 4: screen reader users lose the outline.',
      }),
    ]);
    const sound = (
      <>
        <h3>Part</h3>
        <h4>Detail</h4>
        <h3>Next</h3>
      </>
    );
    expect(byRule(audit(article({ sections: [{ heading: 'Section', body: sound }] })), 'heading-levels')).toEqual([]);
  });

  it('reports an image with no alt or a file name for alt; alt="" is decoration and fine', () => {
    const body = (
      <>
        {/* eslint-disable-next-line jsx-a11y/alt-text -- the missing alt is what the rule under test must find */}
        <img src="/a.jpg" />
        <img src="/b.jpg" alt="IMG_2031.jpg" />
        <img src="/c.jpg" alt="" />
        <img src="/d.jpg" alt="A nurse takes a patient’s blood pressure" />
      </>
    );
    const findings = byRule(audit(article({ sections: [{ heading: 'Pictures', body }] })), 'image-alt');
    expect(findings.map((finding) => [finding.severity, finding.value])).toEqual([
      ['error', '/a.jpg'],
      ['error', 'IMG_2031.jpg'],
    ]);
    expect(byRule(audit(article({ image: { src: '/hero.png', alt: 'hero.png' } })), 'image-alt')).toHaveLength(1);
  });

  it('reports link text such as "click here" or "read more"', () => {
    const body = (
      <p>
        <a href="/a">Click here</a>, <a href="/b">read more</a> or see <a href="/c">how to sleep better</a>.
      </p>
    );
    const findings = byRule(audit(article({ sections: [{ heading: 'Links', body }] })), 'link-text');
    expect(findings.map((finding) => finding.value)).toEqual(['/a', '/b']);
    const spanish = (
      <p>
        <a href="/a">Haga clic aquí</a> o lea <a href="/b">la guía del sueño</a>.
      </p>
    );
    expect(
      byRule(audit(article({ sections: [{ heading: 'Enlaces', body: spanish }] }), { locale: es }), 'link-text').map((f) => f.value),
    ).toEqual(['/a']);
  });
});

describe('options and bad input', () => {
  it('turns any rule off and changes its severity', () => {
    const data = article({ review: undefined });
    expect(byRule(audit(data, { rules: { 'no-reviewer': false } }), 'no-reviewer')).toEqual([]);
    expect(byRule(audit(data, { rules: { 'no-reviewer': { severity: 'warning' } } }), 'no-reviewer')[0]!.severity).toBe('warning');
  });

  it('lists errors first, then warnings, then information', () => {
    const findings = audit(article({ review: undefined, references: [], intro: ['The tablets were given at night.'] }));
    const order = { error: 0, warning: 1, info: 2 };
    const ranks = findings.map((finding) => order[finding.severity]);
    expect(ranks).toEqual([...ranks].sort());
    expect(new Set(ranks)).toEqual(new Set([0, 1, 2]));
  });

  it('writes messages in the locale’s words', () => {
    const [finding] = byRule(audit(article({ review: undefined }), { locale: es }), 'no-reviewer');
    expect(finding!.message).toBe('Sin revisión médica: indique qué profesional sanitario revisó la página y cuándo.');
  });

  it('reports a body that cannot be rendered, and reads the rest', () => {
    function Broken(): never {
      throw new Error('boom');
    }
    const findings = audit(
      article({
        sections: [
          { heading: 'Broken', body: <Broken /> },
          { heading: 'Fine', body: ['Plain words.'] },
        ],
      }),
    );
    expect(byRule(findings, 'unreadable-part')).toEqual([
      expect.objectContaining({ severity: 'error', where: { part: 'section', index: 0, heading: 'Broken' } }),
    ]);
    expect(findings.find((finding) => finding.rule === 'reading-ease')).toBeDefined();
  });

  it('says which rules did not run for a language it has no word lists for, crisis help among them', () => {
    const french = defineLocale({ code: 'fr', messages: {} });
    const findings = audit(
      article({ sections: [{ heading: 'Idées suicidaires', body: ['Parler du suicide avec un proche peut aider.'] }], review: undefined }),
      { locale: french },
    );
    const [unchecked, ...more] = byRule(findings, 'unchecked-language');
    expect(more).toHaveLength(0);
    expect(unchecked).toMatchObject({ severity: 'warning', where: { part: 'page' }, value: 'fr' });
    expect(unchecked!.message).toMatch(/"fr".*crisis-help.*did not run|did not run: .*crisis-help/);
    expect(byRule(findings, 'crisis-help')).toHaveLength(0);
    // Rules that need no words still run.
    expect(byRule(findings, 'no-reviewer')).toHaveLength(1);
    // English and Spanish articles get no such finding; rules turned off are not listed.
    expect(byRule(audit(article()), 'unchecked-language')).toHaveLength(0);
    expect(byRule(audit(article(), { locale: es }), 'unchecked-language')).toHaveLength(0);
    const fewer = byRule(audit(article(), { locale: french, rules: { 'crisis-help': false } }), 'unchecked-language')[0]!;
    expect(fewer.message).not.toMatch(/crisis-help/);
  });

  it('throws a TypeError naming the argument for a non-object', () => {
    expect(() => auditArticle(null as unknown as ArticleData)).toThrow(
      new TypeError('auditArticle: `article` must be an ArticleData object.'),
    );
  });
});
