// Build-time minification of the CSS written in styled-components templates
// (scripts/buildTimeStyles.ts applies it to dist and the benchmark only; sources, tests and stories keep the
// readable CSS). See docs/decisions/0021.
import ts from 'typescript';

/** Marks an interpolation while the template's text is minified; never in CSS. */
const HOLE = '\u0001';

/**
 * Collapses the whitespace of CSS text and drops its comments, as
 * babel-plugin-styled-components' `minify` does, keeping only changes stylis
 * (styled-components' CSS compiler) makes anyway, so the rules it writes stay
 * the same: a run of whitespace becomes one space, or none beside `{ } ;`,
 * before `,` and after a declaration's `:` (never before a `:`: `a :hover` is
 * not `a:hover`; stylis keeps `, ` and `(forced-colors: active)`). Quoted strings
 * are kept as written. A `//` outside strings and brackets is refused: with
 * line breaks gone it would comment out the rest of the rule.
 */
export function minifyCss(text: string): string {
  let out = '';
  let space = false;
  let depth = 0;
  const dropsSpaceBefore = (c: string) => c === '{' || c === '}' || c === ';' || c === ',';
  // After `:` only outside brackets (a declaration's); `(forced-colors: active)` keeps its space, as stylis does.
  const dropsSpaceAfter = (c: string) => c === '{' || c === '}' || c === ';' || (c === ':' && depth === 0);
  const emit = (chunk: string) => {
    if (space && out !== '' && !dropsSpaceAfter(out[out.length - 1]!) && !dropsSpaceBefore(chunk[0]!)) out += ' ';
    space = false;
    out += chunk;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      let end = i + 1;
      while (end < text.length && text[end] !== c) end += text[end] === '\\' ? 2 : 1;
      if (end >= text.length) throw new Error(`unterminated string in CSS: ${text.slice(i, i + 40)}`);
      emit(text.slice(i, end + 1));
      i = end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) throw new Error(`unterminated comment in CSS: ${text.slice(i, i + 40)}`);
      // A comment separates tokens: it counts as whitespace.
      space = true;
      i = end + 1;
    } else if (c === '/' && text[i + 1] === '/' && depth === 0) {
      throw new Error(`a // comment in CSS would swallow what follows once lines are joined; use /* */: ${text.slice(i, i + 40)}`);
    } else if (/\s/.test(c)) {
      space = true;
    } else {
      if (c === '(' || c === '[') depth++;
      if ((c === ')' || c === ']') && depth > 0) depth--;
      emit(c);
    }
  }
  return out;
}

/** The tags whose templates are CSS: `css`, `keyframes`, `createGlobalStyle` and `styled…` chains imported from styled-components. */
function styledTagNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (statement.moduleSpecifier.text !== 'styled-components') continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (['styled', 'css', 'keyframes', 'createGlobalStyle'].includes(imported)) names.add(element.name.text);
    }
  }
  return names;
}

/** The identifier a tag is built from: `styled` in `styled.div.withConfig({…})` or `styled(Link)`. */
function rootName(tag: ts.Expression): string | undefined {
  let node: ts.Expression = tag;
  for (;;) {
    if (ts.isIdentifier(node)) return node.text;
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) node = node.expression;
    else if (ts.isCallExpression(node)) node = node.expression;
    else return undefined;
  }
}

const isConstantString = (node: ts.Expression): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);

/** Text that means `value` inside a template literal. */
const asTemplateText = (value: string) => value.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** The module's syntax tree (parent links set), as both passes read it. */
function parseSource(source: string, fileName: string): ts.SourceFile {
  return ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
}

/**
 * Rewrites every styled-components template in a module: constant string
 * interpolations (the tokens `inlineTokens` wrote as `${'var(--mp-…)'}`) become
 * part of the text, then the text is minified. styled-components joins strings
 * before hashing, so folding alone changes nothing; minifying changes the CSS
 * text and so the generated class names, but not the component ids (decision
 * 0010) nor the rules stylis writes (tests/builtCss.test.ts).
 */
export function minifyStyledTemplates(source: string, fileName: string): string {
  const file = parseSource(source, fileName);
  const tags = styledTagNames(file);
  if (tags.size === 0) return source;
  const templates: ts.TemplateLiteral[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node)) {
      const name = rootName(node.tag);
      if (name !== undefined && tags.has(name)) templates.push(node.template);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (templates.length === 0) return source;
  templates.sort((a, b) => a.getStart(file) - b.getStart(file));

  // Source text of [start, end) with every template inside it rewritten.
  const rewrite = (start: number, end: number): string => {
    let out = '';
    let at = start;
    for (const template of templates) {
      const from = template.getStart(file);
      if (from < at || template.end > end) continue;
      out += source.slice(at, from) + rewriteTemplate(template);
      at = template.end;
    }
    return out + source.slice(at, end);
  };

  const rewriteTemplate = (template: ts.TemplateLiteral): string => {
    const raw = (literal: ts.TemplateLiteralLikeNode) => {
      if (literal.rawText === undefined || literal.rawText.includes('\\'))
        throw new Error(`${fileName}: escapes in a styled template are not minified; write the CSS without them`);
      return literal.rawText;
    };
    const texts: string[] = [];
    const holes: string[] = [];
    if (ts.isNoSubstitutionTemplateLiteral(template)) {
      texts.push(raw(template));
    } else {
      texts.push(raw(template.head));
      for (const span of template.templateSpans) {
        if (isConstantString(span.expression)) {
          texts[texts.length - 1] += asTemplateText(span.expression.text) + raw(span.literal);
        } else {
          holes.push(rewrite(span.expression.getStart(file), span.expression.end));
          texts.push(raw(span.literal));
        }
      }
    }
    const minified = minifyCss(texts.join(HOLE)).split(HOLE);
    if (minified.length !== texts.length) throw new Error(`${fileName}: a styled template's interpolations were lost while minifying`);
    return '`' + minified.map((text, i) => (i === 0 ? text : '${' + holes[i - 1] + '}' + text)).join('') + '`';
  };

  return rewrite(0, source.length);
}

/**
 * Marks each top-level styled-components definition (`const X = styled.div…\`…\``,
 * `const y = css\`…\``) as free of side effects, so a bundler drops the ones a
 * publisher's import never reaches: a shared module such as `src/internal/text.ts`
 * otherwise ships all its helpers to every component that uses one. Tagged
 * templates cannot carry a `@__PURE__` annotation, so each is wrapped in an
 * arrow function called at once, which can (esbuild, Rollup, terser and webpack
 * honour it; esbuild's minifier unwraps the call again, so it costs no bytes).
 * styled-components keeps no global state at definition time when a component
 * has its `componentId` (decision 0010), so dropping an unused one changes nothing else.
 */
export function markStyledDefinitionsPure(source: string, fileName: string): string {
  const file = parseSource(source, fileName);
  const tags = styledTagNames(file);
  if (tags.size === 0) return source;
  const definitions: ts.TaggedTemplateExpression[] = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const value = declaration.initializer;
      if (value === undefined || !ts.isTaggedTemplateExpression(value)) continue;
      const name = rootName(value.tag);
      if (name !== undefined && tags.has(name)) definitions.push(value);
    }
  }
  let out = '';
  let at = 0;
  for (const definition of definitions) {
    const start = definition.getStart(file);
    out += `${source.slice(at, start)}/* @__PURE__ */ (() => ${source.slice(start, definition.end)})()`;
    at = definition.end;
  }
  return out + source.slice(at);
}
