import type { HelplineTableEntry } from './types';

/**
 * Crisis and emergency numbers medprose knows, each checked against the
 * official page in `source`. Only numbers we are sure of are here: add your
 * own (a local line, a text service) by passing `helplines` to a component.
 * `sms` is set only where the service itself says it takes texts on that number.
 * Rows are grouped by country in no particular order: `helplinesFor` orders them.
 */
export const helplineTable: readonly HelplineTableEntry[] = Object.freeze(
  (
    [
      {
        id: 'us-911',
        country: 'US',
        kind: 'emergency',
        label: '911',
        tel: '911',
        allHours: true,
        summary: 'Police, fire and ambulance. Call when a life is in danger.',
        source: 'https://www.911.gov/calling-911',
      },
      {
        id: 'us-988',
        country: 'US',
        kind: 'crisis',
        label: '988 Suicide & Crisis Lifeline',
        tel: '988',
        sms: '988',
        allHours: true,
        summary: 'Free, confidential support by call or text for anyone in suicidal crisis or emotional distress.',
        source: 'https://988lifeline.org/',
      },
      {
        id: 'ca-911',
        country: 'CA',
        kind: 'emergency',
        label: '9-1-1',
        tel: '9-1-1',
        allHours: true,
        summary: 'Police, fire and ambulance. Call when a life is in danger.',
        source: 'https://crtc.gc.ca/eng/phone/911/can.htm',
      },
      {
        id: 'ca-988',
        country: 'CA',
        kind: 'crisis',
        label: '9-8-8: Suicide Crisis Helpline',
        tel: '9-8-8',
        sms: '9-8-8',
        allHours: true,
        summary: 'Call or text, in English or French, for anyone thinking about suicide or worried about someone.',
        source: 'https://988.ca/',
      },
      {
        id: 'gb-999',
        country: 'GB',
        kind: 'emergency',
        label: '999',
        tel: '999',
        allHours: true,
        summary: 'Police, fire and ambulance. Call when a life is in danger.',
        source: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/',
      },
      {
        id: 'gb-111',
        country: 'GB',
        kind: 'advice',
        label: 'NHS 111',
        tel: '111',
        allHours: true,
        summary:
          'Urgent medical help or advice when it is not a 999 emergency. Free, in England, Scotland (NHS 24) and Wales; not in Northern Ireland.',
        source: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-use-111/',
      },
      {
        id: 'gb-samaritans',
        country: 'GB',
        kind: 'crisis',
        label: 'Samaritans',
        tel: '116 123',
        allHours: true,
        summary: 'Free to call, day or night, to talk about anything that is troubling you.',
        source: 'https://www.samaritans.org/',
      },
      {
        id: 'eu-112',
        country: 'EU',
        kind: 'emergency',
        label: '112',
        tel: '112',
        allHours: true,
        summary: 'The European emergency number: free, from any phone, in every EU member state.',
        source: 'https://digital-strategy.ec.europa.eu/en/policies/112',
      },
      {
        id: 'au-000',
        country: 'AU',
        kind: 'emergency',
        label: 'Triple Zero (000)',
        tel: '000',
        allHours: true,
        summary: 'Police, fire and ambulance. Call when a life is in danger.',
        source: 'https://www.triplezero.gov.au/',
      },
      {
        id: 'au-lifeline',
        country: 'AU',
        kind: 'crisis',
        label: 'Lifeline',
        tel: '13 11 14',
        allHours: true,
        summary: 'Crisis support and suicide prevention by phone, day or night.',
        source: 'https://www.lifeline.org.au/',
      },
    ] satisfies HelplineTableEntry[]
  ).map((entry) => Object.freeze(entry)),
);
