// What bench/audit.mjs measures: the editorial check on the sample article, in English and Spanish.
export { auditArticle } from '../src/audit';
export { es } from '../src/locale';
export { ketamineArticleData, ketamineArticleDataEs } from '../stories/fixtures/ketamineArticleData';
