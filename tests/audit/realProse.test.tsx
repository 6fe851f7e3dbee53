// @vitest-environment node
// The editorial check on real prose: the sample article in English and Spanish,
// the seed-style article, and a page that mentions self-harm with and without help.
import { describe, expect, it } from 'vitest';
import { auditArticle, type AuditFinding } from '../../src/audit';
import { es, type ArticleData } from '../../src';
import { ketamineArticleData, ketamineArticleDataEs } from '../../stories/fixtures/ketamineArticleData';
import { seedArticle } from '../../stories/fixtures/seedArticle';
import {
  selfHarmWithCrisisSupport,
  selfHarmWithoutHelp,
  selfHarmWithoutHelpEs,
  selfHarmWithUrgentDisclaimer,
  selfHarmWithUrgentDisclaimerEs,
} from '../../stories/fixtures/selfHarmArticle';

const NOW = '2026-12-01';
const rules = (findings: AuditFinding[], severity: AuditFinding['severity']) =>
  [...new Set(findings.filter((finding) => finding.severity === severity).map((finding) => finding.rule))].sort();
const page = (findings: AuditFinding[]) => findings.filter((finding) => finding.rule === 'reading-ease' && finding.where.part === 'page');

describe('the sample article', () => {
  it('English: no errors; reading grade about 10 for the page (above the target of 8), long sentences named', () => {
    const findings = auditArticle(ketamineArticleData, { now: NOW });
    expect(rules(findings, 'error')).toEqual([]);
    expect(rules(findings, 'warning')).toEqual(['long-sentence', 'reading-ease', 'summary-length']);
    const [grade] = page(findings);
    expect(grade).toMatchObject({ severity: 'warning', target: 8 });
    expect(grade!.value as number).toBeGreaterThan(9);
    expect(grade!.value as number).toBeLessThan(11);
    // It is reviewed, sourced, cites its figures and has the urgent disclaimer: no trust or safe-messaging findings.
    for (const rule of ['no-reviewer', 'review-age', 'review-overdue', 'no-references', 'uncited-claim', 'crisis-help']) {
      expect(
        findings.filter((finding) => finding.rule === rule),
        rule,
      ).toEqual([]);
    }
  });

  it('Spanish: no errors; Szigriszt-Pazos and Fernández-Huerta within the targets for the page, Spanish messages', () => {
    const findings = auditArticle(ketamineArticleDataEs, { now: NOW, locale: es });
    expect(rules(findings, 'error')).toEqual([]);
    const [sp, fh] = page(findings);
    expect(sp).toMatchObject({ severity: 'info', target: 55 });
    expect(sp!.value as number).toBeGreaterThan(55);
    expect(sp!.value as number).toBeLessThan(65);
    expect(fh).toMatchObject({ severity: 'info', target: 60 });
    expect(fh!.message).toMatch(/^Índice de Fernández-Huerta/);
    // The Spanish title is longer than a search result shows.
    expect(findings.find((finding) => finding.rule === 'title-length')!.message).toMatch(/^El título tiene \d+ caracteres/);
  });
});

describe('the seed-style article', () => {
  const findings = auditArticle(seedArticle, { now: NOW });

  it('is reported for no reviewer (an error), no sources, uncited figures and no disclaimer', () => {
    expect(rules(findings, 'error')).toEqual(['no-reviewer']);
    expect(rules(findings, 'warning')).toEqual(
      expect.arrayContaining([
        'faq-answer',
        'link-text',
        'long-sentence',
        'no-disclaimer',
        'no-references',
        'reading-ease',
        'summary-length',
        'title-length',
        'uncited-claim',
      ]),
    );
    const uncited = findings.filter((finding) => finding.rule === 'uncited-claim');
    expect(uncited.map((finding) => finding.where.heading)).toEqual(expect.arrayContaining(['What insomnia is', 'Habits that can help']));
    expect(uncited[0]!.value).toMatch(/1 in 3 adults/);
  });

  it('names its long sentences, every one over 25 words', () => {
    const long = findings.filter((finding) => finding.rule === 'long-sentence');
    expect(long.length).toBeGreaterThanOrEqual(9);
    for (const finding of long) expect((finding.value as string).split(/\s+/).length).toBeGreaterThan(25);
    expect(page(findings)[0]!.value as number).toBeGreaterThan(14);
  });
});

describe('a page that mentions self-harm', () => {
  it('without crisis help on the page: an error', () => {
    const findings = auditArticle(selfHarmWithoutHelp, { now: NOW }).filter((finding) => finding.rule === 'crisis-help');
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', where: { part: 'title' }, value: 'self-harm' })]);
  });

  it('with the urgent disclaimer or a CrisisSupport box: no error', () => {
    for (const data of [selfHarmWithUrgentDisclaimer, selfHarmWithCrisisSupport]) {
      const findings = auditArticle(data, { now: NOW });
      expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    }
  });

  it('counts a link in the text to a crisis line (988, Samaritans, Lifeline) as crisis help, as a CMS post writes it, but not an emergency number alone', () => {
    const withLink = (href: string, words: string) => ({
      ...selfHarmWithoutHelp,
      sections: [
        ...selfHarmWithoutHelp.sections,
        {
          heading: 'Talk to someone now',
          body: (
            <p>
              You can <a href={href}>{words}</a>, free, any time.
            </p>
          ),
        },
      ],
    });
    const crisisErrors = (data: ArticleData) => auditArticle(data, { now: NOW }).filter((finding) => finding.rule === 'crisis-help');
    expect(crisisErrors(withLink('tel:116%20123', 'call Samaritans on 116 123'))).toEqual([]);
    expect(crisisErrors(withLink('sms:988?body=hi', 'text 988'))).toEqual([]);
    expect(crisisErrors(withLink('tel:13-11-14', 'call Lifeline'))).toEqual([]);
    expect(crisisErrors(withLink('tel:999', 'call 999'))).toHaveLength(1);
    expect(crisisErrors(withLink('tel:%E0%A4%A', 'a broken link'))).toHaveLength(1);
  });

  it('leaves the crisis box’s own words out of the prose it scores', () => {
    const findings = auditArticle(selfHarmWithCrisisSupport, { now: NOW });
    const sentences = findings.map((finding) => String(finding.value ?? ''));
    expect(sentences.some((text) => /thoughts of suicide|If you need help now/.test(text))).toBe(false);
  });

  it('in Spanish: the same', () => {
    expect(auditArticle(selfHarmWithoutHelpEs, { now: NOW, locale: es }).filter((finding) => finding.rule === 'crisis-help')).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/^Habla de suicidio o autolesiones/) }),
    ]);
    expect(
      auditArticle(selfHarmWithUrgentDisclaimerEs, { now: NOW, locale: es }).filter((finding) => finding.severity === 'error'),
    ).toEqual([]);
  });
});
