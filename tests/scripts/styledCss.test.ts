// @vitest-environment node
// The build-time CSS minifier (scripts/styledCss.ts, decision 0021): what it keeps, what it refuses.
// tests/builtCss.test.ts checks the whole build against src; these pin the rules one by one.
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { markStyledDefinitionsPure, minifyCss, minifyStyledTemplates } from '../../scripts/styledCss';

describe('minifyCss', () => {
  it('collapses whitespace and drops comments where stylis drops them', () => {
    expect(minifyCss('\n  color: red;\n  /* why */\n  &:hover {\n    color: blue;\n  }\n')).toBe('color:red;&:hover{color:blue;}');
  });

  it('keeps the spaces stylis keeps: after a comma, inside brackets, before a colon', () => {
    expect(minifyCss('a ,  b { x: 1 }')).toBe('a, b{x:1}');
    expect(minifyCss('@media (forced-colors:  active) { x: 1 }')).toBe('@media (forced-colors: active){x:1}');
    expect(minifyCss('& :hover { x: 1 }')).toBe('& :hover{x:1}');
  });

  it('keeps quoted strings as written', () => {
    expect(minifyCss("content: '  a  /* b */  ';")).toBe("content:'  a  /* b */  ';");
  });

  it('refuses what joining lines would break: // comments, unterminated strings and comments', () => {
    expect(() => minifyCss('color: red; // note\n')).toThrow(/\/\/ comment/);
    expect(() => minifyCss("content: 'open;")).toThrow(/unterminated string/);
    expect(() => minifyCss('color: red; /* open')).toThrow(/unterminated comment/);
  });

  it('leaves a // inside brackets (a URL) alone', () => {
    expect(minifyCss('background: url(https://example.org/a.png);')).toBe('background:url(https://example.org/a.png);');
  });
});

describe('minifyStyledTemplates', () => {
  const module = (template: string) =>
    `import { styled, css } from 'styled-components';\nconst tone = 'x';\nexport const A = styled.div${template};\n`;

  it('minifies styled templates, folds constant strings in and keeps other interpolations', () => {
    const out = minifyStyledTemplates(module("`\n  color: ${'var(--mp-ink, #111)'};\n  border: 1px solid ${tone};\n`"), 'a.ts');
    expect(out).toContain('styled.div`color:var(--mp-ink, #111);border:1px solid ${tone};`');
  });

  it('leaves templates of other tags and modules without styled-components alone', () => {
    const other = "import { styled } from 'styled-components';\nconst html = String.raw`\n  a  b\n`;\n";
    expect(minifyStyledTemplates(other, 'b.ts')).toBe(other);
    const none = 'const css = (s: TemplateStringsArray) => s;\nexport const x = css`\n  a: b;\n`;\n';
    expect(minifyStyledTemplates(none, 'c.ts')).toBe(none);
  });

  it('refuses escapes in a styled template rather than guess', () => {
    expect(() => minifyStyledTemplates(module("`\n  content: '\\\\2014';\n`"), 'd.ts')).toThrow(/escapes/);
  });
});

describe('markStyledDefinitionsPure', () => {
  const source = [
    "import { css, styled } from 'styled-components';",
    'export const used = css`color:red;`;',
    'export const unused = css`color:blue;`;',
    "export const Box = styled.div.withConfig({ componentId: 'mp-x-Box' })`${used} margin:0;`;",
    "export const Unused = styled.span.withConfig({ componentId: 'mp-x-Unused' })`padding:0;`;",
    'export function Inner() { return css`inside:1;`; }',
    '',
  ].join('\n');

  it('wraps each top-level definition, and only those, in a call marked pure', () => {
    const out = markStyledDefinitionsPure(source, 'a.ts');
    expect(out).toContain('export const used = /* @__PURE__ */ (() => css`color:red;`)();');
    expect(out).toContain(
      "export const Box = /* @__PURE__ */ (() => styled.div.withConfig({ componentId: 'mp-x-Box' })`${used} margin:0;`)();",
    );
    expect(out).toContain('return css`inside:1;`;');
  });

  it('lets a bundler drop the definitions an import does not reach, and unwrap the ones it keeps', async () => {
    const result = await build({
      stdin: { contents: "import { Box } from './a'; console.log(Box);", loader: 'ts', resolveDir: '/' },
      bundle: true,
      write: false,
      format: 'esm',
      minify: true,
      external: ['styled-components'],
      plugins: [
        {
          name: 'a',
          setup: (b) => {
            b.onResolve({ filter: /^\.\/a$/ }, () => ({ path: '/a.ts' }));
            b.onLoad({ filter: /^\/a\.ts$/ }, () => ({ contents: markStyledDefinitionsPure(source, 'a.ts'), loader: 'ts' }));
          },
        },
      ],
      logLevel: 'error',
    });
    const code = result.outputFiles[0]!.text;
    expect(code).toContain('color:red;');
    expect(code).toContain('margin:0;');
    expect(code).not.toContain('color:blue;');
    expect(code).not.toContain('padding:0;');
    // The wrapper is gone again: the kept definitions cost what they did.
    expect(code).not.toContain('=>');
  });
});
