/**
 * The editorial check beside a page, for Storybook: counts by severity, then
 * every finding in a table an editor can read. Story-only; `medprose/audit`
 * runs in the browser here because Storybook is a build-time tool.
 */
import { styled } from 'styled-components';
import { auditArticle, findingText, severityText, whereText, type AuditFinding, type AuditOptions } from '../../src/audit';
import type { ArticleData } from '../../src';
import { tokens } from '../../src/tokens';

const Panel = styled.aside.withConfig({ componentId: 'mp-StoryFindings-Panel' })`
  font-family: ${tokens['font-body']};
  color: ${tokens['color-text']};
  background: ${tokens['color-surface']};
  border: 1px solid ${tokens['color-border']};
  border-radius: ${tokens['radius-md']};
  padding: ${tokens['space-4']};
  margin-block-end: ${tokens['space-6']};
  max-inline-size: 100%;
  overflow-x: auto;

  h2 {
    margin: 0 0 ${tokens['space-2']};
    font-size: ${tokens['font-size-lg']};
  }
  table {
    border-collapse: collapse;
    font-size: ${tokens['font-size-sm']};
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: ${tokens['space-2']};
    border-block-start: 1px solid ${tokens['color-border']};
  }
  td:nth-child(4) {
    min-inline-size: 24ch;
  }
  caption {
    text-align: start;
    padding-block-end: ${tokens['space-2']};
  }
`;

const Severity = styled.span.withConfig({ componentId: 'mp-StoryFindings-Severity' })<{ $severity: AuditFinding['severity'] }>`
  font-weight: ${({ $severity }) => ($severity === 'error' ? 700 : 400)};
  color: ${({ $severity }) => ($severity === 'error' ? tokens['color-urgent'] : $severity === 'warning' ? tokens['color-warning'] : tokens['color-text-muted'])};
`;

export interface FindingsPanelProps {
  article: ArticleData;
  options?: AuditOptions;
  /** The panel's heading. */
  heading?: string;
}

export function FindingsPanel({ article, options, heading = 'Editorial check' }: FindingsPanelProps) {
  const findings = auditArticle(article, options);
  const count = (severity: AuditFinding['severity']) => findings.filter((finding) => finding.severity === severity).length;
  const headingId = 'editorial-check-heading';
  return (
    <Panel aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p>
        {count('error')} {severityText('error', options?.locale)} · {count('warning')} {severityText('warning', options?.locale)} ·{' '}
        {count('info')} {severityText('info', options?.locale)}
      </p>
      <table>
        <caption>Findings of auditArticle, errors first</caption>
        <thead>
          <tr>
            <th scope="col">Severity</th>
            <th scope="col">Where</th>
            <th scope="col">Rule</th>
            <th scope="col">Finding</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((finding, index) => (
            <tr key={index}>
              <td>
                <Severity $severity={finding.severity}>{severityText(finding.severity, options?.locale)}</Severity>
              </td>
              <td>{whereText(finding.where, options?.locale)}</td>
              <td>
                <code>{finding.rule}</code>
              </td>
              <td>{findingText(finding)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
