import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {createElement, type ReactElement, type ReactNode} from 'react';
import {describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import bundlingPlugin from '../../src/plugins/bundling';

const require = createRequire(import.meta.url);
const {deferPrismLanguages} = require('../../src/plugins/prismLanguagesLoader.cjs') as {deferPrismLanguages: (source: string) => string};
// The project has no types for react-dom (Docusaurus renders); this one function is all the test needs.
const {renderToStaticMarkup} = require('react-dom/server') as {renderToStaticMarkup: (element: ReactElement) => string};

const original = require.resolve('prism-react-renderer').replace(/index\.js$/, 'index.mjs');
// Inside the project (ignored by git), so that the module's own imports (react, clsx) resolve as in the build.
const deferredFile = path.join(__dirname, '../.results/prism-react-renderer/index.deferred.mjs');

interface PrismModule {
  Prism: {languages: Record<string, unknown>};
  Highlight: (props: Record<string, unknown>) => ReactNode;
  themes: Record<string, unknown>;
}

async function loadDeferred(instance: string): Promise<PrismModule> {
  mkdirSync(path.dirname(deferredFile), {recursive: true});
  writeFileSync(deferredFile, deferPrismLanguages(readFileSync(original, 'utf8')).replace(/^\/\/# sourceMappingURL=.*$/m, ''));
  return (await import(`${pathToFileURL(deferredFile).href}?${instance}`)) as PrismModule;
}

function highlighted(module: PrismModule, language: string, code: string): string {
  return renderToStaticMarkup(
    createElement(module.Highlight, {
      code,
      language,
      theme: module.themes.github,
      children: ({
        tokens,
        getTokenProps,
      }: {
        tokens: Array<Array<{content: string; types: string[]}>>;
        getTokenProps: (input: {token: unknown}) => {className: string; children: string};
      }) => createElement('pre', null, ...tokens.flat().map((token) => createElement('span', getTokenProps({token})))),
    }),
  );
}

const samples: Array<[string, string]> = [
  ['javascript', 'const answer = await fetch(`/x/${id}`); // done'],
  ['tsx', 'export function App(): JSX.Element { return <div className="a">{1}</div>; }'],
  ['json', '{"stages": [1, 2], "ok": true}'],
  ['yaml', 'services:\n  web:\n    image: nginx:1.29 # pinned'],
  ['go', 'package main\nfunc main() { fmt.Println("hi") }'],
  ['python', 'def build(stage: str) -> None:\n    print(f"{stage}")'],
  ['markup', '<p class="x">a &amp; b</p>'],
  ['css', '.lab { color: red; }'],
  ['rust', 'fn main() { let x: u8 = 1; }'],
  ['cpp', 'int main() { return 0; }'],
];

describe('prism-react-renderer with its languages defined on first use', () => {
  it('defines no language when the module is evaluated, and highlights as before once a block is drawn', async () => {
    const deferred = await loadDeferred('first-use');
    const eager = (await import(pathToFileURL(original).href)) as PrismModule;
    // Prism's core has only its plain-text grammar; every language of prism-react-renderer waits.
    expect(Object.keys(deferred.Prism.languages).filter((key) => typeof deferred.Prism.languages[key] === 'object')).toEqual([
      'plain',
      'plaintext',
      'text',
      'txt',
    ]);
    for (const [language, code] of samples) {
      expect(highlighted(deferred, language, code), language).toBe(highlighted(eager, language, code));
      expect(highlighted(deferred, language, code), language).toContain('token');
    }
  });

  it('takes the languages the site adds at start (prism.additionalLanguages) on the bare Prism, and draws them without defining the others', async () => {
    const config = readFileSync(path.join(__dirname, '../../docusaurus.config.ts'), 'utf8');
    const additional = /additionalLanguages:\s*\[([^\]]*)\]/.exec(config)?.[1]?.match(/[\w-]+/g) ?? [];
    expect(additional.length).toBeGreaterThan(0);
    const deferred = await loadDeferred('additional');
    const globals = globalThis as {Prism?: unknown};
    globals.Prism = deferred.Prism;
    try {
      for (const language of additional) {
        const component = require.resolve(`prismjs/components/prism-${language}`);
        delete require.cache[component];
        expect(() => require(component), language).not.toThrow();
        expect(deferred.Prism.languages[language], language).toBeTypeOf('object');
      }
    } finally {
      delete globals.Prism;
    }
    expect(highlighted(deferred, 'dockerfile', 'FROM alpine:3.22 AS build\nRUN echo hi')).toContain('keyword');
    expect(highlighted(deferred, 'bash', 'echo "$HOME" | grep x')).toMatch(/token (?:string|builtin|variable)/);
    // Blocks in those languages need none of the built-in ones: a lab's Dockerfile does not define them.
    expect(deferred.Prism.languages.javascript).toBeUndefined();
    expect(highlighted(deferred, 'javascript', 'const a = 1;')).toContain('keyword');
  });

  it('refuses a prism-react-renderer whose languages or Highlight are not where it expects them', () => {
    const source = readFileSync(original, 'utf8');
    expect(() => deferPrismLanguages(source.replace('// src/prism-langs.ts', '// src/languages.ts'))).toThrow(/prismLanguagesLoader/);
    expect(() => deferPrismLanguages(source.replace('var Highlight = ({', 'const Highlight = ({'))).toThrow(/prismLanguagesLoader/);
  });

  it('is applied to the module file browsers get (the package\'s "module" entry) in both builds', () => {
    const browserEntry = path.join(path.dirname(original), path.basename(require('prism-react-renderer/package.json').module as string));
    for (const isServer of [false, true]) {
      const configured = (
        bundlingPlugin({} as LoadContext).configureWebpack as (...args: unknown[]) => {module: {rules: Array<{test: unknown; use?: string[]}>}}
      )({optimization: {}}, isServer, {}, undefined);
      const rule = configured.module.rules.find((candidate) => candidate.test instanceof RegExp && candidate.test.test(browserEntry));
      expect(rule?.use?.[0]).toBe(path.resolve(__dirname, '../../src/plugins/prismLanguagesLoader.cjs'));
    }
  });
});
