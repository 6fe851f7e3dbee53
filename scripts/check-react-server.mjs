// Guards the React Server Components boundary of the packed package: importing
// a static component on the server must not pull in client-only code.
//
// In an RSC bundler a module whose first statement is 'use client' becomes a
// client reference: the server never runs its code. So the server graph of an
// entry is everything it imports, stopping at 'use client' modules. Checked on
// the files installed from .pack/medprose.tgz:
//
// 1. Statically (esbuild, ESM and CJS builds): the server graph of every server
//    entry imports no package but react and styled-components (no Radix), and
//    references no client module but the allowed ones (the image error fallback;
//    the root entry also re-exports the FAQ).
// 2. At run time: `node --conditions=react-server` (React's server build, which
//    has no useState, useEffect or createContext), with a loader that turns
//    'use client' modules into client references as a bundler would, imports
//    each server entry; the import must succeed and load only allowed client
//    references.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { installConsumer } from './pack.mjs';

/**
 * Client modules each server entry may reference. Any other entry: `defaultClient`. Every component may reference
 * `StylesheetScope`, which it renders only in the browser (decision 0029): a server component never renders it.
 */
const defaultClient = ['ResilientImage', 'StylesheetScope'];
const allowedClient = {
  index: ['FaqAccordion', 'ResilientImage', 'TableOfContentsEnhancer', 'StylesheetScope'],
  // The contents' highlighting is its own small client module (decision 0009).
  TableOfContents: ['TableOfContentsEnhancer', 'StylesheetScope'],
  // The whole page holds the FAQ and the contents.
  Article: ['FaqAccordion', 'ResilientImage', 'TableOfContentsEnhancer', 'StylesheetScope'],
  // CMS content conversion is server-only and renders no component of its own.
  content: [],
};
/** The only packages server code may import. */
const serverPackages = ['react', 'react/jsx-runtime', 'styled-components'];
/**
 * Build-time entries: Node scripts and CI, not Server Components (react-dom/server
 * throws under the react-server condition), so they are checked statically only,
 * with the packages they may use. No other entry may reach those packages.
 */
const buildTimeEntries = {
  audit: [
    'react-dom/server',
    'hast-util-to-text',
    'flesch-kincaid',
    'retext-english',
    'retext-latin',
    'retext-passive',
    'retext-simplify',
    'syllable',
    'unified',
    'vfile',
  ],
};
/** Packages one entry may import besides those: medprose/content's parser and sanitiser (server-only). */
const entryPackages = {
  // medprose/content's parser and hast helpers, which the editorial check reads bodies with.
  audit: ['parse5', 'hastscript', 'hast-util-to-string'],
  content: [
    'hast-util-raw',
    'hast-util-sanitize',
    'hast-util-to-jsx-runtime',
    'hast-util-to-string',
    'hastscript',
    'mdast-util-from-markdown',
    'mdast-util-gfm',
    'mdast-util-to-hast',
    'micromark-extension-gfm',
    'parse5',
  ],
};
/** Server-only files: no client module may reach them. */
const serverOnly = /^content\.c?js$/;

const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

const isClientModule = (file) => /^\s*['"]use client['"]/.test(fs.readFileSync(file, 'utf8').slice(0, 200));
const moduleName = (file) => path.basename(file).replace(/\.c?js$/, '');

const work = installConsumer('medprose-rsc-');
const pkgDir = path.join(work, 'node_modules', 'medprose');
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
// Server entries: every export whose file is not itself a client module.
const entries = Object.entries(pkg.exports)
  // package.json and styles.css are not modules.
  .filter(([, value]) => typeof value === 'object')
  .map(([key, value]) => ({
    name: key === '.' ? 'index' : key.slice(2),
    specifier: key === '.' ? 'medprose' : `medprose/${key.slice(2)}`,
    esm: path.join(pkgDir, value.import.default),
    cjs: path.join(pkgDir, value.require.default),
  }))
  .filter((entry) => !isClientModule(entry.esm));

// 1. Static server graph.
async function serverGraph(file) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
    plugins: [
      {
        name: 'client-references',
        setup(b) {
          b.onResolve({ filter: /^\.\.?\// }, (args) => {
            if (args.kind === 'entry-point') return undefined;
            const resolved = path.resolve(args.resolveDir, args.path);
            return fs.existsSync(resolved) && isClientModule(resolved) ? { path: resolved, external: true } : undefined;
          });
        },
      },
    ],
  });
  const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external));
  return {
    files: Object.keys(result.metafile.inputs).length,
    clientReferences: [...new Set(imports.filter((i) => path.isAbsolute(i.path)).map((i) => moduleName(i.path)))],
    packages: [...new Set(imports.filter((i) => !path.isAbsolute(i.path)).map((i) => i.path))],
  };
}

for (const entry of entries) {
  const allowed = allowedClient[entry.name] ?? defaultClient;
  for (const format of ['esm', 'cjs']) {
    const graph = await serverGraph(entry[format]);
    const badPackages = graph.packages.filter(
      (p) => !serverPackages.includes(p) && ![...(buildTimeEntries[entry.name] ?? []), ...(entryPackages[entry.name] ?? [])].includes(p),
    );
    const badClient = graph.clientReferences.filter((c) => !allowed.includes(c));
    check(
      badPackages.length === 0 && badClient.length === 0,
      `${entry.specifier} (${format}): server graph of ${graph.files} file(s) imports ${graph.packages.join(', ') || 'no package'}` +
        `; client references: ${graph.clientReferences.join(', ') || 'none'}` +
        (badPackages.length ? `; NOT ALLOWED on the server: ${badPackages.join(', ')}` : '') +
        (badClient.length
          ? `; NOT ALLOWED for this entry: ${badClient.join(', ')} (allowed: ${allowed.join(', ') || 'none'}; see allowedClient in this script)`
          : ''),
    );
  }
}

// 1b. No built file but the build-time entries' own (and the command, dist/cli.js) names their packages.
const buildTimePackages = [...new Set(Object.values(buildTimeEntries).flat())];
for (const file of fs.readdirSync(path.join(pkgDir, 'dist')).filter((f) => /\.c?js$/.test(f))) {
  if (/^(audit|cli)\./.test(file)) continue;
  const ownPackages = entryPackages[file.replace(/\.c?js$/, '')] ?? [];
  const source = fs.readFileSync(path.join(pkgDir, 'dist', file), 'utf8');
  const named = buildTimePackages
    .filter((p) => !ownPackages.includes(p))
    .filter((p) => source.includes(`"${p}"`) || source.includes(`'${p}'`));
  if (named.length) check(false, `dist/${file} imports build-time packages: ${named.join(', ')}`);
}
check(true, `no client or component file imports ${buildTimePackages.length} build-time packages (medprose/audit's)`);

// 1b. No client module reaches server-only code (the content entry or its parser and sanitiser).
const serverOnlyPackages = Object.values(entryPackages).flat();
for (const file of fs.readdirSync(path.join(pkgDir, 'dist')).filter((f) => /\.c?js$/.test(f))) {
  const full = path.join(pkgDir, 'dist', file);
  if (!isClientModule(full)) continue;
  const result = await build({
    entryPoints: [full],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    packages: 'external',
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs).map((input) => path.basename(input));
  const packages = Object.values(result.metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external).map((i) => i.path));
  const reached = [...inputs.filter((input) => serverOnly.test(input)), ...packages.filter((p) => serverOnlyPackages.includes(p))];
  check(
    reached.length === 0,
    `client module ${file} reaches no server-only code${reached.length ? `: NOT ALLOWED: ${[...new Set(reached)].join(', ')}` : ''}`,
  );
}

// 2. Import under the react-server condition (build-time entries excepted, see above).
const loader = path.join(work, 'client-reference-loader.mjs');
fs.writeFileSync(
  loader,
  `// What an RSC bundler does with 'use client' modules: replace them by client references.
export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (result.format !== 'module' || !url.startsWith('file:')) return result;
  const source = String(result.source);
  if (!/^\\s*['"]use client['"]/.test(source)) return result;
  const names = [...source.matchAll(/export\\s*\\{([^}]*)\\}/g)]
    .flatMap((m) => m[1].split(','))
    .map((s) => s.trim().split(/\\s+as\\s+/).pop())
    .filter(Boolean);
  const stub = [
    \`(globalThis.__clientReferences ??= []).push(\${JSON.stringify(url)});\`,
    'const ref = (name) => Object.defineProperties(function () { throw new Error("client reference called on the server"); },',
    \`  { $$typeof: { value: Symbol.for('react.client.reference') }, $$id: { value: \${JSON.stringify(url)} + '#' + name } });\`,
    ...names.map((n) => (n === 'default' ? 'export default ref("default");' : \`export const \${n} = ref(\${JSON.stringify(n)});\`)),
  ].join('\\n');
  return { format: 'module', source: stub, shortCircuit: true };
}
`,
);
const register = `data:text/javascript,import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(loader).href)});`;
const probe = (specifier) => `
  const React = await import('react');
  if (typeof React.useState === 'function') throw new Error('not the react-server build of React');
  const m = await import(${JSON.stringify(specifier)});
  console.log(JSON.stringify({
    exports: Object.keys(m),
    clientReferences: (globalThis.__clientReferences ?? []).map((u) => u.split('/').pop().replace(/\\.js$/, '')),
    clientExports: Object.keys(m).filter((k) => m[k]?.$$typeof === Symbol.for('react.client.reference')),
  }));
`;
for (const entry of entries.filter((e) => !(e.name in buildTimeEntries))) {
  const allowed = allowedClient[entry.name] ?? defaultClient;
  try {
    const out = execFileSync(
      'node',
      ['--conditions=react-server', '--import', register, '--input-type=module', '-e', probe(entry.specifier)],
      { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const result = JSON.parse(out.trim().split('\n').pop());
    const badClient = result.clientReferences.filter((c) => !allowed.includes(c));
    check(
      result.exports.length > 0 && badClient.length === 0,
      `${entry.specifier} imports under --conditions=react-server (${result.exports.length} exports` +
        `; client references: ${result.clientReferences.join(', ') || 'none'}` +
        (result.clientExports.length ? `; exported as client references: ${result.clientExports.join(', ')}` : '') +
        (badClient.length ? `; NOT ALLOWED: ${badClient.join(', ')}` : '') +
        ')',
    );
  } catch (error) {
    const message = `${error.stderr ?? error.message}`.split('\n').find((line) => /Error/.test(line)) ?? error.message;
    check(false, `${entry.specifier} fails to import under --conditions=react-server: ${message.trim()}`);
  }
}

fs.rmSync(work, { recursive: true, force: true });
if (failures.length) {
  console.error(`${failures.length} react-server check(s) failed`);
  process.exit(1);
}
