/**
 * True when a heading already contains a hidden prefix's words ("Urgent advice"
 * in "Urgent advice: call 111"), so the prefix would only repeat them.
 */
export function headingSays(heading: string, prefix: string): boolean {
  const words = prefix
    .replace(/[:：\s]+$/u, '')
    .trim()
    .toLocaleLowerCase();
  return words !== '' && heading.toLocaleLowerCase().includes(words);
}
