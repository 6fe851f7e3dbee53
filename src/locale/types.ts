import type { ArticleHeroLabels } from '../components/ArticleHero/ArticleHero.types';
import type { ArticleSectionLabels } from '../components/ArticleSection/ArticleSection.types';
import type { CrisisSupportLabels } from '../components/CrisisSupport/CrisisSupport.types';
import type { FaqAccordionLabels } from '../components/FaqAccordion/FaqAccordion.types';
import type { MedicalDisclaimerLabels } from '../components/MedicalDisclaimer/MedicalDisclaimer.types';
import type { RelatedPostsLabels } from '../components/RelatedPosts/RelatedPosts.types';
import type { ReviewBylineLabels } from '../components/ReviewByline/ReviewByline.types';
import type { TableOfContentsLabels } from '../components/TableOfContents/TableOfContents.types';
import type { KeyTakeawaysLabels } from '../components/KeyTakeaways/KeyTakeaways.types';
import type { CalloutLabels } from '../components/Callout/Callout.types';
import type { ReferencesLabels } from '../components/References/References.types';
import type { CiteLabels } from '../components/Cite/Cite.types';
import type { AuditLabels } from './auditLabels';
import type { ContentLabels } from './contentLabels';

/**
 * Every word the components show, one group per component, keyed by the
 * component's name. Each group's type lives beside its component.
 *
 * `Audit` and `Content` are optional and empty in `en` and `es`: the editorial
 * check and the converter run at build or server time and keep their English
 * and Spanish words in their own tables, chosen by the locale's language. Give
 * them here (through `defineLocale`) only for another language or to reword.
 */
export interface MedproseMessages {
  ArticleHero: ArticleHeroLabels;
  ArticleSection: ArticleSectionLabels;
  FaqAccordion: FaqAccordionLabels;
  RelatedPosts: RelatedPostsLabels;
  MedicalDisclaimer: MedicalDisclaimerLabels;
  ReviewByline: ReviewBylineLabels;
  TableOfContents: TableOfContentsLabels;
  KeyTakeaways: KeyTakeawaysLabels;
  Callout: CalloutLabels;
  References: ReferencesLabels;
  Cite: CiteLabels;
  CrisisSupport: CrisisSupportLabels;
  /** Your words for the editorial check's findings (`medprose/audit`); its own English and Spanish fill the rest. */
  Audit?: Partial<AuditLabels>;
  /** Your words for what `medprose/content` adds when it converts CMS content; its own English and Spanish fill the rest. */
  Content?: Partial<ContentLabels>;
}

/** A language for the components: the words, and the tag `Intl` formats dates and numbers with. */
export interface MedproseLocale {
  /** BCP 47 tag for dates and numbers, for example `es-MX`. */
  code: string;
  /** Writing direction of the language. Components use logical CSS; the page sets `dir`. */
  dir: 'ltr' | 'rtl';
  messages: MedproseMessages;
}

/**
 * What a component's `locale` prop takes: a locale object (`en`, `es` or your
 * own), or a BCP 47 tag that changes only how dates and numbers are written.
 */
export type LocaleInput = MedproseLocale | string;

/** A partial set of messages: any group, any word. */
export type PartialMessages = { [K in keyof MedproseMessages]?: Partial<NonNullable<MedproseMessages[K]>> };

/** The groups of words that only build- and server-time tools use: no locale object ships them. */
export type ToolGroup = 'Audit' | 'Content';

/** The groups the components read: every group but the tools'. */
export type ComponentGroup = Exclude<keyof MedproseMessages, ToolGroup>;
