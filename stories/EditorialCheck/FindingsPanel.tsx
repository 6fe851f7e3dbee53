/**
 * The editorial check beside a page, for Storybook: counts by severity, then
 * every finding in a table an editor can read. Story-only; `medprose/audit`
 * runs in the browser here because Storybook is a build-time tool.
 */
import { styled } from 'styled-components';
import { auditArticle, countsText, findingText, severityText, whereText, type AuditOptions } from '../../src/audit';
import type { ArticleData } from '../../src';
import { auditLabelsByLanguage } from '../../src/locale/auditLabels';
import { toolLabels } from '../../src/locale/toolLabels';
import { tokens } from '../../src/tokens';

/*
 * A table where the panel is wide enough for four columns; below 40rem of panel (a phone, a narrow Storybook canvas)
 * each finding is a card: its cells stack, each under its column's name, and nothing scrolls sideways. A container
 * query, so the panel follows its own width wherever it is placed. The explicit table roles keep the table's
 * semantics for screen readers when the rows are no longer laid out as a table.
 */
export const Panel = styled.aside.withConfig({ componentId: 'mp-StoryFindings-Panel' })`
  container-type: inline-size;
  box-sizing: border-box;
  font-family: ${tokens['font-body']};
  color: ${tokens['color-text']};
  background: ${tokens['color-surface']};
  border: 1px solid ${tokens['color-border']};
  border-radius: ${tokens['radius-md']};
  padding: ${tokens['space-4']};
  margin-block-end: ${tokens['space-6']};
  max-inline-size: 100%;
  overflow-wrap: anywhere;

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
  [data-severity='error'] {
    font-weight: 700;
    color: ${tokens['color-urgent']};
  }
  [data-severity='warning'] {
    color: ${tokens['color-warning']};
  }
  [data-severity='info'] {
    color: ${tokens['color-text-muted']};
  }

  @container (max-width: 40rem) {
    thead {
      /* Visually hidden, still the columns' names for a screen reader. */
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    table,
    tbody,
    tr,
    td {
      display: block;
    }
    tr {
      padding-block: ${tokens['space-3']};
      border-block-start: 1px solid ${tokens['color-border']};
    }
    td {
      padding: 0;
      border: 0;
    }
    td:nth-child(4) {
      min-inline-size: 0;
      margin-block-start: ${tokens['space-1']};
    }
    /* Severity, place and rule on one line; the finding under them. */
    td:nth-child(-n + 3) {
      display: inline;
    }
    td:nth-child(2)::before,
    td:nth-child(3)::before {
      content: ' · ' / '';
    }
  }
`;

export interface FindingsPanelProps {
  article: ArticleData;
  options?: AuditOptions;
  /** The panel's heading. */
  heading?: string;
}

export function FindingsPanel({ article, options, heading = 'Editorial check' }: FindingsPanelProps) {
  const findings = auditArticle(article, options);
  const labels = toolLabels(options?.locale, 'Audit', auditLabelsByLanguage, 'FindingsPanel');
  const headingId = 'editorial-check-heading';
  return (
    <Panel aria-labelledby={headingId} data-testid="findings-panel">
      <h2 id={headingId}>{heading}</h2>
      <p data-testid="findings-counts">{countsText(findings, options?.locale)}</p>
      {/* eslint-disable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role --
          the roles are written out because below 40rem the rows are cards (display: block), and browsers drop a table's
          implicit roles when it is not displayed as one; the explicit roles keep it a table to a screen reader. */}
      <table role="table">
        <caption>Findings of auditArticle, errors first</caption>
        <thead role="rowgroup">
          <tr role="row">
            {[labels.columnSeverity, labels.columnWhere, labels.columnRule, labels.columnMessage].map((name) => (
              <th key={name} scope="col" role="columnheader">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {findings.map((finding, index) => (
            <tr key={index} role="row">
              <td role="cell">
                <span data-severity={finding.severity}>{severityText(finding.severity, options?.locale)}</span>
              </td>
              <td role="cell">{whereText(finding.where, options?.locale)}</td>
              <td role="cell">
                <code>{finding.rule}</code>
              </td>
              <td role="cell">{findingText(finding)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* eslint-enable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role */}
    </Panel>
  );
}
