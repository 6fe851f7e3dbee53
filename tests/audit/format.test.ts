// @vitest-environment node
// The editorial check's words around the findings: counts with the locale's plurals.
import { describe, expect, it } from 'vitest';
import { countsText, type AuditFinding } from '../../src/audit';
import { defineLocale, es } from '../../src';

const finding = (severity: AuditFinding['severity']): AuditFinding => ({
  rule: 'long-sentence',
  severity,
  message: 'A long sentence.',
  where: { part: 'page' },
});
const findings = (errors: number, warnings: number, infos: number) => [
  ...Array.from({ length: errors }, () => finding('error')),
  ...Array.from({ length: warnings }, () => finding('warning')),
  ...Array.from({ length: infos }, () => finding('info')),
];

describe('countsText', () => {
  it('says each count with the word Intl.PluralRules picks for it, in English', () => {
    expect(countsText(findings(0, 29, 25))).toBe('0 errors · 29 warnings · 25 info findings');
    expect(countsText(findings(1, 1, 1))).toBe('1 error · 1 warning · 1 info finding');
    expect(countsText(findings(2, 0, 0))).toBe('2 errors · 0 warnings · 0 info findings');
  });

  it('in Spanish, for es and es-MX', () => {
    expect(countsText(findings(0, 29, 1), es)).toBe('0 errores graves · 29 avisos · 1 nota');
    expect(countsText(findings(1, 1, 2), 'es-MX')).toBe('1 error grave · 1 aviso · 2 notas');
  });

  it('takes a publisher’s words for another language, by its plural categories (Polish: one, few, many)', () => {
    const pl = defineLocale({
      code: 'pl',
      messages: {
        Audit: {
          countError: { one: 'błąd', few: 'błędy', many: 'błędów', other: 'błędu' },
          countWarning: { one: 'ostrzeżenie', few: 'ostrzeżenia', many: 'ostrzeżeń', other: 'ostrzeżenia' },
          countInfo: { one: 'uwaga', few: 'uwagi', many: 'uwag', other: 'uwagi' },
        },
      },
    });
    expect(countsText(findings(1, 3, 5), pl)).toBe('1 błąd · 3 ostrzeżenia · 5 uwag');
  });
});
