/** What a line is for. Lists put emergency numbers first, then crisis lines, then advice. */
export type HelplineKind = 'emergency' | 'crisis' | 'advice';

/**
 * A crisis, emergency or advice line, given as data and rendered as
 * tap-to-call and tap-to-text links. Entries of medprose's own table
 * (`helplineTable`) are `Helpline`s too, so they can be passed anywhere this is.
 */
export interface Helpline {
  /** The service's own name: "988 Suicide & Crisis Lifeline", "Samaritans". */
  label: string;
  /** Number to call, as people write it ("116 123"); the link dials its digits. */
  tel?: string;
  /** Number to text, where the service takes text messages. */
  sms?: string;
  /**
   * Your words on who it is for or when it is open, shown as written. Without
   * one, the locale's words for `kind` (and `allHours`) are shown.
   */
  description?: string;
  /** Where it works, as you want it shown: "US", "UK". Shown before the label. */
  region?: string;
  /** What the line is for; sets the order and the words shown when there is no `description`. */
  kind?: HelplineKind;
  /** True when the line answers 24 hours a day, every day. */
  allHours?: boolean;
  /**
   * ISO 3166-1 alpha-2 code (or `EU`) of where it works. When a list spans
   * several countries and `region` is not set, the country's name is shown,
   * written by `Intl.DisplayNames` in the reader's language.
   */
  country?: string;
}

/** Countries (and the EU) that medprose's helpline table covers. */
export type HelplineCountry = 'US' | 'CA' | 'GB' | 'AU' | 'EU';

/** One row of `helplineTable`: a `Helpline` with the facts that back it. */
export interface HelplineTableEntry extends Helpline {
  /** Stable id, for keys and for picking one entry: `us-988`. */
  id: string;
  country: HelplineCountry;
  kind: HelplineKind;
  /** Every entry has a number to call. */
  tel: string;
  allHours: boolean;
  /**
   * What the service is, in English, for publishers and documentation. It is
   * not rendered: components show the locale's words for `kind`, so the box
   * reads in the reader's language.
   */
  summary: string;
  /** The official page (https) where the service documents this number. */
  source: string;
}
