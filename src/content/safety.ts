import type { Element, Parents, Root, RootContent } from 'hast';
import { safeHref } from '../internal/safeHref';
import { noscriptContent } from './cleanup';
import { excerpt, hasClass, type Notes, rewrite, root, textOf, walk } from './hast';
import { contentSchema } from './schema';

/**
 * The hostile-markup pass, before the sanitiser: it removes what may run or
 * disguise itself, and says so in a note for each kind of removal. The
 * sanitiser (schema.ts) then keeps only its allowlist; `finalGuard` checks the
 * one rule an allowlist of protocols cannot express (data URLs).
 */

/** Removed with everything inside: their content is code, not prose. */
const REMOVED_WITH_CONTENT: Record<string, string> = {
  script: 'scripts never run from content',
  style: 'style sheets from content could restyle the whole page',
  noscript: 'it holds markup for browsers without JavaScript, usually tracking pixels',
  template: 'its content is inert markup, not shown to readers',
  object: 'plugins and embedded objects can run code',
  embed: 'plugins and embedded objects can run code',
  applet: 'plugins and embedded objects can run code',
  frame: 'frames can load any page',
  frameset: 'frames can load any page',
  base: 'it would change where every link on the page goes',
  meta: 'it can redirect or change the page',
  link: 'it can load style sheets or other resources',
  title: 'the page already has its title',
  svg: 'inline SVG can carry scripts and links; use an <img> with an .svg file instead',
  math: 'inline MathML can carry links and is not supported here; use an image with a text alternative',
};

/** Form controls: removed (they cannot work here); their labels' text stays. */
const CONTROLS = new Set([
  'input',
  'select',
  'textarea',
  'button',
  'option',
  'optgroup',
  'datalist',
  'output',
  'keygen',
  'progress',
  'meter',
]);
/** Form structure: the element goes, the author's visible text stays. */
const UNWRAPPED_FORM_PARTS = new Set(['form', 'fieldset', 'legend', 'label']);

/** Attributes that hold a URL. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'cite',
  'action',
  'formAction',
  'poster',
  'background',
  'longDesc',
  'xLinkHref',
  'data',
  'ping',
  'manifest',
];

const SAFE_DATA_IMAGE = /^data:image\/[a-z0-9.+-]+[;,]/i;

/** A URL for `img src`: the safe schemes, or an inline image. */
function safeImageSource(value: string): string | null {
  const trimmed = value.trim();
  // eslint-disable-next-line no-control-regex -- browsers ignore control characters and spaces in a URL's scheme, so the check strips them too
  const compact = trimmed.replace(/[\u0000-\u0020\u007f]/g, '');
  if (/^data:/i.test(compact)) return SAFE_DATA_IMAGE.test(compact) ? compact : null;
  return safeHref(trimmed);
}

/** A `srcset` whose every candidate URL is safe, else `null`. */
function safeSrcSet(value: string): string | null {
  const candidates = value
    .split(/,(?=\s*\S)/)
    .map((part) => part.trim())
    .filter(Boolean);
  for (const candidate of candidates) {
    const [url = '', ...descriptors] = candidate.split(/\s+/);
    if (/^data:/i.test(url) || safeHref(url) === null) return null;
    // Only width, density or height descriptors: anything else is not a srcset a
    // browser would honour, and a control character inside a scheme ("jav\nascript:")
    // would otherwise hide the scheme in a "descriptor".
    if (!descriptors.every((descriptor) => /^\d+(?:\.\d+)?[wxh]$/i.test(descriptor))) return null;
  }
  return candidates.join(', ');
}

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

export interface SafetyOptions {
  allowEmbeds: string[];
}

const ALLOWED_TAGS = new Set([...(contentSchema({ embeds: true }).tagNames ?? [])]);

/** Runs the hostile-markup pass over `tree`, in place. */
export function removeHostileMarkup(tree: Root, notes: Notes, options: SafetyOptions): void {
  const embeds = new Set(options.allowEmbeds.map((host) => host.trim().toLowerCase()).filter(Boolean));

  rewrite(tree, (node, parent) => {
    if (node.type === 'comment' || node.type === 'doctype') return null;
    if (node.type !== 'element') return node;
    const name = node.tagName.toLowerCase();

    const reason = REMOVED_WITH_CONTENT[name];
    if (name === 'noscript') {
      // Text in it is not shown by readers' browsers either; but an unclosed one can take the author's paragraphs.
      const text = textOf(root(noscriptContent(node) as RootContent[]));
      if (text !== '') {
        notes.add({
          kind: 'removed',
          element: 'noscript',
          message:
            '<noscript> removed with the text inside it, which readers’ browsers (with JavaScript) do not show either. If it is the author’s text, the <noscript> around it is not closed where it should be.',
          source: excerpt(text),
        });
        return null;
      }
    }
    if (reason !== undefined) {
      notes.add(
        {
          kind: 'removed',
          element: name,
          message: `<${name}> removed: ${reason}.`,
          source: name === 'script' || name === 'style' ? excerpt(textOf(node)) : undefined,
        },
        `element:${name}`,
      );
      return null;
    }
    if (name === 'iframe') return iframe(node, embeds, notes, parent);
    if (CONTROLS.has(name)) {
      if (name === 'input' && node.properties.type === 'checkbox') return node; // a task-list box; the sanitiser disables it
      notes.add(
        { kind: 'removed', element: name, message: `<${name}> removed: form controls cannot work inside an article.` },
        `element:${name}`,
      );
      return null;
    }
    if (UNWRAPPED_FORM_PARTS.has(name)) {
      notes.add(
        { kind: 'removed', element: name, message: `<${name}> removed: forms cannot work inside an article; its text is kept.` },
        `element:${name}`,
      );
      return node.children;
    }

    stripAttributes(node, notes);

    if (name === 'a') {
      const href = node.properties.href;
      if (href !== undefined && href !== null) {
        const safe = typeof href === 'string' ? safeHref(href) : null;
        if (safe === null) {
          notes.add({
            kind: 'removed',
            element: 'a',
            message: `A link to "${String(href).slice(0, 40)}" removed: only http(s), mailto, tel, sms and relative links may stay; its text is kept.`,
            source: excerpt(textOf(node)),
          });
          return node.children;
        }
        node.properties.href = safe;
      }
      if (String(node.properties.target ?? '').toLowerCase() === '_blank') node.properties.rel = ['noopener', 'noreferrer'];
      else delete node.properties.target;
    }
    if (name === 'img') return image(node, notes);
    if (name === 'source' && typeof node.properties.srcSet === 'string') {
      const srcSet = safeSrcSet(node.properties.srcSet);
      if (srcSet === null) {
        notes.add({ kind: 'removed', element: 'source', message: 'A <source> with an unsafe srcset URL removed.' });
        return null;
      }
    }
    if (!ALLOWED_TAGS.has(name)) {
      notes.add(
        { kind: 'removed', element: name, message: `<${name}> is not an element articles may use; removed, its text kept.` },
        `element:${name}`,
      );
      return node.children;
    }
    return node;
  });
}

function stripAttributes(node: Element, notes: Notes): void {
  for (const key of Object.keys(node.properties)) {
    const value = node.properties[key];
    if (/^on/i.test(key)) {
      delete node.properties[key];
      notes.add(
        {
          kind: 'removed',
          element: `${node.tagName} ${key.toLowerCase()}`,
          message: `An event handler attribute (${key.toLowerCase()}) removed from <${node.tagName}>: content may not run scripts.`,
        },
        `handler:${key.toLowerCase()}`,
      );
    } else if (key === 'style') {
      delete node.properties.style;
      notes.add(
        {
          kind: 'removed',
          element: 'style attribute',
          message: 'Inline style attributes removed: the theme styles the article (and styles can hide or disguise content).',
        },
        'attribute:style',
      );
    } else if (key === 'srcDoc' || key === 'formAction') {
      delete node.properties[key];
      notes.add({
        kind: 'removed',
        element: `${node.tagName} ${key.toLowerCase()}`,
        message: `The ${key.toLowerCase()} attribute removed from <${node.tagName}>: it can load or run another page.`,
      });
    } else if (key === 'srcSet' && typeof value === 'string') {
      const srcSet = safeSrcSet(value);
      if (srcSet === null) {
        delete node.properties.srcSet;
        notes.add({ kind: 'removed', element: `${node.tagName} srcset`, message: `An unsafe srcset removed from <${node.tagName}>.` });
      } else node.properties.srcSet = srcSet;
    } else if (
      URL_ATTRIBUTES.includes(key) &&
      key !== 'href' &&
      !(key === 'src' && node.tagName === 'img') &&
      !(key === 'src' && node.tagName === 'iframe')
    ) {
      const safe = typeof value === 'string' ? safeHref(value) : null;
      if (safe === null || /^data:/i.test(safe)) {
        delete node.properties[key];
        notes.add({
          kind: 'removed',
          element: `${node.tagName} ${key.toLowerCase()}`,
          message: `An unsafe URL removed from the ${key.toLowerCase()} attribute of <${node.tagName}>.`,
        });
      }
    }
  }
}

function image(node: Element, notes: Notes): RootContent | null {
  const src = typeof node.properties.src === 'string' ? safeImageSource(node.properties.src) : null;
  if (src === null) {
    const alt = typeof node.properties.alt === 'string' ? node.properties.alt.trim() : '';
    notes.add({
      kind: 'removed',
      element: 'img',
      message: `An image with ${node.properties.src === undefined ? 'no' : 'an unsafe'} src removed${alt ? '; its alt text is kept as text' : ''}.`,
      source: excerpt(alt),
    });
    return alt ? { type: 'text', value: alt } : null;
  }
  node.properties.src = src;
  if (typeof node.properties.alt !== 'string') {
    node.properties.alt = '';
    notes.add({
      kind: 'rewritten',
      element: 'img',
      message: 'An image had no alt attribute: it is marked decorative (alt=""). Describe it in the CMS if it carries information.',
      source: excerpt(src.startsWith('data:') ? 'inline image' : src),
    });
  }
  node.properties.loading = 'lazy';
  node.properties.decoding = 'async';
  return node;
}

/** Elements a bare link may sit in as it is; anywhere else (the top, a figure's wrapper) it goes in a paragraph. */
const HOLDS_TEXT = new Set(['p', 'li', 'dd', 'td', 'th', 'figcaption', 'span', 'em', 'strong', 'b', 'i', 'small']);

/**
 * The page a video embed's player stands for: YouTube's and Vimeo's players by their watch page, anything else
 * by its own address (a player page opens in a tab).
 */
function embedPage(src: string): string {
  try {
    const url = new URL(src);
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    const youtube = /^\/embed\/([\w-]{6,})$/.exec(url.pathname);
    if ((host === 'youtube.com' || host === 'youtube-nocookie.com') && youtube) return `https://www.youtube.com/watch?v=${youtube[1]}`;
    const vimeo = /^\/video\/(\d+)$/.exec(url.pathname);
    if (host === 'player.vimeo.com' && vimeo) return `https://vimeo.com/${vimeo[1]}`;
  } catch {
    // safeHref accepted it as a relative URL: keep it as it is.
  }
  return src;
}

/** Players WordPress's oEmbed gives for a pasted link in the classic editor (no embed block around them). */
const VIDEO_PLAYERS = new Set(['www.youtube.com', 'youtube.com', 'www.youtube-nocookie.com', 'youtube-nocookie.com', 'player.vimeo.com']);

function isAuthorsEmbed(src: string, parent: Parents): boolean {
  if (parent.type === 'element' && (hasClass(parent, 'wp-block-embed__wrapper') || hasClass(parent, 'wp-block-embed'))) return true;
  return /[?&]feature=oembed\b/.test(src) || VIDEO_PLAYERS.has(hostOf(src) ?? '');
}

function iframe(node: Element, embeds: Set<string>, notes: Notes, parent: Parents): RootContent | null {
  const src = typeof node.properties.src === 'string' ? node.properties.src.trim() : '';
  const host = hostOf(src);
  if (node.properties.srcDoc !== undefined) {
    notes.add({
      kind: 'removed',
      element: 'iframe',
      message: 'An <iframe> with inline content (srcdoc) removed: it could run scripts.',
      source: excerpt(String(node.properties.srcDoc)),
    });
    return null;
  }
  if (host === null || !embeds.has(host)) {
    // An embed the author chose (WordPress's embed block, or an oEmbed player in a classic post): the reader still
    // gets the video, as a link where the player was, beside its caption. Any other iframe just goes.
    const href = host !== null && isAuthorsEmbed(src, parent) ? embedPage(src) : null;
    notes.add({
      kind: 'removed',
      element: 'iframe',
      message: `An <iframe>${host ? ` from ${host}` : ''} removed: embeds are allowed only from the hosts in the allowEmbeds option${href ? '; a link to it is shown instead' : ''}.`,
      source: excerpt(src),
    });
    if (href === null) return null;
    const title = typeof node.properties.title === 'string' ? node.properties.title.trim() : '';
    // The player's title (oEmbed gives the video's) and where the link goes.
    const site = hostOf(href)?.replace(/^www\./, '');
    const text = title === '' ? href : site ? `${title} (${site})` : title;
    const link: Element = { type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: text }] };
    return parent.type === 'element' && HOLDS_TEXT.has(parent.tagName)
      ? link
      : { type: 'element', tagName: 'p', properties: {}, children: [link] };
  }
  const kept: Element['properties'] = { src };
  for (const key of ['title', 'width', 'height', 'allow', 'allowFullScreen', 'referrerPolicy']) {
    const value = node.properties[key];
    if (value !== undefined && value !== null) kept[key] = value;
  }
  // The embed runs in its own origin; it may not navigate the page, open forms or reach ours.
  kept.sandbox = ['allow-scripts', 'allow-same-origin', 'allow-presentation', 'allow-popups'];
  kept.loading = 'lazy';
  if (typeof kept.title !== 'string' || kept.title.trim() === '') {
    notes.add({
      kind: 'unrecognised',
      element: 'iframe',
      message: `An embed from ${host} has no title; screen readers announce it without a name. Add a title in the CMS.`,
    });
  }
  return { ...node, properties: kept, children: [] };
}

/**
 * After the sanitiser: a data URL may remain only as an inline image's `src`
 * (the allowlist knows protocols per attribute, not per element), and a class
 * list the allowlist emptied goes.
 */
const GUARDED_URLS = ['src', 'href', 'cite'];

export function finalGuard(tree: Root): void {
  walk(tree, (node) => {
    if (node.type !== 'element') return;
    // The sanitiser leaves an empty list where it dropped every class: React would write `class=""`.
    const className = node.properties.className;
    if (className !== undefined && (Array.isArray(className) ? className.length === 0 : String(className).trim() === ''))
      delete node.properties.className;
    for (const key of GUARDED_URLS) {
      const value = node.properties[key];
      if (typeof value !== 'string') continue;
      const compact = value.replace(/[\u0000-\u0020\u007f]/g, ''); // eslint-disable-line no-control-regex -- browsers ignore control characters and spaces in a URL's scheme, so the check strips them too
      if (/^data:/i.test(compact) && !(key === 'src' && node.tagName === 'img' && SAFE_DATA_IMAGE.test(compact))) {
        delete node.properties[key];
      }
    }
  });
}
