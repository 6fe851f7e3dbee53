import { css, styled } from 'styled-components';
import { focusRing } from '../text';
import { tokens } from '../../tokens/tokens';

/*
 * The lines sit as a table's rows would: in a box at least 30rem wide, the name and description in one column and
 * the call and text links in another, so every "Call" starts at the same edge in every row and every group (the
 * rows share the list's columns through `subgrid`). In a narrower box (a phone, a sidebar, 200% text) each line
 * stacks: name, links, description. The box's width decides, not the window's (a container query), so the layout
 * is right wherever a publisher puts it. Without subgrid or container queries, lines stack.
 */
const WIDE = '@container (min-width: 30rem)';

/** A list laid out as one column of rows, with no bullets or indent: the outer list and each country's list. */
const rowList = css`
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  row-gap: ${tokens['space-4']};
  margin: 0;
  padding: 0;
  list-style: none;
`;

/** In a wide box, a row that spans the list and shares its columns, so every "Call" starts at one edge. */
const subgridRow = css`
  ${WIDE} {
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }
`;

export const Frame = styled.div.withConfig({ componentId: 'mp-HelplineList-Frame' })`
  container-type: inline-size;
  font-size: ${tokens['font-size-md']};
  line-height: 1.5;
  /* The text box lets long words break anywhere; here that shrinks the list's min-content to a letter and
     squeezes names apart ("Sa/mar/itans"). Whole words keep it wide; the items wrap onto lines instead. */
  overflow-wrap: break-word;
  hyphens: manual;
`;

export const List = styled.ul.withConfig({ componentId: 'mp-HelplineList-List' })`
  ${rowList}

  ${WIDE} {
    grid-template-columns: minmax(0, 1fr) max-content;
    column-gap: ${tokens['space-4']};
  }
`;

/** The lines of one country, under its name. */
export const Group = styled.li.withConfig({ componentId: 'mp-HelplineList-Group' })`
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  row-gap: ${tokens['space-3']};
  ${subgridRow}
`;

export const GroupName = styled.span.withConfig({ componentId: 'mp-HelplineList-GroupName' })`
  grid-column: 1 / -1;
  padding-block-end: ${tokens['space-1']};
  border-block-end: 1px solid ${tokens['color-border-strong']};
  font-size: ${tokens['font-size-sm']};
  font-weight: 700;
  letter-spacing: 0.02em;
`;

export const GroupList = styled.ul.withConfig({ componentId: 'mp-HelplineList-GroupList' })`
  ${rowList}
  ${subgridRow}
`;

export const Item = styled.li.withConfig({ componentId: 'mp-HelplineList-Item' })`
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  row-gap: ${tokens['space-1']};
  ${subgridRow}

  ${WIDE} {
    align-items: start;
  }
`;

export const Name = styled.strong.withConfig({ componentId: 'mp-HelplineList-Name' })`
  ${WIDE} {
    grid-column: 1;
    /* Level with the link's text: the link is 44px tall. */
    padding-block-start: 0.5rem;
  }
`;

export const Actions = styled.span.withConfig({ componentId: 'mp-HelplineList-Actions' })`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens['space-2']};

  ${WIDE} {
    grid-column: 2;
    grid-row: 1 / span 2;
  }
`;

/** A tap target of at least 44 px, so a shaking hand can still call. */
export const CallLink = styled.a.withConfig({ componentId: 'mp-HelplineList-CallLink' })`
  display: inline-flex;
  align-items: center;
  min-block-size: 44px;
  padding-inline: ${tokens['space-3']};
  border: 2px solid ${tokens['color-urgent']};
  border-radius: ${tokens['radius-sm']};
  background: ${tokens['color-background']};
  color: ${tokens['color-text']};
  font-weight: 700;
  text-decoration: none;

  &:hover {
    text-decoration: underline;
  }
  &:focus-visible {
    ${focusRing}
  }
  @media (forced-colors: active) {
    border-color: LinkText;
  }
  @media print {
    border-color: #000;
  }
`;

export const Description = styled.span.withConfig({ componentId: 'mp-HelplineList-Description' })`
  color: ${tokens['color-text-muted']};
  font-size: ${tokens['font-size-sm']};

  ${WIDE} {
    grid-column: 1;
  }
`;

/** A help-line number is one unit: "116" alone on a line could be dialled (html-validate's tel-non-breaking). */
export const PhoneNumber = styled.bdi.withConfig({ componentId: 'mp-HelplineList-PhoneNumber' })`
  white-space: nowrap;
`;
