/**
 * The forms of a word for each plural category `Intl.PluralRules` gives in the
 * locale (`one`, `few`, `many`, `other`…); `other` is required and used for any
 * category left out.
 */
export type PluralWords = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** The words of the editorial check's findings and of its table. */
export interface AuditLabels {
  /** A reading score that misses its target: the score, the target and what to do. */
  readingGrade: (grade: number, max: number) => string;
  readingSzigrisztPazos: (score: number, min: number) => string;
  readingFernandezHuerta: (score: number, min: number) => string;
  /** A reading score on target (reported as `info`): the score and the target, and no advice. */
  readingGradeOnTarget: (grade: number, max: number) => string;
  readingSzigrisztPazosOnTarget: (score: number, min: number) => string;
  readingFernandezHuertaOnTarget: (score: number, min: number) => string;
  longSentence: (words: number, max: number) => string;
  passiveVoice: (phrase: string) => string;
  simplerWord: (word: string, alternatives: string) => string;
  noReviewer: string;
  reviewAge: (months: number, max: number) => string;
  reviewOverdue: (date: string) => string;
  noReferences: string;
  uncitedClaim: string;
  noDisclaimer: string;
  faqAnswerEmpty: string;
  faqAnswerRepeats: string;
  crisisHelp: string;
  methodWords: (words: string) => string;
  titleLength: (length: number, max: number) => string;
  summaryLength: (length: number, max: number) => string;
  headingLevels: (from: number, to: number) => string;
  imageNoAlt: (src: string) => string;
  imageFileNameAlt: (alt: string) => string;
  linkText: (text: string) => string;
  unreadablePart: (reason: string) => string;
  /** The language has no word lists or formulas here: which rules did not run. */
  uncheckedLanguage: (language: string, rules: string) => string;
  /** The table: column headings, severities, part names. */
  columnSeverity: string;
  columnWhere: string;
  columnRule: string;
  columnMessage: string;
  severityError: string;
  severityWarning: string;
  severityInfo: string;
  /** The counts above or below the findings ("0 errors · 29 warnings · 25 info findings"): the word after each number. */
  countError: PluralWords;
  countWarning: PluralWords;
  countInfo: PluralWords;
  /** Between the counts. */
  countSeparator: string;
  partPage: string;
  partTitle: string;
  partSummary: string;
  partKeyTakeaways: string;
  partIntro: string;
  partSection: string;
  partFaq: string;
  partConclusion: string;
  partReferences: string;
  partReview: string;
  partDisclaimer: string;
  noFindings: string;
}

/**
 * The editorial check's English words, its defaults. Build and server time
 * only: no locale object carries them, so a client bundle that imports `es`
 * does not pay for them (decision 0019).
 */
export const defaultAuditLabels: AuditLabels = {
  readingGrade: (grade, max) => `Reading grade ${grade}: aim for grade ${max} or lower. Use shorter sentences and everyday words.`,
  readingSzigrisztPazos: (score, min) =>
    `Szigriszt-Pazos score ${score} (INFLESZ): aim for ${min} or more. Use shorter sentences and everyday words.`,
  readingFernandezHuerta: (score, min) => `Fernández-Huerta score ${score}: aim for ${min} or more.`,
  readingGradeOnTarget: (grade, max) => `Reading grade ${grade}: on target (grade ${max} or lower).`,
  readingSzigrisztPazosOnTarget: (score, min) => `Szigriszt-Pazos score ${score} (INFLESZ): on target (${min} or more).`,
  readingFernandezHuertaOnTarget: (score, min) => `Fernández-Huerta score ${score}: on target (${min} or more).`,
  longSentence: (words, max) => `A sentence of ${words} words: aim for ${max} or fewer. Split it.`,
  passiveVoice: (phrase) => `Passive voice ("${phrase}"): say who does what.`,
  simplerWord: (word, alternatives) => `"${word}" has a simpler word: ${alternatives}.`,
  noReviewer: 'No medical reviewer: name the clinician who reviewed the page, and the date.',
  reviewAge: (months, max) => `Last reviewed ${months} months ago: review it at least every ${max} months.`,
  reviewOverdue: (date) => `The next review was due on ${date}: review the page now.`,
  noReferences: 'No references: list the sources the page relies on.',
  uncitedClaim: 'States figures or outcomes without a citation: cite the source.',
  noDisclaimer: 'No medical disclaimer: readers need to know the page is not personal advice.',
  faqAnswerEmpty: 'The answer is empty.',
  faqAnswerRepeats: 'The answer only repeats the question.',
  crisisHelp:
    'Mentions suicide or self-harm but the page has no crisis help: add CrisisSupport, the urgent disclaimer or a link to a crisis line.',
  methodWords: (words) =>
    `Words that may describe a method of self-harm (${words}): an editor should review them against safe-messaging guidance.`,
  titleLength: (length, max) => `The title has ${length} characters: search results cut it after about ${max}.`,
  summaryLength: (length, max) => `The summary has ${length} characters: search results cut it after about ${max}.`,
  headingLevels: (from, to) => `A heading skips from level ${from} to level ${to}: screen reader users lose the outline.`,
  imageNoAlt: (src) => `An image has no alt text (${src}): describe it, or use alt="" if it is decoration.`,
  imageFileNameAlt: (alt) => `An image's alt text is a file name ("${alt}"): describe what it shows.`,
  linkText: (text) => `Link text "${text}" says nothing out of context: name where it goes.`,
  unreadablePart: (reason) => `This part could not be read as text (${reason}).`,
  uncheckedLanguage: (language, rules) =>
    `The check has no word lists or reading formulas for "${language}" (only English and Spanish), so these rules did not run: ${rules}. Check them by hand, above all crisis help if the page mentions suicide or self-harm.`,
  columnSeverity: 'Severity',
  columnWhere: 'Where',
  columnRule: 'Rule',
  columnMessage: 'Finding',
  severityError: 'error',
  severityWarning: 'warning',
  severityInfo: 'info',
  countError: { one: 'error', other: 'errors' },
  countWarning: { one: 'warning', other: 'warnings' },
  countInfo: { one: 'info finding', other: 'info findings' },
  countSeparator: ' · ',
  partPage: 'Whole page',
  partTitle: 'Title',
  partSummary: 'Summary',
  partKeyTakeaways: 'Key takeaways',
  partIntro: 'Introduction',
  partSection: 'Section',
  partFaq: 'FAQ',
  partConclusion: 'Conclusion',
  partReferences: 'References',
  partReview: 'Review',
  partDisclaimer: 'Disclaimer',
  noFindings: 'No findings.',
};

/** The editorial check's Spanish words, in the formal "usted" like the `es` locale. */
const spanishAuditLabels: AuditLabels = {
  readingGrade: (grade, max) =>
    `Nivel de lectura ${grade}: procure un nivel ${max} o menor. Use frases más cortas y palabras de uso diario.`,
  readingSzigrisztPazos: (score, min) =>
    `Índice de Szigriszt-Pazos ${score} (INFLESZ): procure ${min} o más. Use frases más cortas y palabras de uso diario.`,
  readingFernandezHuerta: (score, min) => `Índice de Fernández-Huerta ${score}: procure ${min} o más.`,
  readingGradeOnTarget: (grade, max) => `Nivel de lectura ${grade}: dentro del objetivo (nivel ${max} o menor).`,
  readingSzigrisztPazosOnTarget: (score, min) => `Índice de Szigriszt-Pazos ${score} (INFLESZ): dentro del objetivo (${min} o más).`,
  readingFernandezHuertaOnTarget: (score, min) => `Índice de Fernández-Huerta ${score}: dentro del objetivo (${min} o más).`,
  longSentence: (words, max) => `Una frase de ${words} palabras: procure ${max} o menos. Divídala.`,
  passiveVoice: (phrase) => `Voz pasiva («${phrase}»): diga quién hace qué.`,
  simplerWord: (word, alternatives) => `«${word}» tiene una palabra más sencilla: ${alternatives}.`,
  noReviewer: 'Sin revisión médica: indique qué profesional sanitario revisó la página y cuándo.',
  reviewAge: (months, max) => `Última revisión hace ${months} meses: revísela al menos cada ${max} meses.`,
  reviewOverdue: (date) => `La próxima revisión estaba prevista el ${date}: revise la página ahora.`,
  noReferences: 'Sin referencias: indique las fuentes en las que se basa la página.',
  uncitedClaim: 'Da cifras o resultados sin citar la fuente: añada la cita.',
  noDisclaimer: 'Sin aviso médico: el lector debe saber que la página no es un consejo personal.',
  faqAnswerEmpty: 'La respuesta está vacía.',
  faqAnswerRepeats: 'La respuesta solo repite la pregunta.',
  crisisHelp:
    'Habla de suicidio o autolesiones pero la página no ofrece ayuda en crisis: añada CrisisSupport, el aviso urgente o un enlace a una línea de crisis.',
  methodWords: (words) =>
    `Palabras que pueden describir un método de autolesión (${words}): un editor debe revisarlas según las pautas de comunicación responsable.`,
  titleLength: (length, max) => `El título tiene ${length} caracteres: los buscadores lo cortan hacia los ${max}.`,
  summaryLength: (length, max) => `El resumen tiene ${length} caracteres: los buscadores lo cortan hacia los ${max}.`,
  headingLevels: (from, to) =>
    `Un encabezado salta del nivel ${from} al nivel ${to}: quien usa un lector de pantalla pierde la estructura.`,
  imageNoAlt: (src) => `Una imagen no tiene texto alternativo (${src}): descríbala, o use alt="" si es decorativa.`,
  imageFileNameAlt: (alt) => `El texto alternativo de una imagen es un nombre de archivo («${alt}»): describa lo que muestra.`,
  linkText: (text) => `El texto del enlace «${text}» no dice nada fuera de contexto: indique adónde lleva.`,
  unreadablePart: (reason) => `Esta parte no se pudo leer como texto (${reason}).`,
  uncheckedLanguage: (language, rules) =>
    `La revisión no tiene listas de palabras ni fórmulas de lectura para «${language}» (solo inglés y español), así que estas reglas no se aplicaron: ${rules}. Revíselas a mano, sobre todo la ayuda en crisis si la página habla de suicidio o autolesiones.`,
  columnSeverity: 'Gravedad',
  columnWhere: 'Dónde',
  columnRule: 'Regla',
  columnMessage: 'Hallazgo',
  severityError: 'error grave',
  severityWarning: 'aviso',
  severityInfo: 'nota',
  // Spanish has a `many` category (1 000 000 and more, as in "1 millón de avisos"): `other` serves it here.
  countError: { one: 'error grave', other: 'errores graves' },
  countWarning: { one: 'aviso', other: 'avisos' },
  countInfo: { one: 'nota', other: 'notas' },
  countSeparator: ' · ',
  partPage: 'Toda la página',
  partTitle: 'Título',
  partSummary: 'Resumen',
  partKeyTakeaways: 'Puntos clave',
  partIntro: 'Introducción',
  partSection: 'Sección',
  partFaq: 'Preguntas frecuentes',
  partConclusion: 'Conclusión',
  partReferences: 'Referencias',
  partReview: 'Revisión',
  partDisclaimer: 'Aviso médico',
  noFindings: 'Sin hallazgos.',
};

/** The check's words by language (the locale's `code` before the first `-`). */
export const auditLabelsByLanguage: Readonly<Record<string, AuditLabels>> = { en: defaultAuditLabels, es: spanishAuditLabels };
