import { Fragment, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { tokens } from '../tokens/tokens';

export const Separator = styled.span.withConfig({ componentId: 'mp-DotSeparated-Separator' })`
  margin-inline: ${tokens['space-1']};
`;

/**
 * Items on one line with a middle dot between them ("Published … · Updated …").
 * The dot is hidden from screen readers; the spaces around it keep the words apart.
 */
export function DotSeparated({ items }: { items: ReactNode[] }) {
  return items.map((item, index) => (
    <Fragment key={index}>
      {index > 0 ? (
        <>
          {' '}
          <Separator aria-hidden="true">·</Separator>{' '}
        </>
      ) : null}
      {item}
    </Fragment>
  ));
}
