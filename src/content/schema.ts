import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * WordPress and editor classes worth keeping: they describe layout (alignment,
 * image sizes, block types, code languages), never behaviour. Any other class
 * is dropped so content cannot borrow the site's own classes (a "modal" or
 * "visually hidden" class) to disguise itself. The FAQ plugins' classes stay
 * so the recognisers can find their blocks after sanitising.
 */
export const KEPT_CLASS =
  /^(?:wp-block-[\w-]+|wp-embed-aspect-\d+-\d+|wp-has-aspect-ratio|wp-image-\d+|wp-caption(?:-text)?|wp-element-caption|align(?:left|right|center|wide|full|none)|size-[\w-]+|has-[\w-]+|is-[\w-]+|language-[\w-]+|footnotes|fn|schema-faq(?:-section|-question|-answer)?|rank-math-(?:block|list|list-item|question|answer))$/;

/**
 * GitHub's per-element lists, where a `className` entry allows only GitHub's own classes (`a`, `h2`, `li`, `ol`,
 * `ul`, `section`, `code`): an element's own entry wins over `'*'`, so a WordPress button link's
 * `wp-block-button__link` was dropped and `class=""` left behind. Each such entry also allows the layout classes.
 */
const defaults: NonNullable<Schema['attributes']> = Object.fromEntries(
  Object.entries(defaultSchema.attributes ?? {}).map(([tag, list]) => [
    tag,
    tag === '*' ? list : list.map((entry) => (Array.isArray(entry) && entry[0] === 'className' ? [...entry, KEPT_CLASS] : entry)),
  ]),
) as NonNullable<Schema['attributes']>;
/** Attributes the default allows everywhere, minus `name` (it clobbers `document` properties). */
const everywhere = (defaults['*'] ?? []).filter((attribute) => attribute !== 'name');

/** Elements whose removal the converter announces before the sanitiser runs (see safety.ts). */
export const EMBED_ATTRIBUTES = ['src', 'title', 'width', 'height', 'allow', 'allowFullScreen', 'loading', 'sandbox', 'referrerPolicy'];

/**
 * medprose's sanitiser schema: GitHub's default (hast-util-sanitize) plus what
 * health articles from a CMS need: figures and captions, responsive images,
 * kept ids (no `user-content-` prefix: old `#anchor` links must still land),
 * `tel:` and `sms:` links, layout classes, `target`/`rel` on links and, only
 * for the hosts a publisher allows, iframes. The converter's own transforms
 * remove and note hostile markup first; this allowlist is the backstop that
 * decides what can reach the page.
 */
export function contentSchema(options: { embeds: boolean }): Schema {
  return {
    ...defaultSchema,
    // Ids stay as the author wrote them; the converter makes them unique on the page.
    clobber: [],
    clobberPrefix: '',
    strip: [
      'script',
      'style',
      'template',
      'noscript',
      'iframe',
      'object',
      'embed',
      'svg',
      'math',
      'title',
      'textarea',
      'select',
      'option',
      'button',
    ],
    tagNames: [
      ...(defaultSchema.tagNames ?? []),
      'figure',
      'figcaption',
      'caption',
      'colgroup',
      'col',
      'abbr',
      'cite',
      'dfn',
      'mark',
      'small',
      'time',
      'u',
      'wbr',
      'aside',
      'hgroup',
      'address',
      ...(options.embeds ? ['iframe'] : []),
    ],
    ancestors: { ...defaultSchema.ancestors, caption: ['table'], colgroup: ['table'], col: ['table'] },
    attributes: {
      ...defaults,
      '*': [...everywhere, ['className', KEPT_CLASS]],
      a: [...(defaults.a ?? []), 'target', 'rel', 'hrefLang', 'type'],
      img: [...(defaults.img ?? []), 'srcSet', 'sizes', 'loading', 'decoding'],
      source: ['srcSet', 'sizes', 'type', 'media'],
      time: ['dateTime'],
      // WordPress's captions (`[caption]`, HTML5 themes) tie the figure to its figcaption's id; ids.ts keeps the link true.
      figure: ['ariaDescribedBy'],
      ol: [...(defaults.ol ?? []), 'start', 'reversed', 'type'],
      td: ['colSpan', 'rowSpan', 'headers'],
      th: ['colSpan', 'rowSpan', 'headers', 'scope', 'abbr'],
      col: ['span'],
      colgroup: ['span'],
      section: [...(defaults.section ?? []), 'dataFootnotes'],
      ...(options.embeds ? { iframe: EMBED_ATTRIBUTES } : {}),
    },
    protocols: {
      ...defaultSchema.protocols,
      href: ['http', 'https', 'mailto', 'tel', 'sms'],
      cite: ['http', 'https'],
      // `data:` is allowed here only so `data:image/*` can stay in `img src`;
      // safety.ts refuses every other data URL before the sanitiser runs.
      src: ['http', 'https', 'data'],
    },
    required: defaultSchema.required,
  };
}
