import type { Helpline } from '../../helplines/types';
import { dialable } from './dialable';
import type { HelplineLabels } from './labels';
import { intlFormatter } from '../intl';
import { Actions, CallLink, Description, Frame, Group, GroupList, GroupName, Item, List, Name, PhoneNumber } from './HelplineList.styles';

export interface HelplineListProps {
  helplines: readonly Helpline[];
  labels: HelplineLabels;
  /** BCP 47 tag for country names. */
  localeCode: string;
}

/** The country's name in the reader's language; the code itself if `Intl` does not know it. */
function countryName(code: string, localeCode: string): string {
  try {
    const names = intlFormatter(
      'region-names',
      localeCode,
      () => new Intl.DisplayNames([localeCode], { type: 'region', fallback: 'code' }),
    );
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/**
 * Link text with the number kept left to right: in a right-to-left page,
 * "116 123" would otherwise read "123 116". The label function gives the
 * words; the number inside them is wrapped in `<bdi dir="ltr">`, which never wraps.
 */
function withNumber(text: string, number: string) {
  const at = text.indexOf(number);
  if (at < 0) return text;
  // One span: as separate flex items of the inline-flex link, the text would lose its edge spaces ("Call988").
  return (
    <span>
      {text.slice(0, at)}
      <PhoneNumber dir="ltr">{number}</PhoneNumber>
      {text.slice(at + number.length)}
    </span>
  );
}

function describe(line: Helpline, labels: HelplineLabels): string | null {
  if (typeof line.description === 'string' && line.description.trim() !== '') return line.description;
  const kind =
    line.kind === 'emergency'
      ? labels.emergencyLine
      : line.kind === 'crisis'
        ? labels.crisisLine
        : line.kind === 'advice'
          ? labels.adviceLine
          : '';
  // An emergency number always answers: saying so adds nothing.
  const hours = line.allHours && line.kind !== 'emergency' ? labels.allHours : '';
  const text = [kind, hours].filter(Boolean).join(' ');
  return text === '' ? null : text;
}

interface LineGroup {
  name: string | null;
  lines: Helpline[];
}

/**
 * The lines by where they work, in the order each place first appears (the
 * caller has put the reader's country first): a line's own `region` as written,
 * or its `country`'s name when the list spans several countries.
 */
export function groupLines(helplines: readonly Helpline[], localeCode: string): LineGroup[] {
  const countries = new Set(helplines.map((line) => line.country?.toUpperCase()).filter(Boolean));
  const nameCountries = countries.size > 1;
  const groups: LineGroup[] = [];
  const byName = new Map<string | null, LineGroup>();
  for (const line of helplines) {
    const region = typeof line.region === 'string' && line.region.trim() !== '' ? line.region.trim() : null;
    const name = region ?? (nameCountries && line.country ? countryName(line.country, localeCode) : null);
    let group = byName.get(name);
    if (!group) {
      group = { name, lines: [] };
      byName.set(name, group);
      groups.push(group);
    }
    group.lines.push(line);
  }
  return groups;
}

function Line({ line, labels }: { line: Helpline; labels: HelplineLabels }) {
  const tel = dialable(line.tel);
  const sms = dialable(line.sms);
  const description = describe(line, labels);
  const telText = typeof line.tel === 'string' ? line.tel.trim() : '';
  const smsText = typeof line.sms === 'string' ? line.sms.trim() : '';
  return (
    <Item>
      <Name>{line.label}</Name>
      <Actions>
        {tel ? <CallLink href={`tel:${tel}`}>{withNumber(labels.call(telText), telText)}</CallLink> : telText || null}
        {sms ? <CallLink href={`sms:${sms}`}>{withNumber(labels.text(smsText), smsText)}</CallLink> : smsText || null}
      </Actions>
      {description ? <Description>{description}</Description> : null}
    </Item>
  );
}

/**
 * Helplines as rows of a table would sit (name and description, then the
 * tap-to-call and tap-to-text links in one column, so every "Call" starts at one
 * edge), grouped under the name of the country they work in. Shared by the
 * disclaimer and the crisis box. A number with no digits is shown as text
 * (`validHelplines` warns), so nothing an author wrote is lost.
 */
export function HelplineList({ helplines, labels, localeCode }: HelplineListProps) {
  const groups = groupLines(helplines, localeCode);
  // One place, or none named: a plain list of lines.
  const plain = groups.length === 1 && groups[0]!.name === null;
  return (
    <Frame>
      <List role="list">
        {plain
          ? groups[0]!.lines.map((line, index) => <Line key={`${index}-${line.label}`} line={line} labels={labels} />)
          : groups.map((group, groupIndex) => (
              <Group key={`${groupIndex}-${group.name ?? ''}`}>
                {group.name !== null ? <GroupName>{group.name}</GroupName> : null}
                <GroupList role="list">
                  {group.lines.map((line, index) => (
                    <Line key={`${index}-${line.label}`} line={line} labels={labels} />
                  ))}
                </GroupList>
              </Group>
            ))}
      </List>
    </Frame>
  );
}
