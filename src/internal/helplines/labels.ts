/** Words every helpline list shows; each component's labels group includes them. */
export interface HelplineLabels {
  /** Link text to call: `(number) => "Call 988"`. */
  call: (number: string) => string;
  /** Link text to send a text message: `(number) => "Text 988"`. */
  text: (number: string) => string;
  /** Shown for an `emergency` line that has no `description`. */
  emergencyLine: string;
  /** Shown for a `crisis` line that has no `description`. */
  crisisLine: string;
  /** Shown for an `advice` line that has no `description`. */
  adviceLine: string;
  /** Added for a line with `allHours` and no `description`. */
  allHours: string;
}

/** The English helpline words, shared by the disclaimer and the crisis box. */
export const defaultHelplineLabels: HelplineLabels = {
  call: (number) => `Call ${number}`,
  text: (number) => `Text ${number}`,
  emergencyLine: 'Police, fire and ambulance, when a life is in danger.',
  crisisLine: 'Talk in confidence with someone trained to listen.',
  adviceLine: 'Urgent medical help or advice when it is not an emergency.',
  allHours: 'Open 24 hours a day, every day.',
};
