import { defaultArticleHeroLabels } from '../components/ArticleHero/ArticleHero.labels';
import { defaultArticleSectionLabels } from '../components/ArticleSection/ArticleSection.labels';
import { defaultCrisisSupportLabels } from '../components/CrisisSupport/CrisisSupport.labels';
import { defaultFaqAccordionLabels } from '../components/FaqAccordion/FaqAccordion.labels';
import { defaultMedicalDisclaimerLabels } from '../components/MedicalDisclaimer/MedicalDisclaimer.labels';
import { defaultRelatedPostsLabels } from '../components/RelatedPosts/RelatedPosts.labels';
import { defaultReviewBylineLabels } from '../components/ReviewByline/ReviewByline.labels';
import { defaultTableOfContentsLabels } from '../components/TableOfContents/TableOfContents.labels';
import { defaultKeyTakeawaysLabels } from '../components/KeyTakeaways/KeyTakeaways.labels';
import { defaultCalloutLabels } from '../components/Callout/Callout.labels';
import { defaultReferencesLabels } from '../components/References/References.labels';
import { defaultCiteLabels } from '../components/Cite/Cite.labels';
import type { MedproseLocale } from './types';

/**
 * English (United States): the components' default words, gathered in one
 * object. The editorial check's and the converter's words are not here: they
 * ship with `medprose/audit` and `medprose/content` (decision 0019).
 */
export const en: MedproseLocale = {
  code: 'en-US',
  dir: 'ltr',
  messages: {
    ArticleHero: defaultArticleHeroLabels,
    ArticleSection: defaultArticleSectionLabels,
    FaqAccordion: defaultFaqAccordionLabels,
    RelatedPosts: defaultRelatedPostsLabels,
    MedicalDisclaimer: defaultMedicalDisclaimerLabels,
    ReviewByline: defaultReviewBylineLabels,
    TableOfContents: defaultTableOfContentsLabels,
    KeyTakeaways: defaultKeyTakeawaysLabels,
    Callout: defaultCalloutLabels,
    References: defaultReferencesLabels,
    Cite: defaultCiteLabels,
    CrisisSupport: defaultCrisisSupportLabels,
  },
};
