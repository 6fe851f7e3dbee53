import type { Helpline } from '../../helplines/types';
import { dialable } from './dialable';
import type { HelplineLabels } from './labels';
import { intlFormatter } from '../intl';
import { Actions, CallLink, Description, Item, List, PhoneNumber, Region } from './HelplineList.styles';

export interface HelplineListProps {
  helplines: readonly Helpline[];
  labels: HelplineLabels;
  /** BCP 47 tag for country names. */
  localeCode: string;
}

/** The country's name in the reader's language; the code itself if `Intl` does not know it. */
function countryName(code: string, localeCode: string): string {
  try {
    const names = intlFormatter('region-names', localeCode, () => new Intl.DisplayNames([localeCode], { type: 'region', fallback: 'code' }));
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
    line.kind === 'emergency' ? labels.emergencyLine : line.kind === 'crisis' ? labels.crisisLine : line.kind === 'advice' ? labels.adviceLine : '';
  // An emergency number always answers: saying so adds nothing.
  const hours = line.allHours && line.kind !== 'emergency' ? labels.allHours : '';
  const text = [kind, hours].filter(Boolean).join(' ');
  return text === '' ? null : text;
}

/**
 * Helplines as a list with tap-to-call and tap-to-text links, shared by the
 * disclaimer and the crisis box. A number with no digits is shown as text
 * (`validHelplines` warns), so nothing an author wrote is lost.
 */
export function HelplineList({ helplines, labels, localeCode }: HelplineListProps) {
  const countries = new Set(helplines.map((line) => line.country?.toUpperCase()).filter(Boolean));
  const nameCountries = countries.size > 1;
  return (
    <List role="list">
      {helplines.map((line, index) => {
        const tel = dialable(line.tel);
        const sms = dialable(line.sms);
        const region = line.region || (nameCountries && line.country ? countryName(line.country, localeCode) : null);
        const description = describe(line, labels);
        const telText = typeof line.tel === 'string' ? line.tel.trim() : '';
        const smsText = typeof line.sms === 'string' ? line.sms.trim() : '';
        return (
          <Item key={`${index}-${line.label}`}>
            {region ? <Region>{region}</Region> : null}
            <strong>{line.label}</strong>
            <Actions>
              {tel ? <CallLink href={`tel:${tel}`}>{withNumber(labels.call(telText), telText)}</CallLink> : telText || null}
              {sms ? <CallLink href={`sms:${sms}`}>{withNumber(labels.text(smsText), smsText)}</CallLink> : smsText || null}
            </Actions>
            {description ? <Description>{description}</Description> : null}
          </Item>
        );
      })}
    </List>
  );
}
