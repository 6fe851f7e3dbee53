// medprose/audit: the editorial check. Server and build time only (it renders
// bodies with react-dom/server and parses them); never import it from client code.
export { auditArticle, defaultSeverities, readingPresets } from './auditArticle';
export { countsText, formatFindingsTable, severityText, whereText, findingText, type TableOptions } from './format';
export { readability, spanishSyllables, type AuditLanguage, type ReadabilityFigures } from './language';
export { defaultAuditLabels, type PluralWords } from '../locale/auditLabels';
export type {
  AuditFinding,
  AuditLabels,
  AuditOptions,
  AuditPart,
  AuditRuleId,
  AuditRuleOptions,
  AuditSeverity,
  AuditWhere,
  ReadingEaseTargets,
  RuleSettings,
} from './audit.types';
