import { helplineLines } from './lines';
import type { HelplineTableEntry } from './types';

type LineId = (typeof helplineLines)[number]['id'];

/** Each line's facts for publishers: not rendered, so kept apart from `helplineLines`. */
const about: Record<LineId, Pick<HelplineTableEntry, 'summary' | 'source'>> = {
  'us-911': {
    summary: 'Police, fire and ambulance. Call when a life is in danger.',
    source: 'https://www.911.gov/calling-911',
  },
  'us-988': {
    summary: 'Free, confidential support by call or text for anyone in suicidal crisis or emotional distress.',
    source: 'https://988lifeline.org/',
  },
  'ca-911': {
    summary: 'Police, fire and ambulance. Call when a life is in danger.',
    source: 'https://crtc.gc.ca/eng/phone/911/can.htm',
  },
  'ca-988': {
    summary: 'Call or text, in English or French, for anyone thinking about suicide or worried about someone.',
    source: 'https://988.ca/',
  },
  'gb-999': {
    summary: 'Police, fire and ambulance. Call when a life is in danger.',
    source: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/',
  },
  'gb-111': {
    summary:
      'Urgent medical help or advice when it is not a 999 emergency. Free, in England, Scotland (NHS 24) and Wales; not in Northern Ireland.',
    source: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-use-111/',
  },
  'gb-samaritans': {
    summary: 'Free to call, day or night, to talk about anything that is troubling you.',
    source: 'https://www.samaritans.org/',
  },
  'eu-112': {
    summary: 'The European emergency number: free, from any phone, in every EU member state.',
    source: 'https://digital-strategy.ec.europa.eu/en/policies/112',
  },
  'au-000': {
    summary: 'Police, fire and ambulance. Call when a life is in danger.',
    source: 'https://www.triplezero.gov.au/',
  },
  'au-lifeline': {
    summary: 'Crisis support and suicide prevention by phone, day or night.',
    source: 'https://www.lifeline.org.au/',
  },
};

/**
 * Crisis and emergency numbers medprose knows, each checked against the
 * official page in `source`. Only numbers we are sure of are here: add your
 * own (a local line, a text service) by passing `helplines` to a component.
 * `sms` is set only where the service itself says it takes texts on that number.
 * Rows are grouped by country in no particular order: `helplinesFor` orders them.
 */
export const helplineTable: readonly HelplineTableEntry[] = Object.freeze(
  helplineLines.map((line): HelplineTableEntry => Object.freeze({ ...line, ...about[line.id] })),
);
