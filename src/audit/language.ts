import { fleschKincaid } from 'flesch-kincaid';
import type { Nodes, Root, RootContent, Sentence } from 'nlcst';
import * as retextEnglishModule from 'retext-english';
import * as retextLatinModule from 'retext-latin';
import * as retextPassiveModule from 'retext-passive';
import * as retextSimplifyModule from 'retext-simplify';
import { syllable } from 'syllable';
import { unified } from 'unified';
import { VFile } from 'vfile';

/** The languages with readability formulas and word lists. */
export type AuditLanguage = 'en' | 'es';

export interface SentenceText {
  text: string;
  words: number;
}

export interface ReadabilityFigures {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch–Kincaid grade (English). */
  grade?: number;
  /** Szigriszt-Pazos perspicuity, INFLESZ scale 0–100 (Spanish). */
  szigrisztPazos?: number;
  /** Fernández-Huerta reading ease, 0–100 (Spanish). */
  fernandezHuerta?: number;
}

/**
 * A package's default export. The retext plugins are ESM with only a default
 * export; the CJS build `require()`s them (Node ≥ 20.19), and esbuild's interop
 * then wraps the module once more, so unwrap until the function.
 */
function defaultOf<T>(module: { default: T }): T {
  let value: unknown = module;
  while (value !== null && typeof value === 'object' && 'default' in value) value = (value as { default: unknown }).default;
  return value as T;
}
const retextEnglish = defaultOf(retextEnglishModule);
const retextLatin = defaultOf(retextLatinModule);
const retextPassive = defaultOf(retextPassiveModule);
const retextSimplify = defaultOf(retextSimplifyModule);

// Frozen once: attaching retext plugins (their phrase lists) costs more than running them.
const english = unified().use(retextEnglish).freeze();
const latin = unified().use(retextLatin).freeze();
const passiveProcessor = unified().use(retextPassive).freeze();
const simplifyProcessors = new Map<string, ReturnType<typeof simplifyProcessor>>();
const simplifyProcessor = (ignore: string[]) => unified().use(retextSimplify, { ignore }).freeze();
/**
 * retext-passive reports a participle only after one of these words (its readme: "am", "are", "were", "being",
 * "is", "been", "was" or "be"), so a sentence without one cannot give a message and is not walked.
 */
const PASSIVE_VERBS = new Set(['am', 'are', 'were', 'being', 'is', 'been', 'was', 'be']);

/**
 * Syllables in a Spanish word. Spanish spelling is close to phonetic: each
 * vowel group is one syllable, except that two strong vowels (a, e, o, or an
 * accented í/ú) meet in hiatus and split it. No maintained npm package does
 * this (see docs/decisions/0015-editorial-check.md); hyphenation patterns do
 * not, since they avoid breaking at word edges and in hiatus.
 */
export function spanishSyllables(word: string): number {
  const letters = word
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^a-zñáéíóúü]/g, '');
  if (letters === '') return 0;
  if (letters === 'y') return 1;
  const strong = 'aeoáéóíú';
  const vowel = 'aeiouáéíóúü';
  let count = 0;
  let previous = '';
  for (const char of letters) {
    if (vowel.includes(char)) {
      if (!vowel.includes(previous)) count += 1;
      else if (strong.includes(char) && strong.includes(previous)) count += 1;
    }
    previous = char;
  }
  return Math.max(count, 1);
}

/** A sentence as parsed: its node (for the style plugins), its text and its words (those with a letter). */
interface ParsedSentence {
  node: Sentence;
  text: string;
  words: string[];
}

// A plain walk, not unist-util-visit: visit's per-node bookkeeping was nearly half the check's time
// (profiled, decision 0017). nlcst nests Root > Paragraph > Sentence > Word and never a sentence in a sentence.
function collectSentences(node: Root | RootContent, into: Sentence[]): void {
  if (node.type === 'SentenceNode') {
    into.push(node);
    return;
  }
  if ('children' in node) for (const child of node.children) collectSentences(child as RootContent, into);
}

// nlcst-to-string's rule (a node's value, else its children's values joined) without its arrays: it runs on every word.
function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  let text = '';
  for (const child of node.children) text += textOf(child);
  return text;
}

/** A sentence's text and its words, in one pass over its children. */
function readSentence(node: Sentence): ParsedSentence {
  let text = '';
  const words: string[] = [];
  for (const child of node.children) {
    const piece = textOf(child);
    text += piece;
    // Numbers and symbols are not words a reader decodes by syllable.
    if (child.type === 'WordNode' && /\p{L}/u.test(piece)) words.push(piece);
  }
  return { node, text: text.trim(), words };
}

export interface Prose {
  tree: Root;
  text: string;
  language: AuditLanguage;
  /** Sentences with at least one word. */
  sentences: SentenceText[];
  /** Every sentence node with its words, walked once for every rule. */
  parsed: ParsedSentence[];
}

/** Parses paragraphs into sentences and words with the language's retext parser (retext-english, retext-latin). */
export function parseProse(paragraphs: string[], language: AuditLanguage): Prose {
  const text = paragraphs.join('\n\n');
  const tree = (language === 'es' ? latin : english).parse(text) as Root;
  const nodes: Sentence[] = [];
  collectSentences(tree, nodes);
  const parsed = nodes.map(readSentence);
  const sentences = parsed.filter((sentence) => sentence.words.length > 0).map(({ text, words }) => ({ text, words: words.length }));
  return { tree, text, language, sentences, parsed };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

// Words repeat a great deal in an article; `syllable` is the costly step. Keyed by the word as written first
// (no new string per word), then by its lower case, one map per language.
const syllableCaches: Record<AuditLanguage, Map<string, number>> = { en: new Map(), es: new Map() };
function syllablesOf(word: string, language: AuditLanguage): number {
  const cache = syllableCaches[language];
  let count = cache.get(word);
  if (count === undefined) {
    const lower = word.toLowerCase();
    count = cache.get(lower);
    if (count === undefined) count = language === 'es' ? spanishSyllables(word) : Math.max(syllable(word), 1);
    if (cache.size > 50_000) cache.clear();
    cache.set(word, count);
    cache.set(lower, count);
  }
  return count;
}

/** Counts and readability scores for prose in English or Spanish. */
export function readability(input: string[] | Prose, language: AuditLanguage): ReadabilityFigures {
  const { parsed } = Array.isArray(input) ? parseProse(input, language) : input;
  let sentenceCount = 0;
  let wordCount = 0;
  let syllableCount = 0;
  for (const { words } of parsed) {
    if (words.length === 0) continue;
    sentenceCount += 1;
    wordCount += words.length;
    for (const word of words) syllableCount += syllablesOf(word, language);
  }
  return scores({ sentences: sentenceCount, words: wordCount, syllables: syllableCount }, language);
}

/** The scores of several parts together (the counts add up; the scores do not). */
export function combine(parts: ReadabilityFigures[], language: AuditLanguage): ReadabilityFigures {
  const sum = (key: 'sentences' | 'words' | 'syllables') => parts.reduce((total, part) => total + part[key], 0);
  return scores({ sentences: sum('sentences'), words: sum('words'), syllables: sum('syllables') }, language);
}

function scores(figures: ReadabilityFigures, language: AuditLanguage): ReadabilityFigures {
  const { sentences: sentenceCount, words: wordCount, syllables: syllableCount } = figures;
  if (wordCount === 0) return figures;
  const perWord = syllableCount / wordCount;
  const perSentence = wordCount / sentenceCount;
  if (language === 'en') {
    figures.grade = round1(fleschKincaid({ sentence: sentenceCount, word: wordCount, syllable: syllableCount }));
  } else {
    // Szigriszt-Pazos (1993), the basis of the INFLESZ scale used for Spanish health texts.
    figures.szigrisztPazos = round1(206.835 - 62.3 * perWord - perSentence);
    // Fernández-Huerta (1959), in its corrected form: 0.60 × syllables per 100 words, 1.02 × words per sentence.
    figures.fernandezHuerta = round1(206.84 - 60 * perWord - 1.02 * perSentence);
  }
  return figures;
}

export interface StyleMessage {
  source: 'retext-passive' | 'retext-simplify';
  /** The words flagged. */
  actual: string;
  /** Simpler alternatives (retext-simplify). */
  expected: string[];
  /** The sentence it is in. */
  sentence: string;
}

/**
 * Passive voice and words with simpler alternatives (English: retext-passive, retext-simplify), for each of the
 * article's parts. One run of each plugin over all the parts' sentences: each indexes its phrase list on every run,
 * so a run per part paid for that index once per part. Both match inside one sentence (nlcst-search tests a phrase
 * against its sentence's children), so joining the parts changes no message; each message names its sentence
 * (`ancestors`), which gives back its part. The plugins' own walk (unist-util-visit) is most of the check's time in
 * English (decision 0017), hence passive voice only where a "to be" form is.
 */
export function styleMessages(proses: readonly Prose[], ignore: string[] = []): StyleMessage[][] {
  let simplify = simplifyProcessors.get(ignore.join('\n'));
  if (!simplify) {
    simplify = simplifyProcessor(ignore);
    simplifyProcessors.set(ignore.join('\n'), simplify);
  }
  const owner = new Map<Sentence, { part: number; text: string }>();
  const sentences: Sentence[] = [];
  const withVerb: Sentence[] = [];
  proses.forEach((prose, part) => {
    for (const sentence of prose.parsed) {
      owner.set(sentence.node, { part, text: sentence.text });
      sentences.push(sentence.node);
      if (sentence.node.children.some((child) => child.type === 'WordNode' && PASSIVE_VERBS.has(textOf(child).toLowerCase()))) {
        withVerb.push(sentence.node);
      }
    }
  });
  // Roots of sentences only: the plugins read nothing above a sentence, and the nodes are shared, not copied.
  // Passive first, then simpler words: the order one processor with both plugins gave.
  const file = new VFile();
  passiveProcessor.runSync({ type: 'RootNode', children: withVerb } as Root, file);
  simplify.runSync({ type: 'RootNode', children: sentences } as Root, file);
  const byPart: StyleMessage[][] = proses.map(() => []);
  const seen = new Set<string>();
  for (const message of file.messages) {
    const source = message.source;
    if (source !== 'retext-passive' && source !== 'retext-simplify') continue;
    // "Omit this" advice (no alternative) is left out: it reads as noise in health prose ("it is", "there are").
    if (source === 'retext-simplify' && (message.expected ?? []).length === 0) continue;
    const sentence = owner.get(message.ancestors?.[message.ancestors.length - 1] as Sentence);
    if (!sentence) continue;
    // The same advice twice in one sentence of one part is one finding.
    const key = `${sentence.part}\u0000${source}\u0000${String(message.actual).toLowerCase()}\u0000${sentence.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    byPart[sentence.part]!.push({
      source,
      actual: String(message.actual ?? ''),
      expected: (message.expected ?? []).map(String),
      sentence: sentence.text,
    });
  }
  return byPart;
}
