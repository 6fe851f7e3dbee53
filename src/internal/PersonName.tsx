import { Fragment } from 'react';
import { devWarning } from './devWarning';
import { SmartLink, type LinkComponent } from './link';
import type { Person } from './person';
import { intlFormatter } from './intl';
import { safeHref } from './safeHref';

export interface PersonNameProps {
  person: Person;
  linkComponent?: LinkComponent | undefined;
  component: string;
  prop: string;
  /** Wraps the credentials, so each component can style them. */
  CredentialsWrapper?: 'span' | React.ComponentType<{ children: React.ReactNode }>;
}

/** A name, as a link when it has a safe profile URL, then ", credentials". */
export function PersonName({ person, linkComponent, component, prop, CredentialsWrapper = 'span' }: PersonNameProps) {
  const href = person.href === undefined ? null : safeHref(person.href);
  if (process.env.NODE_ENV !== 'production' && person.href !== undefined && href === null) {
    devWarning(component, `${prop}.href`, `"${String(person.href)}" is not a safe URL; the name is shown without a link.`);
  }
  const name = href ? (
    <SmartLink as={linkComponent} href={href}>
      {person.name}
    </SmartLink>
  ) : (
    person.name
  );
  return (
    <Fragment>
      {name}
      {person.credentials ? <CredentialsWrapper>, {person.credentials}</CredentialsWrapper> : null}
    </Fragment>
  );
}

/** Joins names the way a byline reads: "A", "A and B", "A, B and C". */
/**
 * Joins names the way the locale writes a list ("A, B and C", "A, B y C"),
 * through `Intl.ListFormat`, keeping each name a React node.
 */
export function joinNames(parts: React.ReactNode[], locale: string): React.ReactNode[] {
  if (parts.length < 2) return parts;
  const placeholders = parts.map((_, index) => `\u0000${index}\u0000`);
  return intlFormatter('and-list', locale, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }))
    .formatToParts(placeholders)
    .map((piece) => (piece.type === 'element' ? parts[placeholders.indexOf(piece.value)] : piece.value));
}

/** Keeps people with a usable name; warns (never silently) about the rest. */
export function validPeople(value: Person | Person[] | undefined, component: string, prop: string): Person[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((person, index) => {
    const ok = typeof person?.name === 'string' && person.name.trim() !== '';
    if (process.env.NODE_ENV !== 'production' && !ok)
      devWarning(component, Array.isArray(value) ? `${prop}[${index}].name` : `${prop}.name`, 'is missing; this person is not shown.');
    return ok;
  });
}
