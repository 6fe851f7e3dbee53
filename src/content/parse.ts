import type { Comment, Doctype, Element, Properties, Root, RootContent, Text } from 'hast';
import { h, s } from 'hastscript';
import { parseFragment, type DefaultTreeAdapterMap, type Token, type TreeAdapter, type TreeAdapterTypeMap } from 'parse5';

/**
 * HTML → hast with parse5 building the hast tree itself (a tree adapter), as
 * `hast-util-from-html` would give it minus source positions: no parse5 tree
 * is built and then copied, and nothing here reads positions (asking parse5
 * for them tripled its time). Elements are made by hastscript's `h` and `s`
 * with the attributes as `hast-util-from-parse5` passes them, so properties
 * are exactly what that package makes.
 */

const SVG = 'http://www.w3.org/2000/svg';
const HTML = 'http://www.w3.org/1999/xhtml';
const own = Object.prototype.hasOwnProperty;

type Parent = Root | Element;
type Child = RootContent;
type Node = Parent | Child;
type HastMap = TreeAdapterTypeMap<Node, Parent, Child, Root, Root, Element, Comment, Text, Element, Doctype>;

/** What parse5 asks about an element and hast does not hold as parse5 gave it. */
interface ElementInfo {
  tagName: string;
  namespaceURI: DefaultTreeAdapterMap['element']['namespaceURI'];
  attrs: Token.Attribute[];
}

function propertiesOf(attrs: Token.Attribute[]): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const attribute of attrs) {
    const name = (attribute.prefix ? `${attribute.prefix}:` : '') + attribute.name;
    // As hast-util-from-parse5: never a name Object.prototype has (`constructor`, `__proto__`).
    if (!own.call(Object.prototype, name)) properties[name] = attribute.value;
  }
  return properties;
}

function build(tagName: string, namespaceURI: string, attrs: Token.Attribute[]): Element {
  // Most elements in an article have no attribute: `h` would give exactly this (a name with `.` or `#` is a selector to it).
  if (attrs.length === 0 && namespaceURI === HTML && tagName !== 'template' && !tagName.includes('.') && !tagName.includes('#')) {
    return { type: 'element', tagName, properties: {}, children: [] };
  }
  const properties = propertiesOf(attrs);
  const element = namespaceURI === SVG ? s(tagName, properties as Properties) : h(tagName, properties as Properties);
  // `h('template')` gives every template a content root; only HTML templates have content (MathML's are plain elements).
  if (namespaceURI !== HTML && 'content' in element) delete (element as Element & { content?: Root }).content;
  return element;
}

/**
 * parse5's view of a node, kept on the node under symbols (a Map per parse
 * cost more than the rest of the adapter). Symbol keys are not copied by the
 * sanitiser, which makes new nodes, nor by structuredClone, nor seen by
 * Object.keys; nothing downstream reads them.
 */
const PARENT = Symbol('parse5 parent');
const INFO = Symbol('parse5 element');
type Marked = { [PARENT]?: Parent; [INFO]?: ElementInfo };
const parentOf = (node: Node) => (node as Marked)[PARENT];
const setParent = (node: Node, parent: Parent | undefined) => {
  (node as Marked)[PARENT] = parent;
};

/**
 * A copy of a cut of the input, not a view into it: a view would keep the whole
 * input alive for as long as the article is (parse5 copies its own cuts for the same reason).
 */
const ownCopy = (text: string) => (text.length < 13 ? text : ` ${text}`.slice(1));

function createAdapter(html: string): TreeAdapter<HastMap> & { closeText(): void } {
  const modes = new Map<Root, DefaultTreeAdapterMap['document']['mode']>();
  const info = (element: Element): ElementInfo => (element as Marked)[INFO]!;
  const indexIn = (children: Node[], node: Node) => (children[children.length - 1] === node ? children.length - 1 : children.indexOf(node));
  const childrenOf = (parent: Parent) => parent.children as Node[];

  // parse5 hands a text over a word and a space at a time. While those pieces are the input's own
  // characters in order, the text node being built only widens its range in the input, and its value
  // is cut once, when the node is complete (before any other change to the tree, or any read of it).
  // Pieces that are not (a decoded entity, a CR LF read as LF) are concatenated, as they always were:
  // either way the value is exactly the pieces joined. Concatenating each piece cost a string per
  // word, and flattening those later cost more than the rest of the cleanup pass.
  let open: Text | undefined;
  let start = 0;
  let end = 0;
  let searchFrom = 0; // never past where the next text can start in the input
  // Where a new text node's first piece is in the input: where the last text ended, or just after one of
  // the next few `>` (the tags between). Every comparison there is against the piece itself, so a wrong
  // place can only give the same characters. The search is bounded, in total, by twice the input's
  // length: once that is spent (text the input does not hold as such, over and over), pieces are concatenated.
  let budget = 2 * html.length;
  const locate = (text: string): number => {
    if (html.startsWith(text, searchFrom)) return searchFrom;
    let from = searchFrom;
    for (let tries = 0; tries < 8 && budget > 0; tries += 1) {
      const close = html.indexOf('>', from);
      if (close < 0) break;
      budget -= close + 1 - from;
      from = close + 1;
      if (html.startsWith(text, from)) return from;
    }
    return -1;
  };
  const closeText = () => {
    if (open === undefined) return;
    open.value = ownCopy(html.slice(start, end));
    open = undefined;
  };

  const adapter: TreeAdapter<HastMap> & { closeText(): void } = {
    closeText,
    createDocument() {
      const root: Root = { type: 'root', children: [], data: { quirksMode: false } };
      modes.set(root, 'no-quirks' as DefaultTreeAdapterMap['document']['mode']);
      return root;
    },
    createDocumentFragment: () => ({ type: 'root', children: [], data: { quirksMode: false } }),
    createElement(tagName, namespaceURI, attrs) {
      // The bookkeeping keys in the literal: added later, they would cost each node a second allocation.
      if (attrs.length === 0 && namespaceURI === HTML && tagName !== 'template' && !tagName.includes('.') && !tagName.includes('#')) {
        return {
          type: 'element',
          tagName,
          properties: {},
          children: [],
          [PARENT]: undefined,
          [INFO]: { tagName, namespaceURI, attrs },
        } as Element;
      }
      const element = build(tagName, namespaceURI, attrs);
      (element as Marked)[INFO] = { tagName, namespaceURI, attrs };
      return element;
    },
    createCommentNode: (data) => ({ type: 'comment', value: data }),
    createTextNode: (value) => ({ type: 'text', value }),
    appendChild(parent, node) {
      closeText();
      const children = childrenOf(parent);
      // A first child gets an array of its own size: a push onto an empty array reserves room for seventeen.
      if (children.length === 0) parent.children = [node] as Parent['children'];
      else children.push(node);
      setParent(node, parent);
    },
    insertBefore(parent, node, reference) {
      closeText();
      const children = childrenOf(parent);
      children.splice(indexIn(children, reference), 0, node);
      setParent(node, parent);
    },
    // `h('template')` made the content root already; parse5 then gives its own fragment.
    setTemplateContent(template, content) {
      (template as Element & { content?: Root }).content = content;
    },
    getTemplateContent: (template) => (template as Element & { content: Root }).content,
    setDocumentType(document) {
      if (!document.children.some((node) => node.type === 'doctype')) adapter.appendChild(document, { type: 'doctype' });
    },
    setDocumentMode(document, mode) {
      modes.set(document, mode);
      if (document.data) document.data.quirksMode = mode === 'quirks' || mode === 'limited-quirks';
    },
    getDocumentMode: (document) => modes.get(document) ?? ('no-quirks' as DefaultTreeAdapterMap['document']['mode']),
    detachNode(node) {
      closeText();
      const parent = parentOf(node);
      if (parent === undefined) return;
      const children = childrenOf(parent);
      children.splice(indexIn(children, node), 1);
      setParent(node, undefined);
    },
    insertText(parent, text) {
      const children = childrenOf(parent);
      const last = children[children.length - 1];
      if (last !== undefined && last === open) {
        // Half the pieces are one space: a character comparison, not a call.
        if (text.length === 1 ? html.charCodeAt(end) === text.charCodeAt(0) : html.startsWith(text, end)) {
          end += text.length;
          searchFrom = end;
          return;
        }
        closeText();
      }
      if (last !== undefined && last.type === 'text') {
        last.value += text;
        return;
      }
      const node = { type: 'text', value: text, [PARENT]: undefined } as Text;
      adapter.appendChild(parent, node);
      const at = budget > 0 ? locate(text) : -1;
      if (at >= 0) {
        open = node;
        start = at;
        end = searchFrom = at + text.length;
      }
    },
    insertTextBefore(parent, text, reference) {
      closeText();
      const children = childrenOf(parent);
      const previous = children[indexIn(children, reference) - 1];
      if (previous !== undefined && previous.type === 'text') previous.value += text;
      else adapter.insertBefore(parent, { type: 'text', value: text }, reference);
    },
    adoptAttributes(recipient, attrs) {
      closeText();
      const known = info(recipient);
      const names = new Set(known.attrs.map((attribute) => attribute.name));
      const added = attrs.filter((attribute) => !names.has(attribute.name));
      if (added.length === 0) return;
      known.attrs = [...known.attrs, ...added];
      recipient.properties = build(known.tagName, known.namespaceURI, known.attrs).properties;
    },
    getFirstChild: (node) => {
      closeText();
      return childrenOf(node)[0] as Child;
    },
    getChildNodes: (node) => {
      closeText();
      return childrenOf(node) as Child[];
    },
    getParentNode: (node) => parentOf(node) ?? null,
    getAttrList: (element) => info(element).attrs,
    getTagName: (element) => info(element).tagName,
    getNamespaceURI: (element) => info(element).namespaceURI,
    getTextNodeContent: (node) => {
      closeText();
      return node.value;
    },
    getCommentNodeContent: (node) => node.value,
    getDocumentTypeNodeName: () => 'html',
    getDocumentTypeNodePublicId: () => '',
    getDocumentTypeNodeSystemId: () => '',
    isTextNode: (node): node is Text => node.type === 'text',
    isCommentNode: (node): node is Comment => node.type === 'comment',
    isDocumentTypeNode: (node): node is Doctype => node.type === 'doctype',
    isElementNode: (node): node is Element => node.type === 'element',
    setNodeSourceCodeLocation() {},
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation() {},
  };
  return adapter;
}

/**
 * Parses an HTML fragment as a browser would (parse5, the WHATWG algorithm):
 * broken markup never throws. With scripting on, as in the readers' browsers:
 * a `<noscript>` holds its content as text up to the first `</noscript>`, and
 * what follows is parsed as the page. Parsed with scripting off (as
 * hast-util-from-html does), markup inside a `<noscript>` that never closes
 * (`<noscript><style>`) swallowed the rest of a post, which readers do see.
 * The converter reads a `<noscript>`'s text as markup only where it needs to
 * (cleanup.ts, lazy-loaded images; safety.ts, the note).
 */
export function parseHtml(html: string): Root {
  const treeAdapter = createAdapter(html);
  const tree = parseFragment(html, { treeAdapter, scriptingEnabled: true });
  treeAdapter.closeText();
  return tree;
}
