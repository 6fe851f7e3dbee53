import type { DateInput } from '../internal/dates';
import type { LocaleInput } from '../locale/types';

/** How much a finding matters: `error` should stop a page going live, `info` is for the editor's eye. */
export type AuditSeverity = 'error' | 'warning' | 'info';

/** The part of the article a finding is about. */
export type AuditPart =
  'page' | 'title' | 'summary' | 'keyTakeaways' | 'intro' | 'section' | 'faq' | 'conclusion' | 'references' | 'review' | 'disclaimer';

/** Every rule the editorial check runs. Each can be turned off or retuned in `options.rules`. */
export type AuditRuleId =
  | 'reading-ease'
  | 'long-sentence'
  | 'passive-voice'
  | 'simpler-word'
  | 'no-reviewer'
  | 'review-age'
  | 'review-overdue'
  | 'no-references'
  | 'uncited-claim'
  | 'no-disclaimer'
  | 'faq-answer'
  | 'crisis-help'
  | 'method-words'
  | 'title-length'
  | 'summary-length'
  | 'heading-levels'
  | 'image-alt'
  | 'link-text'
  | 'unreadable-part'
  | 'unchecked-language';

export interface AuditWhere {
  part: AuditPart;
  /** Index of the section or FAQ item (from 0). */
  index?: number;
  /** The section's heading or the FAQ question, so an editor can find it. */
  heading?: string;
}

export interface AuditFinding {
  rule: AuditRuleId;
  severity: AuditSeverity;
  /** What is wrong and what to aim for, in the locale's words. */
  message: string;
  where: AuditWhere;
  /** What was measured or found: a score, a count, the sentence or the word. */
  value?: string | number;
  /** What the rule aims for. */
  target?: string | number;
}

/** Targets for reading ease. Grades are U.S. school grades (reading age ≈ grade + 5). */
export interface ReadingEaseTargets {
  /** Highest Flesch–Kincaid grade for English text. Default 8 (reading age about 13). */
  maxGrade: number;
  /** Lowest Szigriszt-Pazos perspicuity (INFLESZ scale) for Spanish text. Default 55 ("normal"). */
  minSzigrisztPazos: number;
  /** Lowest Fernández-Huerta score for Spanish text. Default 60 ("normal"). */
  minFernandezHuerta: number;
}

/** Common options of every rule. */
export interface RuleSettings {
  /** Change the rule's severity. */
  severity?: AuditSeverity;
}

export interface AuditRuleOptions {
  'reading-ease': RuleSettings &
    Partial<ReadingEaseTargets> & {
      /** Sections with fewer words are not scored alone (too little text for a stable score). Default 60. */
      minWords?: number;
    };
  'long-sentence': RuleSettings & { maxWords?: number };
  'passive-voice': RuleSettings;
  'simpler-word': RuleSettings & { ignore?: string[] };
  'no-reviewer': RuleSettings;
  'review-age': RuleSettings & { maxMonths?: number };
  'review-overdue': RuleSettings;
  'no-references': RuleSettings;
  'uncited-claim': RuleSettings;
  'no-disclaimer': RuleSettings;
  'faq-answer': RuleSettings;
  'crisis-help': RuleSettings;
  'method-words': RuleSettings;
  'title-length': RuleSettings & { max?: number };
  'summary-length': RuleSettings & { max?: number };
  'heading-levels': RuleSettings;
  'image-alt': RuleSettings;
  'link-text': RuleSettings;
  'unreadable-part': RuleSettings;
  'unchecked-language': RuleSettings;
}

export interface AuditOptions {
  /**
   * The article's language: a locale object (`en`, `es` or your own) for the
   * messages' words, or a BCP 47 tag. Its language picks the readability
   * formulas and word lists (English and Spanish; other languages skip the
   * language rules). Default English.
   */
  locale?: LocaleInput;
  /** "Today", for the review-date rules. Default the current time; pass it for repeatable results. */
  now?: DateInput;
  /** `nhs`: reading targets for a reading age of 9 to 11 (NHS content guidance). Default `standard`. */
  preset?: 'standard' | 'nhs';
  /** Per rule: `false` turns it off; an object retunes it. */
  rules?: { [K in AuditRuleId]?: false | AuditRuleOptions[K] };
}

export type { AuditLabels } from '../locale/auditLabels';
