// @ts-check
import js from '@eslint/js';
import {defineConfig} from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries (ARCHITECTURE.md): each is a module pattern and the one place allowed to use it.
 * Static imports are checked by no-restricted-imports; `import()` and `require()` by no-restricted-syntax.
 */
const boundaries = {
  monaco: {
    regex: '^(monaco-editor|@monaco-editor/react)(/|$)',
    message: "Monaco is imported only in src/components/DockerfileEditor/, behind the lab's lazy boundary.",
  },
  mermaid: {
    regex: '^mermaid(/|$)',
    message: 'mermaid is imported only in src/components/lib/mermaid/renderMermaid.ts (one loader, one render queue).',
  },
  coreFramework: {
    regex: '^(react|react-dom|@docusaurus/.*|@theme(-original|-init)?/.*|@generated/.*)(/|$)',
    message: 'src/core is plain TypeScript: no React, Docusaurus or theme imports.',
  },
  coreViews: {
    regex: '(^@site/src/(components|theme|pages)/|(^|/)(components|theme|pages)(/|$))',
    message: 'src/core does not import the views; they import it.',
  },
};

/** Rule settings that forbid the given boundaries, for static imports, `import()` and `require()` alike. */
function forbid(...names) {
  const groups = names.map((name) => boundaries[name]);
  const syntax = groups.flatMap(({regex, message}) => {
    const pattern = `/${regex.replaceAll('/', '\\/')}/`;
    return [
      {selector: `ImportExpression > Literal.source[value=${pattern}]`, message},
      {selector: `CallExpression[callee.name="require"] > Literal[value=${pattern}]`, message},
    ];
  });
  return {
    'no-restricted-imports': ['error', {patterns: groups}],
    'no-restricted-syntax': ['error', ...syntax],
  };
}

/** Browser globals src/core must not touch (its tsconfig has no DOM lib; this also covers tests beside it). */
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement', 'Element', 'self'];

export default defineConfig(
  {ignores: ['build/', '.docusaurus/', 'node_modules/', 'tests/.results/', 'tests/bench/.reference/', 'static/']},
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    languageOptions: {globals: {...globals.browser, ...globals.node}},
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'inline-type-imports'}],
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      eqeqeq: ['error', 'always', {null: 'ignore'}],
      ...forbid('monaco', 'mermaid'),
    },
  },
  {
    files: ['**/*.{cjs,js}'],
    languageOptions: {sourceType: 'commonjs'},
    rules: {'@typescript-eslint/no-require-imports': 'off'},
  },
  {
    files: ['src/components/DockerfileEditor/**'],
    rules: forbid('mermaid'),
  },
  {
    files: ['src/components/lib/mermaid/renderMermaid.ts'],
    rules: forbid('monaco'),
  },
  {
    files: ['src/core/**'],
    rules: {
      ...forbid('monaco', 'mermaid', 'coreFramework', 'coreViews'),
      'no-restricted-globals': ['error', ...domGlobals.map((name) => ({name, message: 'src/core runs without a DOM (the CLI, tests, workers).'}))],
    },
  },
);
